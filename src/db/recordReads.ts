import Dexie from 'dexie';
import type { RecordKind } from '../domain/records/registry';
import { database } from './connection';
import type { StoredRecord } from './database';
import { normaliseName } from './derivedIndexes';

export async function getRecord(kind: RecordKind, id: string): Promise<StoredRecord | undefined> {
  const record = await database().records.get(id);
  return record && record.kind === kind && record.deleted === 0 ? record : undefined;
}

export async function listCaseRecords(caseId: string, kind: RecordKind): Promise<StoredRecord[]> {
  const records = await database().records.where('[kind+caseId]').equals([kind, caseId]).toArray();
  return records.filter((record) => record.deleted === 0);
}

export async function listKind(kind: RecordKind): Promise<StoredRecord[]> {
  const records = await database()
    .records.where('[kind+caseId]')
    .between([kind, Dexie.minKey], [kind, Dexie.maxKey])
    .toArray();
  return records.filter((record) => record.deleted === 0);
}

export interface CaseSummary {
  caseId: string;
  episode: StoredRecord;
  children: StoredRecord[];
}

export interface CaseSearch {
  /** Any part of a name: each word must start a word of the child's names. */
  name?: string;
  /** YYYY-MM-DD: date of birth or expected date of delivery. */
  dateOfBirth?: string;
}

function nameMatches(searchKey: string | undefined, query: string): boolean {
  if (!query) return true;
  const words = (searchKey ?? '').split(' ');
  return query.split(' ').every((part) => words.some((word) => word.startsWith(part)));
}

/**
 * "My cases": every open or closed episode on the device with its children, filtered by name
 * and date of birth. Reads children through the date-of-birth index when a date is given.
 */
export async function searchCases(search: CaseSearch = {}): Promise<CaseSummary[]> {
  const db = database();
  const query = normaliseName(search.name ?? '');
  const children = search.dateOfBirth
    ? await db.records.where('[kind+searchDob]').equals(['child', search.dateOfBirth]).toArray()
    : await listKind('child');
  const matching = children.filter((child) => child.deleted === 0 && nameMatches(child.searchKey, query));
  const byCase = new Map<string, StoredRecord[]>();
  for (const child of matching) {
    const list = byCase.get(child.caseId) ?? [];
    list.push(child);
    byCase.set(child.caseId, list);
  }
  const episodes = await db.records.bulkGet([...byCase.keys()]);
  const summaries: CaseSummary[] = [];
  for (const episode of episodes) {
    if (!episode || episode.deleted === 1 || episode.kind !== 'episode') continue;
    summaries.push({ caseId: episode.id, episode, children: byCase.get(episode.id) ?? [] });
  }
  summaries.sort((a, b) => String(b.episode.data.enquiryDate).localeCompare(String(a.episode.data.enquiryDate)));
  return summaries;
}

export async function pendingChangeCount(): Promise<number> {
  return database().outbox.count();
}
