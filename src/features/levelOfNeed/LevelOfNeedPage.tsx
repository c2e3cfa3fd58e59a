import { CaseNotFound } from '../../ui/CaseNotFound';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import { applyWrites, StorageFullError, useCaseRecords, useRecord, useSession, ValidationError } from '../../db';
import { LEVEL_OF_NEED_MODELS } from '../../domain/config/levelsOfNeed';
import { datePartsFromIso, formatDate, todayIso } from '../../domain/dateInput';
import {
  currentLevelEntry,
  episodeLevelModel,
  levelHistory,
  type LevelChange,
  type RecordedLevelEntry,
} from '../../domain/levelOfNeedRules';
import type { Episode } from '../../domain/records/episode';
import { Checkbox } from '../../ui/Checkbox';
import { DateInput } from '../../ui/DateInput';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { SummaryList } from '../../ui/SummaryList';
import { Tag } from '../../ui/Tag';
import { Textarea } from '../../ui/Textarea';
import { childDisplayName } from '../caseload/childName';
import { useDirectory } from '../team/directoryNames';
import {
  ALL_CHILDREN,
  buildLevelDecision,
  levelDecisionWrites,
  type LevelDecision,
  type LevelForm,
} from './levelOfNeedForm';
import { SafeguardingInterrupt } from './SafeguardingInterrupt';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

const CHANGE_TEXT: Record<LevelChange, string> = {
  first: 'First recorded',
  stepUp: 'Step up',
  stepDown: 'Step down',
  same: 'Confirmed, no change',
};

export function LevelOfNeedPage() {
  const { caseId } = useParams();
  const episode = useRecord('episode', caseId);
  const entries = useCaseRecords(caseId, 'levelOfNeed');
  const children = useCaseRecords(caseId, 'child');
  const directory = useDirectory();

  const recorded = useMemo(
    () =>
      (entries ?? []).map((record): RecordedLevelEntry => ({
        id: record.id,
        createdAt: record.createdAt,
        data: record.data as RecordedLevelEntry['data'],
      })),
    [entries],
  );

  if (episode === undefined || entries === undefined || children === undefined || directory === undefined)
    return <p className="govuk-body">Loading level of need…</p>;
  if (episode === null) return <CaseNotFound />;

  const data = episode.data as Episode;
  const model = episodeLevelModel(data.levelModelId);
  const current = currentLevelEntry(recorded);
  const currentLevel = current && model.levels.find((level) => level.id === current.data.levelId);
  const childName = new Map(children.map((child) => [child.id, childDisplayName(child)]));
  const history = levelHistory(recorded).reverse();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${episode.id}`}>
          Back to the case
        </Link>
        <span className="govuk-caption-l">CAF episode</span>
        <h1 className="govuk-heading-l">Level of need</h1>
        <SummaryList
          rows={[
            { key: 'Model', value: `${model.authority}: ${model.name}` },
            {
              key: 'Current level',
              value: currentLevel ? `${currentLevel.label}: ${currentLevel.description}` : 'Not recorded yet',
            },
            ...(current ? [{ key: 'Decided on', value: formatDate(current.data.date) }] : []),
          ]}
        />
        <LevelDecisionForm
          key={episode.id}
          episodeId={episode.id}
          episodeModelId={data.levelModelId}
          modelLocked={recorded.length > 0}
          childOptions={children.map((child) => ({ value: child.id, label: childName.get(child.id) ?? 'Child' }))}
        />
      </div>
      <div className="govuk-grid-column-full">
        <TableScroll label="Level of need history">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Level of need history</caption>
            <TableHead headings={['Date', 'Level', 'Change', 'About', 'Reason', 'Decided by']} />
            <tbody className="govuk-table__body">
              {history.length === 0 && (
                <tr className="govuk-table__row">
                  <td className="govuk-table__cell" colSpan={6}>
                    No level of need recorded yet.
                  </td>
                </tr>
              )}
              {history.map((row) => (
                <tr className="govuk-table__row" key={row.entry.id}>
                  <td className="govuk-table__cell">{formatDate(row.entry.data.date)}</td>
                  <td className="govuk-table__cell">
                    {row.level?.label ?? row.entry.data.levelId}
                    {row.entry.data.stepUpRequested && (
                      <>
                        {' '}
                        <Tag colour="red">Front door contacted</Tag>
                      </>
                    )}
                  </td>
                  <td className="govuk-table__cell">{CHANGE_TEXT[row.change]}</td>
                  <td className="govuk-table__cell">
                    {row.entry.data.childId ? (childName.get(row.entry.data.childId) ?? 'A child') : 'Every child'}
                  </td>
                  <td className="govuk-table__cell">{row.entry.data.reason}</td>
                  <td className="govuk-table__cell">{directory.practitionerLabel(row.entry.data.decidedBy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </div>
  );
}

function LevelDecisionForm({
  episodeId,
  episodeModelId,
  modelLocked,
  childOptions,
}: {
  episodeId: string;
  episodeModelId: string | undefined;
  modelLocked: boolean;
  childOptions: { value: string; label: string }[];
}) {
  const session = useSession();
  const emptyForm = (): LevelForm => ({
    modelId: episodeLevelModel(episodeModelId).id,
    childScope: ALL_CHILDREN,
    levelId: '',
    riskOfSignificantHarm: false,
    date: datePartsFromIso(todayIso()),
    reason: '',
  });
  const [form, setForm] = useState<LevelForm>(emptyForm);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [pending, setPending] = useState<LevelDecision | null>(null);
  const [saved, setSaved] = useState(false);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const model = episodeLevelModel(form.modelId);
  const set =
    <K extends keyof LevelForm>(key: K) =>
    (value: LevelForm[K]) =>
      setForm((current) => ({ ...current, [key]: value }));

  async function save(decision: LevelDecision, acknowledgement?: { at: string; stepUpDetails: string }) {
    await applyWrites(
      levelDecisionWrites(
        decision,
        episodeId,
        acknowledgement && { ...acknowledgement, riskOfSignificantHarm: form.riskOfSignificantHarm },
      ),
    );
    setForm(emptyForm());
    setErrors([]);
    setSaved(true);
  }

  function reportFailure(error: unknown) {
    if (error instanceof ValidationError)
      setErrors(error.issues.map((issue) => ({ href: issue.field || 'levelId', message: issue.message })));
    else if (error instanceof StorageFullError) setErrors([{ href: 'levelId', message: error.message }]);
    else setErrors([{ href: 'levelId', message: 'The level of need could not be saved on this device. Try again.' }]);
  }

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!session) return;
    setSaved(false);
    const result = buildLevelDecision(form, {
      episodeId,
      episodeModelId,
      decidedBy: session.practitioner.id,
      today: todayIso(),
    });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    if (result.decision.interrupt) {
      setErrors([]);
      setPending(result.decision);
      return;
    }
    try {
      await save(result.decision);
    } catch (error) {
      reportFailure(error);
    }
  }

  return (
    <>
      {pending?.interrupt && (
        <SafeguardingInterrupt
          trigger={pending.interrupt}
          onAcknowledge={async (stepUpDetails) => {
            await save(pending, { at: new Date().toISOString(), stepUpDetails });
            setPending(null);
          }}
        />
      )}
      <ErrorSummary errors={errors} />
      {saved && <NotificationBanner success title="Success" heading="Level of need saved on this device" />}
      <form onSubmit={submit} noValidate>
        <h2 className="govuk-heading-m">Record a level of need</h2>
        <p className="govuk-body">
          Each decision is kept with its date, reason and who made it. Record a new one when the level steps up or down.
        </p>
        {!modelLocked && (
          <RadioGroup
            id="modelId"
            legend="Levels of need model"
            hint="Your authority’s thresholds. It cannot be changed once a level is recorded."
            small
            options={LEVEL_OF_NEED_MODELS.map((candidate) => ({
              value: candidate.id,
              label: `${candidate.authority}: ${candidate.name}`,
            }))}
            value={form.modelId}
            onChange={(value) => setForm((current) => ({ ...current, modelId: value, levelId: '' }))}
            error={errorFor('modelId')}
          />
        )}
        {childOptions.length > 1 && (
          <RadioGroup
            id="childScope"
            legend="Who is this decision about?"
            small
            options={[{ value: ALL_CHILDREN, label: 'Every child on this case' }, ...childOptions]}
            value={form.childScope}
            onChange={set('childScope')}
          />
        )}
        <RadioGroup
          id="levelId"
          legend="Level of need"
          hint={`${model.authority}: ${model.name}`}
          options={model.levels.map((level) => ({ value: level.id, label: level.label, hint: level.description }))}
          value={form.levelId}
          onChange={set('levelId')}
          error={errorFor('levelId')}
        />
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Safeguarding</legend>
            <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
              <Checkbox
                id="riskOfSignificantHarm"
                label="The child may be at risk of significant harm"
                hint="Whatever level you choose, this tells you to contact the children’s social care front door now."
                checked={form.riskOfSignificantHarm}
                onChange={set('riskOfSignificantHarm')}
              />
            </div>
          </fieldset>
        </div>
        <DateInput
          id="date"
          legend="Date decided"
          hint="For example, 27 3 2026"
          value={form.date}
          onChange={set('date')}
          error={errorFor('date')}
        />
        <Textarea
          id="reason"
          label="Reason for this level of need"
          hint="What you and the family agreed, and why. For example, the needs are more than one agency can meet."
          value={form.reason}
          onChange={set('reason')}
          error={errorFor('reason')}
          rows={4}
        />
        <button type="submit" className="govuk-button">
          Save level of need
        </button>
      </form>
    </>
  );
}
