import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { getRecord, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { AddChildPage } from './AddChildPage';
import { seedOneChildCase } from './childDetailsTestCase';

function renderPage(caseId: string) {
  const router = createMemoryRouter(
    [
      { path: '/cases/:caseId/children/new', element: <AddChildPage /> },
      { path: '/cases/:caseId/children/:childId', element: <h1>Child added</h1> },
    ],
    { initialEntries: [`/cases/${caseId}/children/new`] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('Add another child', { timeout: 20_000 }, () => {
  it('refuses a child without names or a date of birth, and saves nothing', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await seedOneChildCase();
    const before = await db.outbox.count();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('button', { name: 'Add child' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('There is a problem');
    expect(screen.getByRole('link', { name: 'Enter the child’s first name' })).toHaveAttribute('href', '#firstName');
    expect(screen.getByRole('link', { name: 'Enter the child’s date of birth' })).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(before);
  });

  it('adds the sibling to the same episode in one batch', async () => {
    const db = await freshSignedInDatabase();
    const { caseId, childId } = await seedOneChildCase();
    const before = await db.outbox.count();
    const user = userEvent.setup();
    const router = renderPage(caseId);
    await user.type(await screen.findByLabelText('First name'), 'Bea');
    await user.type(screen.getByLabelText('Last name'), 'Testcase');
    const dob = within(screen.getByRole('group', { name: 'Date of birth' }));
    await user.type(dob.getByLabelText('Day'), '9');
    await user.type(dob.getByLabelText('Month'), '9');
    await user.type(dob.getByLabelText('Year'), '2021');
    await user.click(screen.getByRole('button', { name: 'Add child' }));
    expect(await screen.findByRole('heading', { name: 'Child added' })).toBeInTheDocument();
    const children = await listCaseRecords(caseId, 'child');
    const sibling = children.find((child) => child.id !== childId);
    expect(sibling?.data).toMatchObject({ firstName: 'Bea', dateOfBirth: '2021-09-09' });
    expect((await getRecord('episode', caseId))?.data['childIds']).toEqual([childId, sibling?.id]);
    expect(router.state.location.pathname).toBe(`/cases/${caseId}/children/${sibling?.id}`);
    await waitFor(async () => expect(await db.outbox.count()).toBe(before + 2));
  });
});
