import { describeValue, humaniseName } from './fieldLabels';

/** Names of the people, children and agencies a value may refer to by id. */
export type NameOf = (id: string) => string | undefined;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describePart(value: unknown, nameOf: NameOf): string {
  if (typeof value === 'string') return nameOf(value) ?? describeValue(value);
  if (isPlainObject(value)) {
    return Object.entries(value)
      .filter(([, part]) => part !== undefined && part !== '')
      .map(([key, part]) =>
        // A row naming an agency or a person reads "Town Clinic: contacted yes", not "Agency id: 0190…".
        key.endsWith('Id') && typeof part === 'string'
          ? describePart(part, nameOf)
          : `${lowerFirst(humaniseName(key))} ${describePart(part, nameOf)}`,
      )
      .join(', ');
  }
  return describeValue(value);
}

/**
 * How one side of a conflict reads on the conflict screen: text as written, a list one item a line,
 * ids as the names of the people, children and agencies they stand for. Never raw JSON or an id.
 */
export function describeConflictValue(value: unknown, nameOf: NameOf): string {
  if (Array.isArray(value))
    return value.length === 0 ? '(none)' : value.map((item) => describePart(item, nameOf)).join('\n');
  return describePart(value, nameOf);
}

/**
 * A conflict the practitioner can settle by writing the text themselves: every side is text (or
 * empty), and the field holds words, not the id of a person or record.
 */
export function canMergeByHand(field: string, values: readonly unknown[]): boolean {
  if (/Ids?$/.test(field)) return false;
  return values.every((value) => value === undefined || value === null || typeof value === 'string');
}

/**
 * A conflict over a list of ids (the Team Around the Child, a family's children) can also be settled
 * by keeping everyone in either list, in the order first seen; undefined for any other conflict.
 */
export function unionOfIdLists(values: readonly unknown[]): string[] | undefined {
  if (!values.every((value) => Array.isArray(value) && value.every((item) => typeof item === 'string')))
    return undefined;
  return [...new Set((values as string[][]).flat())];
}
