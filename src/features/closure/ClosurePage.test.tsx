import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applyWrites, listCaseRecords, RecordNotFoundError } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { decideClosure } from '../../domain/closureRules';
import { todayIso } from '../../domain/dateInput';
import { newId } from '../../domain/ids';
import { ClosurePage } from './ClosurePage';
import { closureWrites } from './closureWrites';

async function seedCase() {
  const caseId = newId();
  await applyWrites([
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: { status: 'review', childIds: [newId()], enquiryDate: '2026-01-05', assessorId: newId(), tacMemberIds: [] },
    },
  ]);
  return caseId;
}

function renderPage(caseId: string) {
  render(
    <RouterProvider
      router={createMemoryRouter([{ path: '/cases/:caseId/closure', element: <ClosurePage /> }], {
        initialEntries: [`/cases/${caseId}/closure`],
      })}
    />,
  );
}

describe('Closing a CAF', () => {
  it('refuses to close without a reason or a summary, with a GOV.UK error summary, and saves nothing', async () => {
    const db = await freshSignedInDatabase();
    const caseId = await seedCase();
    const outboxBefore = await db.outbox.count();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('button', { name: 'Close CAF' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeInTheDocument();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Select a reason for closing the CAF', 'Enter a closing summary']);
    expect(screen.getByLabelText('Closing summary')).toHaveAttribute(
      'aria-describedby',
      expect.stringContaining('summary-error'),
    );
    expect(await listCaseRecords(caseId, 'closure')).toHaveLength(0);
    const episode = await db.records.get(caseId);
    expect(episode?.data.status).toBe('review');
    expect(episode?.data.closedDate).toBeUndefined();
    expect(await db.outbox.count()).toBe(outboxBefore);
  });

  it('refuses a reason without a summary too', async () => {
    const db = await freshSignedInDatabase();
    const caseId = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('radio', { name: 'Outcomes achieved and needs met' }));
    await user.click(screen.getByRole('button', { name: 'Close CAF' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Enter a closing summary']);
    expect((await db.records.get(caseId))?.data.status).toBe('review');
  });

  it('closes a step up with where it went: closure record and closed episode together', async () => {
    const db = await freshSignedInDatabase();
    const caseId = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('radio', { name: 'Stepped up to a statutory or specialist service' }));
    await user.type(screen.getByLabelText('Closing summary'), 'Referred after new concerns at review.');
    await user.click(screen.getByRole('button', { name: 'Close CAF' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select where the case was stepped up to' })).toBeInTheDocument();
    expect(await listCaseRecords(caseId, 'closure')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'Children’s social care' }));
    await user.click(screen.getByRole('button', { name: 'Close CAF' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'CAF closed' })).toBeInTheDocument();
    const [closure] = await listCaseRecords(caseId, 'closure');
    expect(closure?.data).toMatchObject({
      reason: 'steppedUp',
      steppedUpTo: 'childrensSocialCare',
      summary: 'Referred after new concerns at review.',
      closedDate: todayIso(),
    });
    const episode = await db.records.get(caseId);
    expect(episode?.data).toMatchObject({ status: 'closed', closedDate: todayIso() });
    expect(screen.getByText('Children’s social care')).toBeInTheDocument();
  });

  it('writes the closure and the closed status in one batch: if the episode cannot be updated, no closure is kept', async () => {
    const db = await freshSignedInDatabase();
    await seedCase();
    const decision = decideClosure(
      {
        reason: 'movedAway',
        summary: 'Family moved out of area.',
        steppedUpTo: '',
        closedDate: { ok: true, value: '2026-02-01' },
      },
      { episodeStatus: 'review', enquiryDate: '2026-01-05', closedBy: 'someone', today: '2026-11-23' },
    );
    if (!decision.ok) throw new Error('expected an accepted closure');
    const missingEpisode = newId();
    await expect(applyWrites(closureWrites(missingEpisode, decision))).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(await listCaseRecords(missingEpisode, 'closure')).toHaveLength(0);
    expect(await db.records.where('kind').equals('closure').count()).toBe(0);
  });
});
