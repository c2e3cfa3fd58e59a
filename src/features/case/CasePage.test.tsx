import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { applyWrites } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { agencyRecord, episodeRecord, practitionerRecord } from '../testRecords';
import { CasePage } from './CasePage';

async function seedCase() {
  const caseId = newId();
  const childId = newId();
  await applyWrites([
    episodeRecord(caseId, {
      status: 'enquiry',
      childIds: [childId],
      enquiryDate: '2026-11-02',
      assessorId: newId(),
      tacMemberIds: [],
    }),
    {
      op: 'create',
      kind: 'child',
      caseId,
      id: childId,
      data: { firstName: 'Ada', lastName: 'Testcase', unborn: false, dateOfBirth: '2018-04-02' },
    },
  ]);
  return caseId;
}

describe('the case page', () => {
  it('names the lead professional, the assessor and the Team Around the Child', async () => {
    await freshSignedInDatabase();
    const caseId = newId();
    const [clinic, hv, fsw] = [newId(), newId(), newId()];
    await applyWrites([
      agencyRecord(clinic, 'Town Clinic'),
      practitionerRecord(hv, 'Ash Tester', clinic),
      practitionerRecord(fsw, 'Robin Example', clinic, 'familySupportWorker'),
      episodeRecord(caseId, {
        status: 'plan',
        childIds: [newId()],
        enquiryDate: '2026-10-01',
        assessorId: hv,
        leadProfessionalId: fsw,
        tacMemberIds: [hv, fsw],
      }),
    ]);
    render(
      <RouterProvider
        router={createMemoryRouter([{ path: '/cases/:caseId', element: <CasePage /> }], {
          initialEntries: [`/cases/${caseId}`],
        })}
      />,
    );
    const row = async (key: string) => (await screen.findByText(key, { selector: 'dt' })).parentElement;
    expect(await row('Lead professional')).toHaveTextContent('Robin Example, Town Clinic');
    expect(await row('Assessor')).toHaveTextContent('Ash Tester, Town Clinic');
    expect(within((await row('Assessor')) as HTMLElement).getByRole('link')).toHaveTextContent(
      'Change people on this case',
    );
    expect(await row('Team Around the Child members')).toHaveTextContent(
      'Ash Tester, Town ClinicRobin Example, Town Clinic',
    );
  });

  it('shows the child, the sections and when the assessment is due', async () => {
    await freshSignedInDatabase();
    const caseId = await seedCase();
    render(
      <RouterProvider
        router={createMemoryRouter([{ path: '/cases/:caseId', element: <CasePage /> }], {
          initialEntries: [`/cases/${caseId}`],
        })}
      />,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Testcase' })).toBeInTheDocument();
    expect(screen.getByText('30 November 2026')).toBeInTheDocument();
    for (const section of [
      'Enquiry',
      "Child's details",
      'Level of need',
      'Consent',
      'Assessment',
      'Team Around the Child plan',
      'Reviews',
      'Distance travelled',
      'Closure',
    ])
      expect(screen.getAllByText(section).length).toBeGreaterThan(0);
  });

  it('autosaves the enquiry within half a second of typing stopping, and only then says it is saved', async () => {
    const db = await freshSignedInDatabase();
    const caseId = await seedCase();
    const user = userEvent.setup();
    render(
      <RouterProvider
        router={createMemoryRouter([{ path: '/cases/:caseId', element: <CasePage /> }], {
          initialEntries: [`/cases/${caseId}`],
        })}
      />,
    );
    const field = await screen.findByLabelText('Reason for enquiry');
    await user.type(field, 'Health visitor noticed weight loss.');
    expect(screen.getByRole('status')).toHaveTextContent('Saving…');
    expect((await db.records.get(caseId))?.data.reasonForEnquiry).toBeUndefined();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Saved on this device'), {
      timeout: 200,
    });
    expect((await db.records.get(caseId))?.data.reasonForEnquiry).toBe('Health visitor noticed weight loss.');
    // One change for the whole burst of typing, not one per keystroke.
    expect(await db.outbox.count()).toBe(3);
  });

  it('saves at once when the field loses focus', async () => {
    const db = await freshSignedInDatabase();
    const caseId = await seedCase();
    const user = userEvent.setup();
    render(
      <RouterProvider
        router={createMemoryRouter([{ path: '/cases/:caseId', element: <CasePage /> }], {
          initialEntries: [`/cases/${caseId}`],
        })}
      />,
    );
    await user.type(await screen.findByLabelText('Reason for enquiry'), 'Quick note');
    await user.tab();
    await vi.waitFor(async () => expect((await db.records.get(caseId))?.data.reasonForEnquiry).toBe('Quick note'), {
      timeout: 300,
    });
  });
});
