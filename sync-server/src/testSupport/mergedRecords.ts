import type { MergedRecord } from '../../../src/domain/merge';
import { SCHEMA_VERSION } from '../../../src/domain/recordMeta';

/** The practitioner the fixtures' records are written by, unless a test names another. */
export const FIXTURE_AUTHOR = '01936b2a-0000-7000-8000-000000000001';

export interface FixtureOptions {
  deleted?: boolean;
  /** The HLC every field was set at (tests that need records in a time order give each its own). */
  hlc?: string;
  /** createdAt / updatedAt. */
  at?: string;
  author?: string;
}

/** A merged record as the store keeps it, every field set once by one device at one time. */
export function mergedRecordFixture(
  kind: string,
  id: string,
  caseId: string,
  data: Record<string, unknown> = {},
  options: FixtureOptions = {},
): MergedRecord {
  const hlc = options.hlc ?? '1767950000000-0000-deviceAAA';
  const at = options.at ?? '2026-01-09T09:13:20.000Z';
  const author = options.author ?? FIXTURE_AUTHOR;
  return {
    kind,
    id,
    caseId,
    data,
    versions: Object.fromEntries(Object.keys(data).map((k) => [k, hlc])),
    meta: {
      schemaVersion: SCHEMA_VERSION,
      createdAt: at,
      createdBy: author,
      createdDevice: 'deviceAAA',
      createdHlc: hlc,
      updatedAt: at,
      updatedBy: author,
      updatedHlc: hlc,
      fieldAuthors: {},
    },
    deleted: options.deleted ?? false,
  };
}
