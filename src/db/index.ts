// The one door to storage: screens and the sync engine import from here, never from Dexie.
export type { StoredRecord, RejectedChange } from './database';
export {
  applyWrites,
  createRecord,
  updateRecord,
  deleteRecord,
  validateRecord,
  type WriteOperation,
} from './recordWrites';
export {
  getRecord,
  listCaseRecords,
  listKind,
  searchCases,
  pendingChangeCount,
  type CaseSummary,
  type CaseSearch,
} from './recordReads';
export {
  useCases,
  useRecord,
  useCaseRecords,
  useCaseRecordsByKind,
  usePendingChangeCount,
  useSession,
  useHasPasswordVerifier,
} from './hooks';
export { saveSession, readSession, clearSession, readDeviceId, readPasswordVerifier } from './session';
export type { Session } from './deviceState';
export { forgetEverythingOnDevice, UnsentChangesError } from './deviceReset';
export { forgetEndedSessions, readSessionsToEnd } from './sessionsToEnd';
export { requestPersistentStorage, type PersistenceState } from './persistence';
export { keepTrustedDeviceToken, readTrustedDeviceToken } from './trustedDevices';
export {
  ValidationError,
  StorageFullError,
  ImmutableRecordError,
  NotSignedInError,
  RecordNotFoundError,
  ReplacedByNewerVersionError,
  type FieldIssue,
} from './storageErrors';
export { useRejectedChanges, useOldestPendingAt, useLastSyncAt } from './syncHooks';
export { readCaseloadClocks } from './caseloadClocks';
export { onReplacedByNewerVersion } from './replacedByNewerVersion';
