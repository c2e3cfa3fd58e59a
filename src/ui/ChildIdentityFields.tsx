import type { ChildIdentityAnswers } from '../domain/childIdentityForm';
import { Checkbox } from './Checkbox';
import { DateInput } from './DateInput';
import { TextInput } from './TextInput';

interface ChildIdentityFieldsProps<T extends ChildIdentityAnswers> {
  answers: T;
  set: <K extends keyof T>(key: K) => (value: T[K]) => void;
  errorFor: (id: string) => string | undefined;
}

/** Name, unborn baby and date of birth or expected date of delivery: the same boxes wherever a child is added. */
export function ChildIdentityFields<T extends ChildIdentityAnswers>({
  answers,
  set: setAny,
  errorFor,
}: ChildIdentityFieldsProps<T>) {
  // The form may hold more answers than these four; only these four are set here.
  const set = <K extends keyof ChildIdentityAnswers>(key: K) => setAny(key) as (value: ChildIdentityAnswers[K]) => void;
  return (
    <>
      <TextInput
        id="firstName"
        label="First name"
        value={answers.firstName}
        onChange={set('firstName')}
        error={errorFor('firstName')}
        autoComplete="off"
        spellCheck={false}
      />
      <TextInput
        id="lastName"
        label="Last name"
        value={answers.lastName}
        onChange={set('lastName')}
        error={errorFor('lastName')}
        autoComplete="off"
        spellCheck={false}
      />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          <Checkbox
            id="unborn"
            label="This is an unborn baby"
            hint="Record the expected date of delivery instead of a date of birth. A first name is not needed."
            checked={answers.unborn}
            onChange={set('unborn')}
          />
        </div>
      </div>
      {answers.unborn ? (
        <DateInput
          id="expectedDateOfDelivery"
          legend="Expected date of delivery"
          hint="For example, 14 2 2027"
          value={answers.expectedDateOfDelivery}
          onChange={set('expectedDateOfDelivery')}
          error={errorFor('expectedDateOfDelivery')}
        />
      ) : (
        <DateInput
          id="dateOfBirth"
          legend="Date of birth"
          hint="For example, 27 3 2019"
          value={answers.dateOfBirth}
          onChange={set('dateOfBirth')}
          error={errorFor('dateOfBirth')}
        />
      )}
    </>
  );
}
