import { useState } from 'react';
import { Link } from 'react-router';
import { updateRecord, useSession, ValidationError, StorageFullError } from '../../db';
import { formatDate } from '../../domain/dateInput';
import { qualityPrompts, unmetPromptCount } from '../../domain/qualityPrompts';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { Tag } from '../../ui/Tag';
import { AssessmentFrame } from './AssessmentFrame';

/**
 * Check and complete: the audit-sheet questions (seed 002, Appendix 2) as a checklist with links to
 * the sections. They guide; only the child's views (or why not) are required, by the schema.
 */
export function CheckPage() {
  const session = useSession();
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  return (
    <AssessmentFrame title="Check and complete the assessment">
      {({ assessment, familySource, episode, child }) => {
        const prompts = qualityPrompts(assessment.data, (familySource ?? assessment).data);
        const unmet = unmetPromptCount(prompts);
        const base = `/cases/${episode.id}/assessment/${child.id}`;
        const completedAt = assessment.data['completedAt'];

        async function complete() {
          try {
            await updateRecord('assessment', assessment.id, {
              completedAt: new Date().toISOString(),
              completedBy: session?.practitioner.id,
            });
            setErrors([]);
          } catch (error) {
            if (error instanceof ValidationError)
              setErrors(
                error.issues.map((issue) => ({
                  href: issue.field === 'childViews' ? 'prompt-childViews' : 'complete-assessment',
                  message: issue.message,
                })),
              );
            else if (error instanceof StorageFullError)
              setErrors([{ href: 'complete-assessment', message: error.message }]);
            else setErrors([{ href: 'complete-assessment', message: 'The assessment could not be saved. Try again.' }]);
          }
        }

        return (
          <>
            <ErrorSummary errors={errors} />
            {typeof completedAt === 'string' && (
              <div className="govuk-panel govuk-panel--confirmation">
                <h2 className="govuk-panel__title">Assessment completed</h2>
                <div className="govuk-panel__body">on {formatDate(completedAt.slice(0, 10))}</div>
              </div>
            )}
            <h2 className="govuk-heading-m">Quality checklist</h2>
            <p className="govuk-body">
              These questions come from the CAF audit sheet. They help make the assessment useful to the family and to
              other agencies. You can still complete the assessment if some are not met.
            </p>
            <ul className="govuk-list app-quality-prompts">
              {prompts.map((prompt) => (
                <li key={prompt.id} className="govuk-!-margin-bottom-4">
                  <p className="govuk-body govuk-!-margin-bottom-1">
                    {prompt.met ? <Tag colour="green">Yes</Tag> : <Tag colour="yellow">Check</Tag>}{' '}
                    <span className="govuk-!-font-weight-bold">{prompt.question}</span>
                  </p>
                  {!prompt.met && (
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      {prompt.advice}{' '}
                      <Link className="govuk-link" id={`prompt-${prompt.id}`} to={`${base}/${prompt.sectionPath}`}>
                        Go to the section{' '}
                        <span className="govuk-visually-hidden">for the question: {prompt.question}</span>
                      </Link>
                    </p>
                  )}
                  {!prompt.met && prompt.blank && prompt.blank.length > 0 && (
                    <details className="govuk-details govuk-!-margin-bottom-1">
                      <summary className="govuk-details__summary">
                        <span className="govuk-details__summary-text">
                          {prompt.blank.length === 1 ? '1 part left blank' : `${prompt.blank.length} parts left blank`}
                        </span>
                      </summary>
                      <div className="govuk-details__text">
                        <ul className="govuk-list govuk-list--bullet">
                          {prompt.blank.map((label) => (
                            <li key={label}>{label}</li>
                          ))}
                        </ul>
                      </div>
                    </details>
                  )}
                </li>
              ))}
            </ul>
            {typeof completedAt === 'string' ? (
              <button
                type="button"
                id="complete-assessment"
                className="govuk-button govuk-button--secondary"
                onClick={() => void updateRecord('assessment', assessment.id, { completedAt: null, completedBy: null })}
              >
                Reopen the assessment
              </button>
            ) : (
              <>
                {unmet > 0 && (
                  <div className="govuk-warning-text">
                    <span className="govuk-warning-text__icon" aria-hidden="true">
                      !
                    </span>
                    <strong className="govuk-warning-text__text">
                      <span className="govuk-visually-hidden">Warning</span>
                      {unmet === 1 ? '1 question is' : `${unmet} questions are`} not met yet.
                    </strong>
                  </div>
                )}
                <button type="button" id="complete-assessment" className="govuk-button" onClick={() => void complete()}>
                  Mark assessment as complete
                </button>
              </>
            )}
          </>
        );
      }}
    </AssessmentFrame>
  );
}
