import { Link } from 'react-router';
import { updateRecord } from '../../db';
import { AutosaveTextarea } from '../../ui/AutosaveTextarea';
import { AssessmentFrame } from './AssessmentFrame';

const FIELDS = [
  {
    id: 'conclusionsStrengthsResources',
    label: 'Strengths and resources',
    hint: 'What the child and family do well, and who and what they can draw on',
  },
  { id: 'conclusionsNeedsShortTerm', label: 'Needs in the short term', hint: 'In the next few weeks' },
  { id: 'conclusionsNeedsMediumTerm', label: 'Needs in the medium term', hint: 'In the next 3 to 6 months' },
  { id: 'conclusionsNeedsLongerTerm', label: 'Needs in the longer term', hint: 'Beyond 6 months' },
  {
    id: 'desiredOutcomes',
    label: 'Desired outcomes for the child and family',
    hint: 'What the child and family want to be different. The action plan works towards these.',
  },
] as const;

/** The assessment's conclusions: strengths and resources, needs by term, and desired outcomes. */
export function ConclusionsPage() {
  return (
    <AssessmentFrame title="Conclusions and desired outcomes">
      {({ assessment, episode, child }) => (
        <>
          <p className="govuk-body">Each answer saves on this device as you type.</p>
          {FIELDS.map((field) => (
            <AutosaveTextarea
              key={field.id}
              id={field.id}
              label={field.label}
              labelClass="govuk-label--m"
              hint={field.hint}
              rows={5}
              stored={typeof assessment.data[field.id] === 'string' ? (assessment.data[field.id] as string) : ''}
              save={(value) => updateRecord('assessment', assessment.id, { [field.id]: value })}
            />
          ))}
          <Link className="govuk-button" to={`/cases/${episode.id}/assessment/${child.id}/check`}>
            Continue
          </Link>
        </>
      )}
    </AssessmentFrame>
  );
}
