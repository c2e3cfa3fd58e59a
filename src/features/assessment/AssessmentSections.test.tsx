import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { applyWrites, createRecord, getRecord, listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { newId } from '../../domain/ids';
import { DIRECTORY_CASE_ID } from '../../domain/records/directory';
import { renderAssessment, seedFamilyCase } from './assessmentTestCase';

async function seedAssessment(fields: Record<string, unknown> = {}) {
  await freshSignedInDatabase();
  const { caseId, firstChildId } = await seedFamilyCase();
  const assessmentId = await createRecord('assessment', caseId, { childId: firstChildId, ...fields });
  return { caseId, childId: firstChildId, assessmentId, base: `/cases/${caseId}/assessment/${firstChildId}` };
}

describe('universal and other services', { timeout: 20_000 }, () => {
  it('refuses another service without its name and saves nothing', async () => {
    const { base, assessmentId } = await seedAssessment();
    const user = userEvent.setup();
    renderAssessment(`${base}/services`);
    await user.click(await screen.findByRole('button', { name: 'Add another service' }));
    const other = within(screen.getByRole('group', { name: 'Other service 1' }));
    await user.type(other.getByLabelText('Organisation'), 'Example Trust');
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    expect(await screen.findByRole('link', { name: 'Enter the name of service 1' })).toHaveAttribute(
      'href',
      '#otherServices-0-service',
    );
    expect((await getRecord('assessment', assessmentId))?.data['otherServices']).toBeUndefined();
  });

  it('saves the school, GP, health visitor and other services', async () => {
    const { base, assessmentId } = await seedAssessment();
    const user = userEvent.setup();
    const router = renderAssessment(`${base}/services`);
    const school = within(await screen.findByRole('group', { name: 'School, nursery or early years setting' }));
    await user.type(school.getByLabelText('School or setting'), 'Example Primary');
    await user.type(
      within(screen.getByRole('group', { name: 'GP (family doctor)' })).getByLabelText('Surgery'),
      'Example Surgery',
    );
    await user.click(screen.getByRole('button', { name: 'Add another service' }));
    await user.type(
      within(screen.getByRole('group', { name: 'Other service 1' })).getByLabelText('Service'),
      'Food bank',
    );
    await user.click(screen.getByRole('button', { name: 'Save and continue' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`${base}/development`));
    expect((await getRecord('assessment', assessmentId))?.data).toMatchObject({
      universalSchool: { organisation: 'Example Primary' },
      universalGp: { organisation: 'Example Surgery' },
      otherServices: [{ service: 'Food bank' }],
    });
  });
});

describe('the agencies grid', { timeout: 20_000 }, () => {
  it('adds an agency from the directory and saves each tick straight away', async () => {
    const { base, assessmentId } = await seedAssessment();
    const agencyId = newId();
    await applyWrites([
      {
        op: 'create',
        kind: 'agency',
        caseId: DIRECTORY_CASE_ID,
        id: agencyId,
        data: { name: 'Example Health Visiting', type: 'health' },
      },
    ]);
    const user = userEvent.setup();
    renderAssessment(`${base}/agencies`);
    await user.click(await screen.findByRole('button', { name: 'Add agency' }));
    expect(await screen.findByRole('link', { name: 'Select an agency to add' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Agency to add'), 'Example Health Visiting');
    await user.click(screen.getByRole('button', { name: 'Add agency' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Contacted: Example Health Visiting' }));
    await user.click(screen.getByRole('checkbox', { name: 'Invited to the TAC meeting: Example Health Visiting' }));
    await waitFor(async () =>
      expect((await getRecord('assessment', assessmentId))?.data['agencies']).toEqual([
        { agencyId, contacted: true, contributed: false, consentedToShare: false, invitedToTac: true },
      ]),
    );
    await user.click(screen.getByRole('button', { name: 'Remove Example Health Visiting' }));
    await waitFor(async () => expect((await getRecord('assessment', assessmentId))?.data['agencies']).toEqual([]));
  });
});

describe('views and completing the assessment', { timeout: 20_000 }, () => {
  it('saves the child’s and parents’ views as they are typed', async () => {
    const { base, assessmentId } = await seedAssessment();
    const user = userEvent.setup();
    renderAssessment(`${base}/views`);
    await user.type(await screen.findByLabelText('The child’s views'), 'Likes football');
    await user.type(screen.getByLabelText('The parents’ or carers’ views'), 'Mornings are hard');
    await user.tab();
    await waitFor(async () =>
      expect((await getRecord('assessment', assessmentId))?.data).toMatchObject({
        childViews: 'Likes football',
        parentViews: 'Mornings are hard',
      }),
    );
  });

  it('prompts with the audit-sheet questions, linking to each section, and refuses completion without the child’s views', async () => {
    const { base, assessmentId } = await seedAssessment();
    const user = userEvent.setup();
    renderAssessment(`${base}/check`);
    expect(
      await screen.findByRole('link', {
        name: 'Go to the section for the question: Are the child’s views clearly recorded?',
      }),
    ).toHaveAttribute('href', `${base}/views`);
    expect(screen.getByText('10 questions are not met yet.')).toBeInTheDocument();
    expect(screen.getByText('19 parts left blank')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark assessment as complete' }));
    expect(
      await screen.findByRole('link', { name: 'Enter the child’s views, or the reason they could not be obtained' }),
    ).toHaveAttribute('href', '#prompt-childViews');
    expect((await getRecord('assessment', assessmentId))?.data['completedAt']).toBeUndefined();
  });

  it('completes an assessment with unmet prompts once the reason for no child’s views is given, and can reopen it', async () => {
    const { base, assessmentId, caseId } = await seedAssessment({ childViewsNotObtainedReason: 'Too young to say' });
    const user = userEvent.setup();
    renderAssessment(`${base}/check`);
    await user.click(await screen.findByRole('button', { name: 'Mark assessment as complete' }));
    expect(await screen.findByRole('heading', { name: 'Assessment completed' })).toBeInTheDocument();
    expect((await getRecord('assessment', assessmentId))?.data['completedAt']).toEqual(expect.any(String));
    expect((await listCaseRecords(caseId, 'assessment'))[0]?.data['completedBy']).toBe(
      '0190a000-0000-7000-8000-000000000001',
    );
    await user.click(screen.getByRole('button', { name: 'Reopen the assessment' }));
    await waitFor(async () =>
      expect((await getRecord('assessment', assessmentId))?.data['completedAt']).toBeUndefined(),
    );
  });
});
