import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { applyWrites, useCaseRecords, useRecord, useSession, ValidationError, type StoredRecord } from '../../db';
import type { RecordKind } from '../../domain/records/registry';
import { canMergeByHand, describeConflictValue, unionOfIdLists } from '../../domain/conflictValues';
import { humaniseName, kindLabel } from '../../domain/fieldLabels';
import { DIRECTORY_CASE_ID } from '../../domain/records/directory';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioItem } from '../../ui/RadioItem';
import { childDisplayName } from '../caseload/childName';
import { resolutionWrites, type ConflictChoice } from './resolveConflict';
import { roleHistory } from '../team/teamChanges';

interface Candidate {
  value: unknown;
  author: string;
  deviceId: string;
  hlc: string;
  at: string;
}

/** One way to settle a conflict: a GOV.UK radio, with when and where a version was made and how it reads. */
function ChoiceRadio(props: {
  id: string;
  name: string;
  checked: boolean;
  onSelect: () => void;
  label: string;
  changed?: string;
  value?: string;
}) {
  const { changed, value, ...radio } = props;
  const hint =
    changed !== undefined || value !== undefined ? (
      <>
        {changed !== undefined && <span className="govuk-!-display-block">{changed}</span>}
        {value !== undefined && (
          <span className="govuk-inset-text govuk-!-margin-top-2 govuk-!-margin-bottom-0 govuk-!-display-block app-conflict-value">
            {value}
          </span>
        )}
      </>
    ) : undefined;
  return <RadioItem {...radio} hint={hint} />;
}

function ConflictForm({ conflict, names }: { conflict: StoredRecord; names: Map<string, string> }) {
  const nameOf = (id: string) => names.get(id);
  const session = useSession();
  const data = conflict.data as { recordKind: RecordKind; recordId: string; field: string; candidates: Candidate[] };
  const subject = useRecord(data.recordKind, data.recordId);
  // Only a conflict over the team needs the role history: the others ask for nothing.
  const assignments = useCaseRecords(data.recordKind === 'episode' ? conflict.caseId : undefined, 'roleAssignment');
  const showingNow = subject?.versions[data.field];
  const [choice, setChoice] = useState<string>('');
  const [merged, setMerged] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const idBase = `conflict-${conflict.id}`;

  async function resolve(event: React.FormEvent) {
    event.preventDefault();
    if (!choice)
      return setErrors([{ href: `${idBase}-0`, message: 'Select which version to keep, or write a merged one' }]);
    if (choice === 'merge' && !merged.trim())
      return setErrors([{ href: `${idBase}-merged`, message: 'Enter the merged text' }]);
    if (!session) return setErrors([{ href: `${idBase}-0`, message: 'Sign in again to resolve this conflict' }]);
    if (!assignments) return setErrors([{ href: `${idBase}-0`, message: 'The case is still loading. Try again.' }]);
    const picked: ConflictChoice =
      choice === 'merge'
        ? { kind: 'merge', text: merged }
        : choice === 'union'
          ? { kind: 'union' }
          : { kind: 'keep', candidateIndex: Number(choice) };
    try {
      await applyWrites(
        resolutionWrites(conflict, picked, session.practitioner.id, new Date(), roleHistory(assignments)),
      );
      setErrors([]);
    } catch (error) {
      setErrors([
        {
          href: `${idBase}-0`,
          message: error instanceof ValidationError ? error.message : 'The resolution could not be saved. Try again.',
        },
      ]);
    }
  }

  const legend = `${kindLabel(data.recordKind)}: ${humaniseName(data.field)}`;
  const values = data.candidates.map((candidate) => candidate.value);
  // Words can be merged by hand; a list of people or children can keep everyone in either; anything else is kept whole.
  const canMerge = canMergeByHand(data.field, values);
  const union = unionOfIdLists(values);
  return (
    <form onSubmit={resolve} noValidate className="govuk-!-margin-bottom-8">
      <ErrorSummary errors={errors} />
      <div className={`govuk-form-group${errors.length ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">{legend}</h2>
          </legend>
          <p className="govuk-body">
            Two people changed this at the same time. Both versions are kept until you choose.
          </p>
          <div className="govuk-radios" data-module="govuk-radios">
            {data.candidates.map((candidate, index) => (
              <ChoiceRadio
                key={`${candidate.deviceId}-${candidate.at}-${index}`}
                id={`${idBase}-${index}`}
                name={idBase}
                checked={choice === String(index)}
                onSelect={() => setChoice(String(index))}
                label={`Keep the version by ${names.get(candidate.author) ?? 'another practitioner'}${candidate.hlc === showingNow ? ' (showing now)' : ''}`}
                changed={`Changed ${new Date(candidate.at).toLocaleString('en-GB')} on device ${candidate.deviceId.slice(0, 8)}`}
                value={describeConflictValue(candidate.value, nameOf)}
              />
            ))}
            {union && (
              <ChoiceRadio
                id={`${idBase}-union`}
                name={idBase}
                checked={choice === 'union'}
                onSelect={() => setChoice('union')}
                label="Keep everyone in either version"
                value={describeConflictValue(union, nameOf)}
              />
            )}
            {canMerge && (
              <ChoiceRadio
                id={`${idBase}-merge`}
                name={idBase}
                checked={choice === 'merge'}
                onSelect={() => {
                  setChoice('merge');
                  if (!merged) setMerged(values.map((value) => describeConflictValue(value, nameOf)).join('\n\n'));
                }}
                label="Write a merged version"
              />
            )}
          </div>
        </fieldset>
      </div>
      {choice === 'merge' && (
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor={`${idBase}-merged`}>
            Merged text
          </label>
          <textarea
            className="govuk-textarea"
            id={`${idBase}-merged`}
            rows={8}
            value={merged}
            onChange={(e) => setMerged(e.target.value)}
          />
        </div>
      )}
      <button type="submit" className="govuk-button">
        Resolve this conflict
      </button>
    </form>
  );
}

/** Per case: every kept conflict, both values with who and when; keep one or write a merged value. */
export function ConflictsPage() {
  const { caseId } = useParams();
  const conflicts = useCaseRecords(caseId, 'conflict');
  const practitioners = useCaseRecords(DIRECTORY_CASE_ID, 'practitioner');
  const agencies = useCaseRecords(DIRECTORY_CASE_ID, 'agency');
  const children = useCaseRecords(caseId, 'child');
  // Everyone and everything a conflicting value may name by id.
  const names = new Map([
    ...(practitioners ?? []).map((p) => [p.id, String(p.data.name)] as const),
    ...(agencies ?? []).map((a) => [a.id, String(a.data.name)] as const),
    ...(children ?? []).map((child) => [child.id, childDisplayName(child)] as const),
  ]);
  const open = (conflicts ?? []).filter((conflict) => conflict.data.status === 'open');
  return (
    <>
      <Link to={`/cases/${caseId}`} className="govuk-back-link">
        Back to the case
      </Link>
      <h1 className="govuk-heading-l">Conflicting changes</h1>
      {conflicts === undefined ? (
        <p className="govuk-body">Loading…</p>
      ) : open.length === 0 ? (
        <p className="govuk-body">There are no conflicting changes on this case.</p>
      ) : (
        open.map((conflict) => <ConflictForm key={conflict.id} conflict={conflict} names={names} />)
      )}
    </>
  );
}
