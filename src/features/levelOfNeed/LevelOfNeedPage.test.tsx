import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applyWrites, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { LevelOfNeedPage } from './LevelOfNeedPage';
import { SAFEGUARDING_ACKNOWLEDGEMENT, SAFEGUARDING_HEADING } from './SafeguardingInterrupt';

async function seedCase(childCount = 1) {
  const caseId = newId();
  const childIds = Array.from({ length: childCount }, () => newId());
  await applyWrites([
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: { status: 'assessment', childIds, enquiryDate: '2026-10-01', assessorId: newId(), tacMemberIds: [] },
    },
    ...childIds.map((id, index) => ({
      op: 'create' as const,
      kind: 'child' as const,
      caseId,
      id,
      data: { firstName: ['Ada', 'Bo'][index], lastName: 'Testcase', unborn: false, dateOfBirth: '2018-04-02' },
    })),
  ]);
  return { caseId, childIds };
}

function renderPage(caseId: string) {
  render(
    <RouterProvider
      router={createMemoryRouter([{ path: '/cases/:caseId/level-of-need', element: <LevelOfNeedPage /> }], {
        initialEntries: [`/cases/${caseId}/level-of-need`],
      })}
    />,
  );
}

describe('Level of need', () => {
  it('records a dated decision with who and why, and stores the model on the episode', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await screen.findByRole('heading', { level: 1, name: 'Level of need' });
    await user.click(screen.getByRole('radio', { name: 'Level 2' }));
    await user.type(screen.getByLabelText('Reason for this level of need'), 'Needs across health and school');
    await user.click(screen.getByRole('button', { name: 'Save level of need' }));

    expect(await screen.findByText('Level of need saved on this device')).toBeInTheDocument();
    const [entry] = await listCaseRecords(caseId, 'levelOfNeed');
    expect(entry?.data).toMatchObject({
      modelId: 'halton-levels',
      levelId: '2',
      reason: 'Needs across health and school',
      decidedBy: '0190a000-0000-7000-8000-000000000001',
    });
    expect(entry?.data.stepUpRequested).toBeUndefined();
    expect((await db.records.get(caseId))?.data.levelModelId).toBe('halton-levels');
    const history = screen.getByRole('table', { name: 'Level of need history' });
    expect(await within(history).findByText('First recorded')).toBeInTheDocument();
    // Once a level is recorded the model is fixed, so the history stays comparable.
    expect(screen.queryByRole('group', { name: /Levels of need model/ })).not.toBeInTheDocument();
  });

  it('refuses a decision without a level or a reason and saves nothing', async () => {
    const db = await freshSignedInDatabase();
    const { caseId } = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('button', { name: 'Save level of need' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Select the level of need', 'Enter the reason for this level of need']);
    expect(await listCaseRecords(caseId, 'levelOfNeed')).toHaveLength(0);
    expect((await db.records.get(caseId))?.data.levelModelId).toBeUndefined();
  });

  it('stops at level 4 with the safeguarding interrupt, which must be acknowledged before the step up is recorded', async () => {
    await freshSignedInDatabase();
    const { caseId } = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('radio', { name: 'Level 3a' }));
    await user.type(screen.getByLabelText('Reason for this level of need'), 'Complex needs');
    await user.click(screen.getByRole('button', { name: 'Save level of need' }));
    await screen.findByText('Level of need saved on this device');

    await user.click(screen.getByRole('radio', { name: 'Level 4' }));
    await user.type(screen.getByLabelText('Reason for this level of need'), 'Disclosure at school');
    await user.click(screen.getByRole('button', { name: 'Save level of need' }));

    const dialog = await screen.findByRole('alertdialog', { name: SAFEGUARDING_HEADING });
    expect(within(dialog).getByRole('heading', { level: 1 })).toHaveFocus();
    expect(screen.getByRole('heading', { name: 'Level of need', level: 1 }).closest('[inert]')).not.toBeNull();
    expect(await listCaseRecords(caseId, 'levelOfNeed')).toHaveLength(1);

    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    expect(await within(dialog).findByRole('link', { name: /Confirm that you have contacted/ })).toBeInTheDocument();
    expect(await listCaseRecords(caseId, 'levelOfNeed')).toHaveLength(1);

    await user.type(within(dialog).getByLabelText(/What you have done or agreed/), 'Spoke to the duty worker');
    await user.click(within(dialog).getByRole('checkbox', { name: SAFEGUARDING_ACKNOWLEDGEMENT }));
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));

    await screen.findByText('Level of need saved on this device');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(document.querySelector('[inert]')).toBeNull();
    const stepUp = (await listCaseRecords(caseId, 'levelOfNeed')).find((record) => record.data.levelId === '4');
    expect(stepUp?.data).toMatchObject({ stepUpRequested: true, stepUpDetails: 'Spoke to the duty worker' });
    expect(typeof stepUp?.data.safeguardingAcknowledgedAt).toBe('string');
    const [audit] = await listCaseRecords(caseId, 'auditEvent');
    expect(audit?.data).toMatchObject({
      action: 'safeguardingStepUp',
      subjectKind: 'levelOfNeed',
      subjectId: stepUp?.id,
    });
    expect(
      within(screen.getByRole('table', { name: 'Level of need history' })).getByText('Step up'),
    ).toBeInTheDocument();
  });

  it('interrupts at a lower level when the practitioner ticks risk of significant harm', async () => {
    await freshSignedInDatabase();
    const { caseId } = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('radio', { name: 'Level 2' }));
    await user.click(screen.getByRole('checkbox', { name: 'The child may be at risk of significant harm' }));
    await user.type(screen.getByLabelText('Reason for this level of need'), 'Bruising seen');
    await user.click(screen.getByRole('button', { name: 'Save level of need' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(
      within(dialog).getByText(/You recorded that the child may be at risk of significant harm/),
    ).toBeInTheDocument();
  });

  it('uses Calderdale’s tiers when chosen, and can record a decision about one child of a family', async () => {
    const db = await freshSignedInDatabase();
    const { caseId, childIds } = await seedCase(2);
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('radio', { name: 'Calderdale: Thresholds tiers' }));
    expect(screen.queryByRole('radio', { name: 'Level 3a' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Tier 3' }));
    await user.click(screen.getByRole('radio', { name: 'Bo Testcase' }));
    await user.type(screen.getByLabelText('Reason for this level of need'), 'Needs a co-ordinated plan');
    await user.click(screen.getByRole('button', { name: 'Save level of need' }));
    await screen.findByText('Level of need saved on this device');
    const [entry] = await listCaseRecords(caseId, 'levelOfNeed');
    expect(entry?.data).toMatchObject({ modelId: 'calderdale-tiers', levelId: '3', childId: childIds[1] });
    expect((await db.records.get(caseId))?.data.levelModelId).toBe('calderdale-tiers');
  });
});
