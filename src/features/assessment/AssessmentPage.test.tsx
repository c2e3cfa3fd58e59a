import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listCaseRecords } from '../../db';
import { freshSignedInDatabase } from '../../db/testDatabase';
import { ASSESSMENT_ELEMENTS, elementsOfDomain } from '../../domain/records/assessmentElements';
import { renderAssessment, seedFamilyCase } from './assessmentTestCase';

async function startAssessment(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Start the assessment' }));
  return screen.findByRole('list');
}

describe('the assessment task list', { timeout: 20_000 }, () => {
  it('starts a child’s assessment and shows every section, none complete yet', async () => {
    await freshSignedInDatabase();
    const { caseId, firstChildId } = await seedFamilyCase();
    const user = userEvent.setup();
    renderAssessment(`/cases/${caseId}/assessment/${firstChildId}`);
    expect(await screen.findByRole('heading', { name: 'Assessment: Ada Testcase' })).toBeInTheDocument();
    await startAssessment(user);
    for (const title of [
      'Universal and other services',
      'Development of the child',
      'Parents and carers',
      'Family and environmental factors',
      'Views of the child and family',
      'Agencies involved',
      'Conclusions and desired outcomes',
      'Check and complete',
    ])
      expect(screen.getByRole('link', { name: title })).toHaveAccessibleDescription('Not yet started');
    const [assessment] = await listCaseRecords(caseId, 'assessment');
    expect(assessment?.data).toMatchObject({ childId: firstChildId });
    expect(assessment?.data['familySectionFromAssessmentId']).toBeUndefined();
  });

  it('lists every element of a domain with strengths, needs and not applicable, saving each', async () => {
    await freshSignedInDatabase();
    const { caseId, firstChildId } = await seedFamilyCase();
    const user = userEvent.setup();
    renderAssessment(`/cases/${caseId}/assessment/${firstChildId}`);
    await startAssessment(user);
    await user.click(screen.getByRole('link', { name: 'Development of the child' }));
    const development = elementsOfDomain('development');
    await screen.findByRole('heading', { level: 1, name: 'Development of the child' }, { timeout: 5000 });
    for (const element of development) {
      const group = screen.getByRole('group', { name: element.label });
      expect(within(group).getByLabelText(`${element.label}: strengths`)).toBeInTheDocument();
      expect(within(group).getByLabelText(`${element.label}: needs`)).toBeInTheDocument();
      expect(within(group).getByLabelText(`${element.label}: not applicable`)).toBeInTheDocument();
    }
    expect(development.length + elementsOfDomain('parentsAndCarers').length + 4).toBe(ASSESSMENT_ELEMENTS.length);
    await user.type(screen.getByLabelText('General health: strengths'), 'Rarely ill');
    await user.click(screen.getByLabelText('Learning: aspirations: not applicable'));
    await waitFor(async () =>
      expect((await listCaseRecords(caseId, 'assessment'))[0]?.data).toMatchObject({
        generalHealthStrengths: 'Rarely ill',
        learningAspirationsNotApplicable: true,
      }),
    );
    await user.click(screen.getByRole('link', { name: 'Back to the assessment' }));
    expect(await screen.findByRole('link', { name: 'Development of the child' })).toHaveAccessibleDescription(
      'In progress',
    );
  });

  it('shares one family section between siblings: entered once, shown and edited on each child', async () => {
    await freshSignedInDatabase();
    const { caseId, firstChildId, secondChildId } = await seedFamilyCase();
    const user = userEvent.setup();
    const router = renderAssessment(`/cases/${caseId}/assessment/${firstChildId}`);
    await startAssessment(user);
    await user.click(screen.getByRole('link', { name: 'Family and environmental factors' }));
    await user.type(
      await screen.findByLabelText('Wider family: strengths', {}, { timeout: 5000 }),
      'Grandparents nearby',
    );
    await user.tab();
    await waitFor(async () =>
      expect((await listCaseRecords(caseId, 'assessment'))[0]?.data['widerFamilyStrengths']).toBe(
        'Grandparents nearby',
      ),
    );

    await router.navigate(`/cases/${caseId}/assessment/${secondChildId}`);
    await startAssessment(user);
    const family = screen.getByRole('link', { name: 'Family and environmental factors' });
    expect(family).toHaveAccessibleDescription('In progress');
    expect(screen.getByText('Shared with Ada Testcase')).toBeInTheDocument();
    await user.click(family);
    expect(await screen.findByLabelText('Wider family: strengths', {}, { timeout: 5000 })).toHaveValue(
      'Grandparents nearby',
    );
    expect(screen.getByText(/shared by Ada Testcase and Bea Testcase/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Wider family: needs'), 'Cramped flat');
    await user.tab();

    const assessments = await listCaseRecords(caseId, 'assessment');
    const first = assessments.find((a) => a.data['childId'] === firstChildId);
    const second = assessments.find((a) => a.data['childId'] === secondChildId);
    expect(second?.data['familySectionFromAssessmentId']).toBe(first?.id);
    await waitFor(async () =>
      expect((await listCaseRecords(caseId, 'assessment')).find((a) => a.id === first?.id)?.data).toMatchObject({
        widerFamilyNeeds: 'Cramped flat',
      }),
    );
    expect(
      (await listCaseRecords(caseId, 'assessment')).find((a) => a.id === second?.id)?.data['widerFamilyNeeds'],
    ).toBeUndefined();
  });
});
