import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applyWrites } from '../../db';
import { database } from '../../db/connection';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { episodeRecord, practitionerRecord } from '../testRecords';
import { ConflictsPage } from './ConflictsPage';

const ME = '0190a000-0000-7000-8000-000000000001';

/** One side of a conflict: a value as a device stamped it (its HLC from the same moment). */
const side = (value: unknown, author: string, deviceId: string, at: string) => ({
  value,
  author,
  deviceId,
  hlc: `${Date.parse(at)}-0000-${deviceId}`,
  at,
});

/** An open conflict over one field of the case's episode, as sync leaves it. */
const episodeConflict = (caseId: string, conflictId: string, field: string, candidates: ReturnType<typeof side>[]) =>
  ({
    op: 'create',
    kind: 'conflict',
    caseId,
    id: conflictId,
    data: { recordKind: 'episode', recordId: caseId, field, status: 'open', candidates },
  }) as const;

async function caseWithConflict() {
  const caseId = newId();
  const conflictId = newId();
  await applyWrites([
    episodeRecord(caseId, {
      status: 'enquiry',
      childIds: ['c'],
      enquiryDate: '2026-11-02',
      assessorId: ME,
      tacMemberIds: [],
      reasonForEnquiry: 'Mine',
    }),
    episodeConflict(caseId, conflictId, 'reasonForEnquiry', [
      side('Mine', ME, 'devicea01', '2027-01-15T08:00:00.000Z'),
      side('Theirs', newId(), 'deviceb02', '2027-01-15T08:00:00.001Z'),
    ]),
  ]);
  return { caseId, conflictId };
}

function renderPage(caseId: string) {
  render(
    <RouterProvider
      router={createMemoryRouter([{ path: '/cases/:caseId/conflicts', element: <ConflictsPage /> }], {
        initialEntries: [`/cases/${caseId}/conflicts`],
      })}
    />,
  );
}

/**
 * Two practitioners each added someone to the team offline: the nurse on one device, the officer on
 * the other. Each device recorded its own "started" in the role history; the lists conflict.
 */
async function caseWithTeamConflict() {
  await freshSignedInDatabase(ME);
  const caseId = newId();
  const conflictId = newId();
  const [nurse, officer] = [newId(), newId()];
  const started = (practitionerId: string) =>
    ({
      op: 'create',
      kind: 'roleAssignment',
      caseId,
      data: { role: 'tacMember', practitionerId, change: 'assigned', fromDate: '2027-01-15', decidedBy: ME },
    }) as const;
  await applyWrites([
    practitionerRecord(nurse, 'Nell Nurse-Demo', 'agency', 'schoolNurse'),
    practitionerRecord(officer, 'Otto Officer-Demo', 'agency', 'schoolNurse'),
    episodeRecord(caseId, {
      status: 'plan',
      childIds: ['c'],
      enquiryDate: '2026-11-02',
      assessorId: ME,
      tacMemberIds: [ME, officer],
    }),
    started(nurse),
    started(officer),
    episodeConflict(caseId, conflictId, 'tacMemberIds', [
      side([ME, nurse], ME, 'devicea01', '2027-01-15T08:00:00.000Z'),
      side([ME, officer], ME, 'deviceb02', '2027-01-15T08:00:00.001Z'),
    ]),
  ]);
  return { caseId, conflictId, nurse, officer };
}

/** The case's role history as stored: who started or stopped, oldest first. */
async function roleChanges(caseId: string) {
  const rows = await database().records.where('caseId').equals(caseId).toArray();
  return rows
    .filter((row) => row.kind === 'roleAssignment')
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((row) => row.data as { practitionerId: string; change: string; reason?: string; decidedBy?: string });
}

describe('the conflict screen', () => {
  it('shows both versions and keeps the chosen one, resolving the conflict as a synced change', async () => {
    await freshSignedInDatabase(ME);
    const { caseId, conflictId } = await caseWithConflict();
    const user = userEvent.setup();
    renderPage(caseId);
    expect(await screen.findByText('Theirs')).toBeInTheDocument();
    await user.click(screen.getAllByLabelText(/Keep the version by another practitioner/)[1] as HTMLElement);
    await user.click(screen.getByRole('button', { name: 'Resolve this conflict' }));
    await screen.findByText('There are no conflicting changes on this case.');
    const db = database();
    expect((await db.records.get(caseId))?.data.reasonForEnquiry).toBe('Theirs');
    expect((await db.records.get(conflictId))?.data).toMatchObject({
      status: 'resolved',
      resolution: 'kept',
      resolvedBy: ME,
    });
    const outbox = await db.outbox.orderBy('seq').toArray();
    expect(outbox.slice(-2).map((change) => change.kind)).toEqual(['episode', 'conflict']);
  });

  it('asks for a choice before resolving, and for text when merging', async () => {
    await freshSignedInDatabase(ME);
    const { caseId, conflictId } = await caseWithConflict();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('button', { name: 'Resolve this conflict' }));
    expect(
      await screen.findByRole('link', { name: 'Select which version to keep, or write a merged one' }),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('Write a merged version'));
    await user.clear(screen.getByLabelText('Merged text'));
    await user.click(screen.getByRole('button', { name: 'Resolve this conflict' }));
    expect(await screen.findByRole('link', { name: 'Enter the merged text' })).toBeInTheDocument();
    await waitFor(async () => expect((await database().records.get(conflictId))?.data.status).toBe('open'));
  });

  it('names the people in a Team Around the Child conflict and can keep everyone in either list', async () => {
    const { caseId, conflictId, nurse, officer } = await caseWithTeamConflict();
    const user = userEvent.setup();
    renderPage(caseId);
    await screen.findByRole('heading', { name: 'Case: Team Around the Child members' });
    expect(screen.getAllByText((text) => text.includes('Nell Nurse-Demo')).length).toBeGreaterThan(0);
    expect(document.body.textContent).not.toContain(nurse);
    // A list of people is not words to merge by hand.
    expect(screen.queryByLabelText('Write a merged version')).not.toBeInTheDocument();

    await user.click(screen.getByLabelText('Keep everyone in either version'));
    await user.click(screen.getByRole('button', { name: 'Resolve this conflict' }));
    await screen.findByText('There are no conflicting changes on this case.');
    const db = database();
    expect((await db.records.get(caseId))?.data.tacMemberIds).toEqual([ME, nurse, officer]);
    expect((await db.records.get(conflictId))?.data).toMatchObject({ status: 'resolved', resolution: 'merged' });
    // Both stay, as the history already says: nothing is added to it.
    expect((await roleChanges(caseId)).map((row) => row.change)).toEqual(['assigned', 'assigned']);
  });

  it('records that the person left out of the kept list stopped being on the team', async () => {
    const { caseId, nurse, officer } = await caseWithTeamConflict();
    const user = userEvent.setup();
    renderPage(caseId);
    await screen.findByRole('heading', { name: 'Case: Team Around the Child members' });
    const keepNurse = screen
      .getAllByRole('radio')
      .find((radio) => radio.closest('.govuk-radios__item')?.textContent?.includes('Nell Nurse-Demo'));
    if (!keepNurse) throw new Error('no choice lists the nurse');
    await user.click(keepNurse);
    await user.click(screen.getByRole('button', { name: 'Resolve this conflict' }));
    await screen.findByText('There are no conflicting changes on this case.');

    expect((await database().records.get(caseId))?.data.tacMemberIds).toEqual([ME, nurse]);
    const history = await roleChanges(caseId);
    expect(history).toHaveLength(3);
    expect(history[2]).toMatchObject({ practitionerId: officer, change: 'removed', decidedBy: ME });
    expect(history[2]?.reason).toMatch(/settled on the conflicts screen/);
  });
});
