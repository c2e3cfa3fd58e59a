import type { MergedRecord } from '../../../src/domain/merge';

/** The practitioner the fixtures' records are written by. */
export const FIXTURE_AUTHOR = '01936b2a-0000-7000-8000-000000000001';

/** A merged record as the store keeps it, every field set once by one device at one fixed time. */
export function mergedRecordFixture(
  kind: string,
  id: string,
  caseId: string,
  data: Record<string, unknown> = {},
  deleted = false,
): MergedRecord {
  const hlc = '1767950000000-0000-deviceAAA';
  return {
    kind,
    id,
    caseId,
    data,
    versions: Object.fromEntries(Object.keys(data).map((k) => [k, hlc])),
    meta: {
      schemaVersion: 1,
      createdAt: '2026-01-09T09:13:20.000Z',
      createdBy: FIXTURE_AUTHOR,
      createdDevice: 'deviceAAA',
      createdHlc: hlc,
      updatedAt: '2026-01-09T09:13:20.000Z',
      updatedBy: FIXTURE_AUTHOR,
      updatedHlc: hlc,
      fieldAuthors: {},
    },
    deleted,
  };
}
