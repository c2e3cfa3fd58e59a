import { describe, expect, it } from 'vitest';
import { RECORD_KINDS, recordDefinitions } from './registry';

describe('record registry', () => {
  it('registers every record kind issue 3 asks for', () => {
    expect([...RECORD_KINDS].sort()).toEqual(
      [
        'practitioner',
        'agency',
        'child',
        'household',
        'familyMember',
        'episode',
        'levelOfNeed',
        'preAssessment',
        'assessment',
        'need',
        'action',
        'tacMeeting',
        'meetingAttendance',
        'roleAssignment',
        'review',
        'closure',
        'consentEvent',
        'pciScore',
        'auditEvent',
        'conflict',
      ].sort(),
    );
  });

  it('makes evidence and history kinds append-only and form kinds mergeable per field', () => {
    const appendOnly = RECORD_KINDS.filter((kind) => recordDefinitions[kind].merge === 'append').sort();
    expect(appendOnly).toEqual(
      ['auditEvent', 'consentEvent', 'levelOfNeed', 'meetingAttendance', 'pciScore', 'roleAssignment'].sort(),
    );
  });

  it('uses field names sync can carry (the change schema’s field pattern)', () => {
    for (const kind of RECORD_KINDS)
      for (const field of Object.keys(recordDefinitions[kind].schema.shape))
        expect(field, `${kind}.${field}`).toMatch(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/);
  });
});
