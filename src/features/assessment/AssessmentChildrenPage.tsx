import { Link, useParams } from 'react-router';
import { useCaseRecordsByKind, useRecord } from '../../db';
import { assessmentProgress, familySectionSource, isAssessmentComplete } from '../../domain/assessmentProgress';
import { TaskList, type Task } from '../../ui/TaskList';
import { childDisplayName } from '../caseload/childName';

/** The assessments of an episode, one per child: a family CAF lists each brother and sister. */
export function AssessmentChildrenPage() {
  const { caseId } = useParams();
  const episode = useRecord('episode', caseId);
  const byKind = useCaseRecordsByKind(caseId);
  if (episode === undefined || byKind === undefined) return <p className="govuk-body">Loading…</p>;
  if (episode === null) return <h1 className="govuk-heading-l">Case not found</h1>;
  const order = (episode.data['childIds'] as string[] | undefined) ?? [];
  const children = (byKind['child'] ?? []).slice().sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const assessments = byKind['assessment'] ?? [];
  const tasks: Task[] = children.map((child) => {
    const assessment = assessments.find((candidate) => candidate.data['childId'] === child.id);
    const progress = assessment
      ? Object.values(assessmentProgress(assessment.data, familySectionSource(assessment, assessments).data))
      : [];
    return {
      id: `assessment-${child.id}`,
      title: `Assessment: ${childDisplayName(child)}`,
      href: `/cases/${episode.id}/assessment/${child.id}`,
      status: !assessment
        ? 'notStarted'
        : isAssessmentComplete(assessment.data)
          ? 'completed'
          : progress.some((p) => p !== 'notStarted')
            ? 'inProgress'
            : 'notStarted',
    };
  });
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${episode.id}`}>
          Back to the case
        </Link>
        <span className="govuk-caption-l">CAF episode</span>
        <h1 className="govuk-heading-l">Assessments</h1>
        <p className="govuk-body">
          Each child has their own assessment. Brothers and sisters share the family section and the parents’ details,
          so these are entered once.
        </p>
        <TaskList tasks={tasks} />
      </div>
    </div>
  );
}
