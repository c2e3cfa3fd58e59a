import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { createRecord, useCaseRecords, useSession } from '../../db';
import { ASSESSMENT_SECTIONS, assessmentProgress, familySectionHolder } from '../../domain/assessmentProgress';
import { todayIso } from '../../domain/dateInput';
import type { Assessment } from '../../domain/records/assessment';
import { TaskList, type Task } from '../../ui/TaskList';
import { childDisplayName } from '../caseload/childName';
import { missingCoreDetails } from '../childDetails/childDetailsStatus';
import { useChildAssessment } from './useChildAssessment';

/** One child's assessment as a GOV.UK task list: which sections are complete, and what is left. */
export function AssessmentPage() {
  const { caseId, childId } = useParams();
  const context = useChildAssessment(caseId, childId);
  const assessments = useCaseRecords(caseId, 'assessment');
  const session = useSession();
  const [problem, setProblem] = useState<string | undefined>();
  if (context.state === 'loading' || assessments === undefined) return <p className="govuk-body">Loading…</p>;
  if (context.state === 'notFound') return <h1 className="govuk-heading-l">Child not found</h1>;
  const { assessment, familySource, child, episode, sharedWith, familyMembers } = context;
  const base = `/cases/${episode.id}/assessment/${child.id}`;
  const name = childDisplayName(child);

  async function start() {
    // A sibling joining a family CAF shares the family section already started for the household.
    const holder = familySectionHolder(assessments ?? []);
    const data: Assessment = {
      childId: child.id,
      assessorId: session?.practitioner.id,
      assessmentDate: todayIso(),
      familySectionFromAssessmentId: holder?.id,
    };
    try {
      await createRecord('assessment', episode.id, data);
    } catch {
      setProblem('The assessment could not be started on this device. Try again.');
    }
  }

  const header = (
    <>
      <Link className="govuk-back-link" to={`/cases/${episode.id}/assessment`}>
        Back to assessments
      </Link>
      <span className="govuk-caption-l">CAF assessment</span>
      <h1 className="govuk-heading-l">Assessment: {name}</h1>
    </>
  );

  if (!assessment)
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {header}
          {problem && (
            <p className="govuk-error-message" role="alert">
              {problem}
            </p>
          )}
          <p className="govuk-body">
            Do the assessment with the family. You can fill in the sections in any order, and everything saves on this
            device as you go.
          </p>
          <button type="button" className="govuk-button" onClick={() => void start()}>
            Start the assessment
          </button>
        </div>
      </div>
    );

  const progress = assessmentProgress(assessment.data, (familySource ?? assessment).data);
  const tasks: Task[] = [
    {
      id: 'task-child-details',
      title: 'Child’s details',
      href: `/cases/${episode.id}/children/${child.id}`,
      status: missingCoreDetails(child).length === 0 ? 'completed' : 'inProgress',
    },
    {
      id: 'task-parents-details',
      title: 'Parents’ and carers’ details',
      hint: 'Shared by every child in this CAF',
      href: `/cases/${episode.id}/children`,
      status: familyMembers.some((member) => member.data['parentalResponsibility'] === 'yes')
        ? 'completed'
        : familyMembers.length > 0
          ? 'inProgress'
          : 'notStarted',
    },
    ...ASSESSMENT_SECTIONS.map((section): Task => ({
      id: `task-${section.id}`,
      title: section.title,
      hint:
        section.id === 'familyAndEnvironment' && sharedWith.length > 1
          ? `Shared with ${sharedWith.filter((other) => other !== name).join(' and ')}`
          : undefined,
      href: `${base}/${section.path}`,
      status: progress[section.id],
    })),
    {
      id: 'task-check',
      title: 'Check and complete',
      href: `${base}/check`,
      status: assessment.data['completedAt'] ? 'completed' : 'notStarted',
    },
  ];
  const done = tasks.filter((task) => task.status === 'completed').length;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {header}
        <p className="govuk-body">
          You have completed {done} of {tasks.length} sections.
        </p>
        <TaskList tasks={tasks} />
      </div>
    </div>
  );
}
