import { useState } from 'react';
import { updateRecord, type StoredRecord } from '../../db';
import {
  ASSESSMENT_ELEMENT_FIELD_LABELS,
  elementFieldNames,
  type AssessmentElementId,
} from '../../domain/records/assessmentElements';
import { AutosaveTextarea } from '../../ui/AutosaveTextarea';
import { usePendingChoice } from '../../ui/usePendingChoice';
import { Checkbox } from '../../ui/Checkbox';
import { ErrorMessage } from '../../ui/ErrorMessage';

/**
 * One element of an assessment domain: strengths, needs, or "not applicable". `target` is the
 * record the answers live on, which for the shared family section is a sibling's assessment.
 */
export function ElementFields({
  target,
  elementId,
  label,
}: {
  target: StoredRecord;
  elementId: AssessmentElementId;
  label: string;
}) {
  const names = elementFieldNames(elementId);
  const text = (field: string) => (typeof target.data[field] === 'string' ? (target.data[field] as string) : '');
  const [error, setError] = useState<string | undefined>();
  const [notApplicable, choose, clear] = usePendingChoice(target.data[names.notApplicable] === true);
  return (
    <div className="govuk-form-group app-assessment-element">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
          <h2 className="govuk-fieldset__heading">{label}</h2>
        </legend>
        <AutosaveTextarea
          id={names.strengths}
          label={ASSESSMENT_ELEMENT_FIELD_LABELS[names.strengths] ?? 'Strengths'}
          labelClass="govuk-label--s"
          rows={3}
          stored={text(names.strengths)}
          save={(value) => updateRecord('assessment', target.id, { [names.strengths]: value })}
        />
        <AutosaveTextarea
          id={names.needs}
          label={ASSESSMENT_ELEMENT_FIELD_LABELS[names.needs] ?? 'Needs'}
          labelClass="govuk-label--s"
          rows={3}
          stored={text(names.needs)}
          save={(value) => updateRecord('assessment', target.id, { [names.needs]: value })}
        />
        <ErrorMessage id={`${names.notApplicable}-error`} message={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <Checkbox
            id={names.notApplicable}
            label={ASSESSMENT_ELEMENT_FIELD_LABELS[names.notApplicable] ?? 'Not applicable'}
            checked={notApplicable}
            onChange={(checked) => {
              choose(checked);
              updateRecord('assessment', target.id, { [names.notApplicable]: checked ? true : null }).then(
                () => setError(undefined),
                () => {
                  clear();
                  setError('Your answer could not be saved on this device. Try again.');
                },
              );
            }}
          />
        </div>
      </fieldset>
    </div>
  );
}
