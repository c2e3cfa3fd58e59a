import { configure, render } from '@testing-library/react';
import { createElement } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { applyWrites } from '../../db';
import { newId } from '../../domain/ids';
import { routes } from './module';

// These screens are lazy routes: their first load can exceed Testing Library's 1 s wait on a busy machine.
configure({ asyncUtilTimeout: 5000 });
/** A family CAF with two synthetic children for the assessment tests. */
export async function seedFamilyCase() {
  const caseId = newId();
  const firstChildId = newId();
  const secondChildId = newId();
  await applyWrites([
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: {
        status: 'assessment',
        childIds: [firstChildId, secondChildId],
        enquiryDate: '2026-11-02',
        assessorId: newId(),
        tacMemberIds: [],
      },
    },
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
  ]);
  return { caseId, firstChildId, secondChildId };
}

/** Renders the assessment feature's real routes at `path`. */
export function renderAssessment(path: string) {
  const router = createMemoryRouter(
    [...(routes ?? []), { path: '/cases/:caseId/children/:childId', element: createElement('h1', null, 'Child') }],
    { initialEntries: [path] },
  );
  render(createElement(RouterProvider, { router }));
  return router;
}
