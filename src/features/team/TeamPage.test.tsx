import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applyWrites, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { agencyRecord, episodeRecord, practitionerRecord } from '../testRecords';
import { TeamPage } from './TeamPage';

const ME = '0190a000-0000-7000-8000-000000000001';

async function seed() {
  const caseId = newId();
  const schoolId = newId();
  const clinicId = newId();
  const people = { me: ME, robin: newId(), kit: newId() };
  await applyWrites([
    agencyRecord(schoolId, 'Hillside Primary', 'school'),
    agencyRecord(clinicId, 'Town Clinic', 'health'),
    practitionerRecord(people.me, 'Ash Tester', clinicId),
    practitionerRecord(people.robin, 'Robin Example', schoolId, 'familySupportWorker'),
    practitionerRecord(people.kit, 'Kit Sample', schoolId, 'teacher'),
    episodeRecord(caseId, {
      status: 'plan',
      childIds: [newId()],
      enquiryDate: '2026-10-01',
      assessorId: ME,
      leadProfessionalId: ME,
      tacMemberIds: [ME],
    }),
  ]);
  return { caseId, people };
}

function renderPage(caseId: string) {
  render(
    <RouterProvider
      router={createMemoryRouter([{ path: '/cases/:caseId/team', element: <TeamPage /> }], {
        initialEntries: [`/cases/${caseId}/team`],
      })}
    />,
  );
}

describe('People on this case', () => {
  it('adds a TAC member and hands over the lead professional, updating the episode and keeping the history', async () => {
    const db = await freshSignedInDatabase();
    const { caseId, people } = await seed();
    const user = userEvent.setup();
    renderPage(caseId);
    await screen.findByRole('heading', { level: 1, name: 'People on this case' });
    const members = screen.getByRole('group', { name: /Team Around the Child members/ });
    await user.click(within(members).getByRole('checkbox', { name: 'Robin Example, Hillside Primary' }));
    const lead = screen.getByRole('group', { name: /Lead professional/ });
    await user.click(within(lead).getByRole('radio', { name: 'Robin Example, Hillside Primary' }));
    await user.type(screen.getByLabelText('Reason for the change'), 'Child now sees the school worker weekly');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Changes saved on this device')).toBeInTheDocument();
    const episode = await db.records.get(caseId);
    expect(episode?.data.tacMemberIds).toEqual([ME, people.robin]);
    expect(episode?.data.leadProfessionalId).toBe(people.robin);
    const assignments = await listCaseRecords(caseId, 'roleAssignment');
    expect(assignments.map((record) => [record.data.role, record.data.practitionerId, record.data.change])).toEqual(
      expect.arrayContaining([
        ['tacMember', people.robin, 'assigned'],
        ['leadProfessional', ME, 'removed'],
        ['leadProfessional', people.robin, 'assigned'],
      ]),
    );
    const history = screen.getByRole('table', { name: 'Who held each role, and when' });
    expect(await within(history).findAllByText('Child now sees the school worker weekly')).toHaveLength(3);
    expect(within(history).getAllByText('Ash Tester, Town Clinic').length).toBeGreaterThan(0);
  });

  it('refuses a new lead professional without a reason and saves nothing', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await seed();
    const user = userEvent.setup();
    renderPage(caseId);
    const lead = await screen.findByRole('group', { name: /Lead professional/ });
    const outboxBefore = await db.outbox.count();
    await user.click(within(lead).getByRole('radio', { name: 'Kit Sample, Hillside Primary' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the reason for the change' })).toBeInTheDocument();
    expect((await db.records.get(caseId))?.data.leadProfessionalId).toBe(ME);
    expect(await listCaseRecords(caseId, 'roleAssignment')).toHaveLength(0);
    expect(await db.outbox.count()).toBe(outboxBefore);
  });

  it('removes a member from the team', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await seed();
    const user = userEvent.setup();
    renderPage(caseId);
    const members = await screen.findByRole('group', { name: /Team Around the Child members/ });
    await user.click(within(members).getByRole('checkbox', { name: 'Ash Tester, Town Clinic' }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText('Changes saved on this device');
    expect((await db.records.get(caseId))?.data.tacMemberIds).toEqual([]);
  });
});
