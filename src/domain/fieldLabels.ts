/** Fields whose readable name is not their words. */
const FIELD_LABELS: Record<string, string> = {
  tacMemberIds: 'Team Around the Child members',
  childIds: 'Children',
};

/**
 * "reasonForEnquiry" → "Reason for enquiry": a readable name for any field or record kind. A field
 * holding ids is named for what they stand for ("leadProfessionalId" → "Lead professional").
 */
export function humaniseName(name: string): string {
  const known = FIELD_LABELS[name];
  if (known) return known;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/ ids?$/, '')
    .replace(/\btac\b/g, 'TAC');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const KIND_LABELS: Record<string, string> = {
  episode: 'Case',
  child: "Child's details",
  assessment: 'Assessment',
  household: 'Family and home',
  familyMember: 'Family member',
  need: 'Need',
  action: 'Action',
  tacMeeting: 'Team Around the Child meeting',
  review: 'Review',
  closure: 'Closure',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? humaniseName(kind);
}

/** How a stored value reads on screen. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(left empty)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
