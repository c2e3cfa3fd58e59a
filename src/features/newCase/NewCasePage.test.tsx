import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { NewCasePage } from './NewCasePage';

async function typeDate(
  user: ReturnType<typeof userEvent.setup>,
  legend: string,
  day: string,
  month: string,
  year: string,
) {
  const group = within(screen.getByRole('group', { name: legend }));
  await user.type(group.getByLabelText('Day'), day);
  await user.type(group.getByLabelText('Month'), month);
  await user.type(group.getByLabelText('Year'), year);
}

function renderPage() {
  const router = createMemoryRouter(
    [
      { path: '/cases/new', element: <NewCasePage /> },
      { path: '/cases/:caseId', element: <h1>Case opened</h1> },
    ],
    { initialEntries: ['/cases/new'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

describe('Start a new case', () => {
  it('shows the GOV.UK error summary and inline errors, and saves nothing, when required answers are missing', async () => {
    const db = await freshSignedInDatabase();
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Create case' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(screen.getByRole('link', { name: 'Enter the child’s first name' })).toHaveAttribute('href', '#firstName');
    expect(screen.getByRole('link', { name: 'Enter the child’s last name' })).toHaveAttribute('href', '#lastName');
    expect(screen.getByRole('link', { name: 'Enter the child’s date of birth' })).toHaveAttribute(
      'href',
      '#dateOfBirth',
    );
    expect(screen.getByLabelText('Last name')).toHaveAccessibleDescription(/Enter the child’s last name/);
    expect(await db.records.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('refuses an impossible date of birth with its own message', async () => {
    await freshSignedInDatabase();
    const user = userEvent.setup();
    renderPage();
    await user.type(await screen.findByLabelText('First name'), 'Ada');
    await user.type(screen.getByLabelText('Last name'), 'Testcase');
    await typeDate(user, 'Date of birth', '31', '2', '2019');
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(await screen.findByRole('link', { name: 'Date of birth must be a real date' })).toBeInTheDocument();
  });

  it('opens an episode at the enquiry stage with its child, then shows the case', async () => {
    const db = await freshSignedInDatabase();
    const user = userEvent.setup();
    const router = renderPage();
    await user.type(await screen.findByLabelText('First name'), 'Ada');
    await user.type(screen.getByLabelText('Last name'), 'Testcase');
    await typeDate(user, 'Date of birth', '2', '4', '2018');
    await user.type(screen.getByLabelText('Reason for enquiry'), 'School worried about attendance.');
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    expect(await screen.findByRole('heading', { name: 'Case opened' })).toBeInTheDocument();
    const records = await db.records.toArray();
    const episode = records.find((record) => record.kind === 'episode');
    const child = records.find((record) => record.kind === 'child');
    expect(episode?.data).toMatchObject({ status: 'enquiry', reasonForEnquiry: 'School worried about attendance.' });
    expect(child?.data).toMatchObject({ firstName: 'Ada', lastName: 'Testcase', dateOfBirth: '2018-04-02' });
    expect(router.state.location.pathname).toBe(`/cases/${episode?.id}`);
    expect(await db.outbox.count()).toBe(2);
  });

  it('takes an expected date of delivery instead of a date of birth for an unborn baby', async () => {
    const db = await freshSignedInDatabase();
    const user = userEvent.setup();
    renderPage();
    await user.type(await screen.findByLabelText('Last name'), 'Testcase');
    await user.click(screen.getByLabelText('This is an unborn baby'));
    expect(screen.getByRole('group', { name: 'Expected date of delivery' })).toBeInTheDocument();
    await typeDate(user, 'Expected date of delivery', '14', '2', '2027');
    await user.click(screen.getByRole('button', { name: 'Create case' }));
    await waitFor(async () => expect(await db.records.count()).toBe(2));
    const child = (await db.records.toArray()).find((record) => record.kind === 'child');
    expect(child?.data).toMatchObject({ unborn: true, expectedDateOfDelivery: '2027-02-14' });
  });
});
