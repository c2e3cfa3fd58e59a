import type { StoredRecord } from '../../db';

/** How a child is named on screens: an unborn baby is "Unborn baby of <family name>". */
export function childDisplayName(child: StoredRecord): string {
  const { firstName, lastName, unborn } = child.data as { firstName?: string; lastName?: string; unborn?: boolean };
  if (unborn && !firstName) return `Unborn baby ${lastName ?? ''}`.trim();
  return [firstName, lastName].filter(Boolean).join(' ');
}
