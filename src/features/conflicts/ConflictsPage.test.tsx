import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applyWrites } from '../../db';
import { database } from '../../db/connection';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { DIRECTORY_CASE_ID } from '../../domain/records/directory';
import { ConflictsPage } from './ConflictsPage';

const ME = '0190a000-0000-7000-8000-000000000001';

async function caseWithConflict() {
  const caseId = newId();
  const conflictId = newId();
  await applyWrites([
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: {
        status: 'enquiry',
        childIds: ['c'],
        enquiryDate: '2026-11-02',
        assessorId: ME,
        tacMemberIds: [],
        reasonForEnquiry: 'Mine',
      },
    },
    {
      op: 'create',
      kind: 'conflict',
      caseId,
      id: conflictId,
      data: {
        recordKind: 'episode',
        recordId: caseId,
        field: 'reasonForEnquiry',
        status: 'open',
        candidates: [
          {
            value: 'Mine',
            author: ME,
            deviceId: 'devicea01',
            hlc: '1800000000000-0000-devicea01',
            at: '2027-01-15T08:00:00.000Z',
          },
          {
            value: 'Theirs',
            author: newId(),
            deviceId: 'deviceb02',
            hlc: '1800000000001-0000-deviceb02',
            at: '2027-01-15T08:00:00.001Z',
          },
        ],
      },
    },
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
    await freshSignedInDatabase(ME);
    const caseId = newId();
    const conflictId = newId();
    const [nurse, officer] = [newId(), newId()];
    const member = (id: string, name: string) =>
      ({
        op: 'create',
        kind: 'practitioner',
        caseId: DIRECTORY_CASE_ID,
        id,
        data: { name, role: 'schoolNurse', agencyId: 'agency' },
      }) as const;
    const side = (value: string[], node: string, at: string) => ({
      value,
      author: ME,
      deviceId: node,
      hlc: `${Date.parse(at)}-0000-${node}`,
      at,
    });
    await applyWrites([
      member(nurse, 'Nell Nurse-Demo'),
      member(officer, 'Otto Officer-Demo'),
      {
        op: 'create',
        kind: 'episode',
        caseId,
        id: caseId,
        data: { status: 'plan', childIds: ['c'], enquiryDate: '2026-11-02', assessorId: ME, tacMemberIds: [ME, nurse] },
      },
      {
        op: 'create',
        kind: 'conflict',
        caseId,
        id: conflictId,
        data: {
          recordKind: 'episode',
          recordId: caseId,
          field: 'tacMemberIds',
          status: 'open',
          candidates: [
            side([ME, nurse], 'devicea01', '2027-01-15T08:00:00.000Z'),
            side([ME, officer], 'deviceb02', '2027-01-15T08:00:00.001Z'),
          ],
        },
      },
    ]);
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
  });
});
