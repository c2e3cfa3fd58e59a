import { useCallback, useState } from 'react';
import { Link, useParams } from 'react-router';
import { updateRecord, useRecord, type StoredRecord } from '../../db';
import { todayIso } from '../../domain/dateInput';
import { AutosaveInput } from '../../ui/AutosaveInput';
import { AutosaveTextarea } from '../../ui/AutosaveTextarea';
import { Checkbox } from '../../ui/Checkbox';
import { childDisplayName } from '../caseload/childName';
import { AutosaveDateInput } from './AutosaveDateInput';
import { AutosaveRadios } from './AutosaveRadios';

const GENDER_OPTIONS = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'other', label: 'Describes themselves another way' },
  { value: 'notKnown', label: 'Not known' },
  { value: 'preferNotToSay', label: 'Prefers not to say' },
];

/** Every identifying detail of one child, each saved on the device as it is answered. */
export function ChildDetailsPage() {
  const { caseId, childId } = useParams();
  const child = useRecord('child', childId);
  if (child === undefined) return <p className="govuk-body">Loading…</p>;
  if (child === null || child.caseId !== caseId) return <h1 className="govuk-heading-l">Child not found</h1>;
  return <ChildDetailsForm key={child.id} child={child} />;
}

function ChildDetailsForm({ child }: { child: StoredRecord }) {
  const data = child.data;
  const text = (field: string) => (typeof data[field] === 'string' ? (data[field] as string) : '');
  const saveField = useCallback(
    (field: string) => (value: unknown) => updateRecord('child', child.id, { [field]: value }),
    [child.id],
  );
  // Whether the baby is unborn changes which date is required, so the choice is saved with the date.
  const [unborn, setUnborn] = useState(data['unborn'] === true);
  const today = todayIso();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${child.caseId}/children`}>
          Back to children and family
        </Link>
        <span className="govuk-caption-l">Child’s details</span>
        <h1 className="govuk-heading-l">{childDisplayName(child)}</h1>
        <p className="govuk-body">Each answer saves on this device as you go.</p>

        <h2 className="govuk-heading-m">Name</h2>
        <AutosaveInput id="firstName" label="First name" stored={text('firstName')} save={saveField('firstName')} />
        <AutosaveInput id="lastName" label="Last name" stored={text('lastName')} save={saveField('lastName')} />
        <AutosaveInput
          id="alternativeNames"
          label="Other names (optional)"
          hint="Names the child is or has been known by"
          stored={text('alternativeNames')}
          save={saveField('alternativeNames')}
        />

        <h2 className="govuk-heading-m">Date of birth</h2>
        <div className="govuk-form-group">
          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
            <Checkbox
              id="unborn"
              label="This is an unborn baby"
              hint="The change is saved when you enter the date below"
              checked={unborn}
              onChange={setUnborn}
            />
          </div>
        </div>
        {unborn ? (
          <AutosaveDateInput
            key="edd"
            id="expectedDateOfDelivery"
            legend="Expected date of delivery"
            hint="For example, 14 2 2027"
            stored={text('expectedDateOfDelivery') || undefined}
            save={(iso) => updateRecord('child', child.id, { unborn: true, expectedDateOfDelivery: iso })}
          />
        ) : (
          <AutosaveDateInput
            key="dob"
            id="dateOfBirth"
            legend="Date of birth"
            hint="For example, 27 3 2019"
            stored={text('dateOfBirth') || undefined}
            check={(iso) => (iso > today ? 'Date of birth must be today or in the past' : undefined)}
            save={(iso) => updateRecord('child', child.id, { unborn: false, dateOfBirth: iso })}
          />
        )}

        <h2 className="govuk-heading-m">About the child</h2>
        <AutosaveRadios
          id="gender"
          legend="Gender"
          options={GENDER_OPTIONS}
          stored={text('gender')}
          save={saveField('gender')}
        />
        <AutosaveInput
          id="ethnicity"
          label="Ethnicity"
          hint="As the family describes it"
          stored={text('ethnicity')}
          save={saveField('ethnicity')}
        />
        <AutosaveInput
          id="religion"
          label="Religion (optional)"
          stored={text('religion')}
          save={saveField('religion')}
        />
        <AutosaveTextarea
          id="disability"
          label="Disability (optional)"
          hint="Any disability or long-term condition, and how it affects the child"
          rows={3}
          stored={text('disability')}
          save={saveField('disability')}
        />

        <h2 className="govuk-heading-m">Language and communication</h2>
        <AutosaveInput
          id="firstLanguage"
          label="First language"
          stored={text('firstLanguage')}
          save={saveField('firstLanguage')}
        />
        <AutosaveRadios
          id="interpreterNeeded"
          legend="Does the child or family need an interpreter?"
          options={[
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ]}
          stored={data['interpreterNeeded'] === undefined ? '' : data['interpreterNeeded'] ? 'yes' : 'no'}
          save={(value) => updateRecord('child', child.id, { interpreterNeeded: value === 'yes' })}
        />
        <AutosaveTextarea
          id="communicationNeeds"
          label="Communication needs (optional)"
          hint="For example, signing, picture cards, or extra time to answer"
          rows={3}
          stored={text('communicationNeeds')}
          save={saveField('communicationNeeds')}
        />

        <h2 className="govuk-heading-m">Address and school</h2>
        <AutosaveTextarea id="address" label="Address" rows={3} stored={text('address')} save={saveField('address')} />
        <AutosaveInput
          id="postcode"
          label="Postcode"
          widthClass="govuk-input--width-10"
          stored={text('postcode')}
          save={saveField('postcode')}
        />
        <AutosaveInput
          id="upn"
          label="Unique pupil number (UPN) (optional)"
          hint="13 characters, like A123456789012. The school can tell you."
          widthClass="govuk-input--width-20"
          stored={text('upn')}
          save={(value) => updateRecord('child', child.id, { upn: value.trim().toUpperCase() })}
        />
        <Link className="govuk-button" to={`/cases/${child.caseId}/children`}>
          Continue
        </Link>
      </div>
    </div>
  );
}
