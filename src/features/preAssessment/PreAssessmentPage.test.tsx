import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { applyWrites, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { SAFEGUARDING_ACKNOWLEDGEMENT } from '../levelOfNeed/SafeguardingInterrupt';
import { PreAssessmentPage } from './PreAssessmentPage';
import { suggestedOutcome } from './preAssessmentForm';

async function seedCase() {
  const caseId = newId();
  await applyWrites([
    {
      op: 'create',
      kind: 'episode',
      caseId,
      id: caseId,
      data: {
        status: 'enquiry',
        childIds: [newId()],
        enquiryDate: '2026-10-01',
        assessorId: newId(),
        tacMemberIds: [],
      },
    },
  ]);
  return caseId;
}

function renderPage(caseId: string) {
  render(
    <RouterProvider
      router={createMemoryRouter(
        [
          { path: '/cases/:caseId/pre-assessment', element: <PreAssessmentPage /> },
          { path: '/cases/:caseId', element: <h1>Case page</h1> },
        ],
        { initialEntries: [`/cases/${caseId}/pre-assessment`] },
      )}
    />,
  );
}

describe('suggested pre-assessment outcome', () => {
  it('suggests nothing before any box is ticked', () => {
    expect(suggestedOutcome([])).toBeUndefined();
  });
  it('sends any sign of significant harm to social care', () => {
    expect(suggestedOutcome(['familyWantsSupport', 'riskOfSignificantHarm'])).toBe('referToSocialCare');
  });
  it('recommends a CAF when the needs go beyond one agency or one area', () => {
    expect(suggestedOutcome(['needsBeyondOneAgency'])).toBe('cafRecommended');
    expect(suggestedOutcome(['needsInMoreThanOneArea'])).toBe('cafRecommended');
    expect(suggestedOutcome(['developmentNotOnTrack', 'parentingUnderStrain', 'familyWantsSupport'])).toBe(
      'cafRecommended',
    );
  });
  it('suggests a single agency for one or two narrower worries', () => {
    expect(suggestedOutcome(['developmentNotOnTrack'])).toBe('noCafSingleAgency');
  });
});

describe('Pre-assessment checklist', () => {
  it('saves the ticks and the outcome as a completed checklist, then returns to the case', async () => {
    await freshSignedInDatabase();
    const caseId = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await screen.findByRole('heading', { level: 1, name: 'Pre-assessment checklist' });
    await user.click(screen.getByRole('checkbox', { name: 'The needs are more than one agency can meet on its own' }));
    await user.click(screen.getByRole('checkbox', { name: 'The family wants extra support and agrees to a CAF' }));
    expect(screen.getByText(/Suggested outcome from your answers: CAF recommended/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'CAF recommended' }));
    await user.click(screen.getByRole('button', { name: 'Save pre-assessment' }));

    await screen.findByRole('heading', { name: 'Case page' });
    const [record] = await listCaseRecords(caseId, 'preAssessment');
    expect(record?.data).toMatchObject({
      needsBeyondOneAgency: true,
      familyWantsSupport: true,
      riskOfSignificantHarm: false,
      outcome: 'cafRecommended',
      completedBy: '0190a000-0000-7000-8000-000000000001',
    });
    expect(typeof record?.data.completedAt).toBe('string');
  });

  it('refuses to save without an outcome, and saves nothing', async () => {
    await freshSignedInDatabase();
    const caseId = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('button', { name: 'Save pre-assessment' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Select the outcome of the pre-assessment' })).toBeInTheDocument();
    expect(await listCaseRecords(caseId, 'preAssessment')).toHaveLength(0);
  });

  it('refuses "CAF recommended" when the child may be at risk of significant harm', async () => {
    await freshSignedInDatabase();
    const caseId = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('checkbox', { name: 'The child may be at risk of significant harm' }));
    await user.click(screen.getByRole('radio', { name: 'CAF recommended' }));
    await user.click(screen.getByRole('button', { name: 'Save pre-assessment' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: /Select refer to children’s social care/ })).toBeInTheDocument();
    expect(await listCaseRecords(caseId, 'preAssessment')).toHaveLength(0);
  });

  it('shows the safeguarding interrupt for a risk of significant harm, and records the step up once acknowledged', async () => {
    await freshSignedInDatabase();
    const caseId = await seedCase();
    const user = userEvent.setup();
    renderPage(caseId);
    await user.click(await screen.findByRole('checkbox', { name: 'The child may be at risk of significant harm' }));
    await user.click(screen.getByRole('radio', { name: 'Refer to children’s social care' }));
    await user.click(screen.getByRole('button', { name: 'Save pre-assessment' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(await listCaseRecords(caseId, 'preAssessment')).toHaveLength(0);
    await user.click(within(dialog).getByRole('checkbox', { name: SAFEGUARDING_ACKNOWLEDGEMENT }));
    await user.click(within(dialog).getByRole('button', { name: 'Continue' }));
    await screen.findByRole('heading', { name: 'Case page' });
    const [record] = await listCaseRecords(caseId, 'preAssessment');
    expect(record?.data.outcome).toBe('referToSocialCare');
    const [audit] = await listCaseRecords(caseId, 'auditEvent');
    expect(audit?.data).toMatchObject({
      action: 'safeguardingStepUp',
      subjectKind: 'preAssessment',
      subjectId: record?.id,
    });
  });

  it('reopens a saved checklist with its answers and updates the same record', async () => {
    await freshSignedInDatabase();
    const caseId = await seedCase();
    const id = newId();
    await applyWrites([
      {
        op: 'create',
        kind: 'preAssessment',
        caseId,
        id,
        data: { developmentNotOnTrack: true, outcome: 'noCafSingleAgency' },
      },
    ]);
    const user = userEvent.setup();
    renderPage(caseId);
    expect(
      await screen.findByRole('checkbox', { name: 'The child’s health or development is not on track' }),
    ).toBeChecked();
    expect(screen.getByRole('radio', { name: 'No CAF needed: one agency can meet the needs' })).toBeChecked();
    await user.type(screen.getByLabelText('Notes (optional)'), 'School nurse will follow up');
    await user.click(screen.getByRole('button', { name: 'Save pre-assessment' }));
    await screen.findByRole('heading', { name: 'Case page' });
    const records = await listCaseRecords(caseId, 'preAssessment');
    expect(records).toHaveLength(1);
    expect(records[0]?.data.notes).toBe('School nurse will follow up');
  });
});
