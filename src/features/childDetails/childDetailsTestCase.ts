import { applyWrites } from '../../db';
import { newId } from '../../domain/ids';

/** A one-child episode for the child details tests (synthetic names only). */
export async function seedOneChildCase() {
  const caseId = newId();
  const childId = newId();
  await applyWrites([
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: {
        status: 'assessment',
        childIds: [childId],
        enquiryDate: '2026-11-02',
        assessorId: newId(),
        tacMemberIds: [],
      },
    },
    {
      op: 'create',
      kind: 'child',
      caseId,
      id: childId,
      data: { firstName: 'Ada', lastName: 'Testcase', unborn: false, dateOfBirth: '2018-04-02' },
    },
  ]);
  return { caseId, childId };
}
