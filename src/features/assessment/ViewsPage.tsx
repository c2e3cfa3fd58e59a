import { Link } from 'react-router';
import { updateRecord } from '../../db';
import { AutosaveTextarea } from '../../ui/AutosaveTextarea';
import { AssessmentFrame } from './AssessmentFrame';

/**
 * The child's own views and the parents' views. Seed 002 found the child's views in only 22% of
 * CAFs, so the page prompts for them and asks why when they could not be obtained.
 */
export function ViewsPage() {
  return (
    <AssessmentFrame title="Views of the child and family">
      {({ assessment, episode, child }) => {
        const text = (field: string) =>
          typeof assessment.data[field] === 'string' ? (assessment.data[field] as string) : '';
        const save = (field: string) => (value: string) =>
          updateRecord('assessment', assessment.id, { [field]: value });
        return (
          <>
            <p className="govuk-body">Each answer saves on this device as you type.</p>
            <AutosaveTextarea
              id="childViews"
              label="The child’s views"
              labelClass="govuk-label--m"
              hint="What does the child say about their life, what is going well, what worries them and what they would like to change? Use their own words where you can."
              rows={6}
              stored={text('childViews')}
              save={save('childViews')}
            />
            <AutosaveTextarea
              id="childViewsNotObtainedReason"
              label="If you could not get the child’s views, say why"
              labelClass="govuk-label--s"
              hint="For example, an unborn baby, or a baby too young to talk: say what you observed instead. This is needed to complete the assessment when the child’s views are not recorded."
              rows={3}
              stored={text('childViewsNotObtainedReason')}
              save={save('childViewsNotObtainedReason')}
            />
            <AutosaveTextarea
              id="parentViews"
              label="The parents’ or carers’ views"
              labelClass="govuk-label--m"
              hint="What do the parents or carers think is going well, what worries them and what help they would like?"
              rows={6}
              stored={text('parentViews')}
              save={save('parentViews')}
            />
            <Link className="govuk-button" to={`/cases/${episode.id}/assessment/${child.id}/agencies`}>
              Continue
            </Link>
          </>
        );
      }}
    </AssessmentFrame>
  );
}
