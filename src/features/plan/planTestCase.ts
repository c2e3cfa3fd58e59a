import { configure, render } from '@testing-library/react';
import { createElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { applyWrites } from '../../db';
import { newId } from '../../domain/ids';
import { routes } from './module';
import { agencyRecord, episodeRecord, practitionerRecord } from '../testRecords';

// These screens are lazy routes: their first load can exceed Testing Library's 1 s wait on a busy machine.
configure({ asyncUtilTimeout: 5000 });
/** A two-child episode with one directory agency and practitioner, for the plan tests. */
export async function seedPlanCase() {
  const caseId = newId();
  const firstChildId = newId();
  const secondChildId = newId();
  const agencyId = newId();
  const practitionerId = newId();
  await applyWrites([
    episodeRecord(caseId, {
      status: 'plan',
      childIds: [firstChildId, secondChildId],
      enquiryDate: '2026-11-02',
      assessorId: newId(),
      tacMemberIds: [],
    }),
    {
      op: 'create',
      kind: 'child',
      caseId,
      id: firstChildId,
      data: { firstName: 'Ada', lastName: 'Testcase', unborn: false, dateOfBirth: '2018-04-02' },
    },
    {
      op: 'create',
      kind: 'child',
      caseId,
      id: secondChildId,
      data: { firstName: 'Bea', lastName: 'Testcase', unborn: false, dateOfBirth: '2021-09-09' },
    },
    agencyRecord(agencyId, 'Example Primary School', 'school'),
    practitionerRecord(practitionerId, 'Pat Example', agencyId, 'teacher'),
  ]);
  return { caseId, firstChildId, secondChildId, agencyId, practitionerId };
}

export function renderPlan(path: string) {
  const router = createMemoryRouter(routes ?? [], { initialEntries: [path] });
  render(createElement(RouterProvider, { router }));
  return router;
}
