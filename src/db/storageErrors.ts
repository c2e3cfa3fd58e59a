/**
 * Errors the data layer raises, each with a message a practitioner understands. The technical cause
 * is kept alongside for diagnostics; it never contains record contents.
 */
export interface FieldIssue {
  /** The field the problem is in, as the form names it (e.g. "dateOfBirth"). */
  field: string;
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => issue.message).join('; '));
    this.name = 'ValidationError';
  }
}

export class StorageFullError extends Error {
  constructor(readonly technicalCause: string) {
    super(
      'This device has run out of storage space, so your last change was not saved. ' +
        'Connect to sync, then free space on the device, and try again. Do not close the app.',
    );
    this.name = 'StorageFullError';
  }
}

export class ImmutableRecordError extends Error {
  constructor(kind: string) {
    super(`This ${kind} record is evidence and cannot be changed after it was saved. Add a new record instead.`);
    this.name = 'ImmutableRecordError';
  }
}

export class NotSignedInError extends Error {
  constructor() {
    super('Sign in before making changes, so your name is recorded against them.');
    this.name = 'NotSignedInError';
  }
}

export class ReplacedByNewerVersionError extends Error {
  constructor() {
    super(
      'The app was updated in another tab or window, so this page can no longer save. Reload this page, then make ' +
        'this change again.',
    );
    this.name = 'ReplacedByNewerVersionError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(kind: string) {
    super(`The ${kind} record was not found on this device. It may have been removed by sync.`);
    this.name = 'RecordNotFoundError';
  }
}

/**
 * IndexedDB reports a full disk as QuotaExceededError, but some browsers abort the transaction and
 * surface only an AbortError whose `inner` (Dexie) or `cause` holds the quota error.
 */
export function isQuotaError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth++) {
    const candidate = current as { name?: string; inner?: unknown; cause?: unknown; message?: string };
    if (candidate.name === 'QuotaExceededError') return true;
    if (candidate.name === 'AbortError' && /quota/i.test(candidate.message ?? '')) return true;
    current = candidate.inner ?? candidate.cause;
  }
  return false;
}
