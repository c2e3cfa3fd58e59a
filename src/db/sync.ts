// What the sync engine may do to storage, and nothing else.
export {
  acknowledgePush,
  applyPulledBatch,
  deviceIdentity,
  watchPendingChanges,
  dropConsumedChanges,
  listRejectedChanges,
  purgeInaccessibleCases,
  readBasicOnlyCaseIds,
  readKnownCaseIds,
  readOutboxBatch,
  readPullCheckpoint,
  recordSyncSuccess,
  refreshCaseClocksAfterPull,
} from './syncStore';
export { pendingChangeCount } from './recordReads';
export { readSession } from './session';
