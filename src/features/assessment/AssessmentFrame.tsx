import { Link, useParams } from 'react-router';
import { childDisplayName } from '../caseload/childName';
import { useChildAssessment, type ChildAssessment } from './useChildAssessment';

interface AssessmentFrameProps {
  /** The page's own heading; the child's name is the caption. */
  title: string;
  /** Full width, for the agencies grid's table. */
  wide?: boolean;
  children: (context: ChildAssessment & { assessment: NonNullable<ChildAssessment['assessment']> }) => React.ReactNode;
}

/**
 * The shell of every assessment sub-page: back link to the task list, the child's name as caption,
 * and a way back to start the assessment when it has not been started on this device.
 */
export function AssessmentFrame({ title, wide, children }: AssessmentFrameProps) {
  const { caseId, childId } = useParams();
  const context = useChildAssessment(caseId, childId);
  if (context.state === 'loading') return <p className="govuk-body">Loading…</p>;
  if (context.state === 'notFound') return <h1 className="govuk-heading-l">Child not found</h1>;
  const taskList = `/cases/${caseId}/assessment/${childId}`;
  return (
    <div className="govuk-grid-row">
      <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
        <Link className="govuk-back-link" to={taskList}>
          Back to the assessment
        </Link>
        <span className="govuk-caption-l">{childDisplayName(context.child)}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {context.assessment ? (
          children({ ...context, assessment: context.assessment })
        ) : (
          <p className="govuk-body">
            The assessment has not been started.{' '}
            <Link className="govuk-link" to={taskList}>
              Start the assessment
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
