import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { getRecord, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { ChildrenPage } from './ChildrenPage';
import { FamilyMemberPage } from './FamilyMemberPage';
import { seedOneChildCase } from './childDetailsTestCase';

function renderAt(path: string) {
  render(
    <RouterProvider
      router={createMemoryRouter(
        [
          { path: '/cases/:caseId/children', element: <ChildrenPage /> },
          { path: '/cases/:caseId/family-members/new', element: <FamilyMemberPage /> },
          { path: '/cases/:caseId/family-members/:memberId', element: <FamilyMemberPage /> },
        ],
        { initialEntries: [path] },
      )}
    />,
  );
}

describe('Parents, carers and family members', { timeout: 20_000 }, () => {
  it('asks for the name, relationship and parental responsibility, saving nothing until they are given', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await seedOneChildCase();
    const before = await db.outbox.count();
    const user = userEvent.setup();
    renderAt(`/cases/${caseId}/family-members/new`);
    await user.click(await screen.findByRole('button', { name: 'Save family member' }));
    expect(await screen.findByRole('link', { name: 'Enter the person’s name' })).toHaveAttribute('href', '#name');
    expect(screen.getByRole('link', { name: 'Enter how they are related to the child' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Select whether they have parental responsibility' })).toHaveAttribute(
      'href',
      '#parentalResponsibility',
    );
    expect(await db.outbox.count()).toBe(before);
  });

  it('gives the episode its household with the first family member, shared by every child', async () => {
    await freshSignedInDatabase();
    const { caseId, childId } = await seedOneChildCase();
    const user = userEvent.setup();
    renderAt(`/cases/${caseId}/family-members/new`);
    await user.type(await screen.findByLabelText('Full name'), 'Cara Testcase');
    await user.type(screen.getByLabelText('Relationship to the child'), 'Mother');
    await user.click(screen.getByLabelText('Don’t know'));
    await user.click(screen.getByRole('button', { name: 'Save family member' }));
    expect(await screen.findByRole('heading', { name: 'Children and family' })).toBeInTheDocument();
    expect(screen.getByText('Mother. Parental responsibility: Don’t know')).toBeInTheDocument();
    const [member] = await listCaseRecords(caseId, 'familyMember');
    const householdId = (await getRecord('episode', caseId))?.data['householdId'];
    expect(householdId).toEqual(expect.any(String));
    expect(member?.data).toMatchObject({ householdId, parentalResponsibility: 'dontKnow' });
    expect((await getRecord('child', childId))?.data['householdId']).toBe(householdId);
    expect(await listCaseRecords(caseId, 'household')).toHaveLength(1);
  });
});
