import { applyWrites, StorageFullError, ValidationError, type WriteOperation } from '../../db';
import type { ErrorItem } from '../../ui/ErrorSummary';

/** Writes a plan form; on refusal returns the GOV.UK error list (nothing was written). */
export async function savePlanRecord(operation: WriteOperation, fallbackHref: string): Promise<ErrorItem[]> {
  try {
    await applyWrites([operation]);
    return [];
  } catch (error) {
    if (error instanceof ValidationError)
      return error.issues.map((issue) => ({ href: issue.field || fallbackHref, message: issue.message }));
    if (error instanceof StorageFullError) return [{ href: fallbackHref, message: error.message }];
    return [{ href: fallbackHref, message: 'This could not be saved on this device. Try again.' }];
  }
}
