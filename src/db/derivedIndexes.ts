import type { StoredRecord } from './database';

/**
 * Indexed copies of a few fields, so "My cases" search and the caseload dashboard read an index
 * range instead of every record. Derived on every write and pull; never synced.
 */
export function deriveIndexes(record: StoredRecord): StoredRecord {
  const next: StoredRecord = { ...record };
  delete next.searchKey;
  delete next.searchDob;
  delete next.dueOn;
  const data = record.data;
  if (record.kind === 'child') {
    const name = [data.firstName, data.lastName, data.alternativeNames].filter((part) => typeof part === 'string');
    next.searchKey = normaliseName(name.join(' '));
    const dob = data.unborn ? data.expectedDateOfDelivery : data.dateOfBirth;
    if (typeof dob === 'string') next.searchDob = dob;
  }
  if (record.kind === 'episode' && typeof data.enquiryDate === 'string') {
    next.dueOn = data.enquiryDate;
  }
  return next;
}

/** Lower case, accents and punctuation removed, single spaces: "Zoë O'Neil" matches "zoe oneil". */
export function normaliseName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’`.-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
