import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { getRecord } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { ChildDetailsPage } from './ChildDetailsPage';
import { seedOneChildCase } from './childDetailsTestCase';

function renderPage(caseId: string, childId: string) {
  render(
    <RouterProvider
      router={createMemoryRouter(
        [
          { path: '/cases/:caseId/children/:childId', element: <ChildDetailsPage /> },
          { path: '/cases/:caseId/children', element: <h1>Children</h1> },
        ],
        { initialEntries: [`/cases/${caseId}/children/${childId}`] },
      )}
    />,
  );
}

describe('Child’s details', { timeout: 20_000 }, () => {
  it('saves each detail on the device as it is answered', async () => {
    await freshSignedInDatabase();
    const { caseId, childId } = await seedOneChildCase();
    const user = userEvent.setup();
    renderPage(caseId, childId);
    await user.type(await screen.findByLabelText('Ethnicity'), 'White British');
    await user.click(screen.getByLabelText('Female'));
    await user.click(within(screen.getByRole('group', { name: /need an interpreter/ })).getByLabelText('No'));
    await user.type(screen.getByLabelText('First language'), 'English');
    await user.tab();
    await waitFor(async () =>
      expect((await getRecord('child', childId))?.data).toMatchObject({
        ethnicity: 'White British',
        gender: 'female',
        interpreterNeeded: false,
        firstLanguage: 'English',
      }),
    );
  });

  it('shows a refused answer inline and keeps the saved value', async () => {
    await freshSignedInDatabase();
    const { caseId, childId } = await seedOneChildCase();
    const user = userEvent.setup();
    renderPage(caseId, childId);
    await user.clear(await screen.findByLabelText('Last name'));
    await user.tab();
    expect(await screen.findByText('Enter the child’s last name')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Unique pupil number/), 'x12');
    await user.tab();
    expect(await screen.findByText(/Enter a UPN of 13 characters/)).toBeInTheDocument();
    expect((await getRecord('child', childId))?.data).toMatchObject({ lastName: 'Testcase' });
    expect((await getRecord('child', childId))?.data['upn']).toBeUndefined();
  });

  it('stores a UPN in capitals', async () => {
    await freshSignedInDatabase();
    const { caseId, childId } = await seedOneChildCase();
    const user = userEvent.setup();
    renderPage(caseId, childId);
    await user.type(await screen.findByLabelText(/Unique pupil number/), 'a123456789012');
    await user.tab();
    await waitFor(async () => expect((await getRecord('child', childId))?.data['upn']).toBe('A123456789012'));
  });

  it('checks a date of birth when focus leaves it, and records an unborn baby with the expected date', async () => {
    await freshSignedInDatabase();
    const { caseId, childId } = await seedOneChildCase();
    const user = userEvent.setup();
    renderPage(caseId, childId);
    const dob = within(await screen.findByRole('group', { name: 'Date of birth' }));
    await user.clear(dob.getByLabelText('Day'));
    await user.type(dob.getByLabelText('Day'), '31');
    await user.clear(dob.getByLabelText('Month'));
    await user.type(dob.getByLabelText('Month'), '2');
    await user.tab();
    await user.tab();
    expect(await screen.findByText('Date of birth must be a real date')).toBeInTheDocument();
    expect((await getRecord('child', childId))?.data['dateOfBirth']).toBe('2018-04-02');

    await user.click(screen.getByLabelText('This is an unborn baby'));
    const edd = within(screen.getByRole('group', { name: 'Expected date of delivery' }));
    await user.type(edd.getByLabelText('Day'), '14');
    await user.type(edd.getByLabelText('Month'), '2');
    await user.type(edd.getByLabelText('Year'), '2027');
    await user.tab();
    await waitFor(async () =>
      expect((await getRecord('child', childId))?.data).toMatchObject({
        unborn: true,
        expectedDateOfDelivery: '2027-02-14',
      }),
    );
  });
});
