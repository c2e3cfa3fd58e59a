import { useState } from 'react';
import { applyWrites, StorageFullError, type WriteOperation } from '../../db';
import { todayIso } from '../../domain/dateInput';
import { BASELINE_POINT, missingRaters, needsAtPoint, pointLabel } from '../../domain/pciScoring';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { TextInput } from '../../ui/TextInput';
import { HandToFamily } from '../handover/HandToFamily';
import { SCORING_SCALE } from './pciLabels';
import { currentAnswer, NOT_SCORING, pciScoreWrite } from './scoreWrites';
import type { PciCase } from './usePciCase';

interface ChildChoice {
  scores: '' | 'yes' | 'no';
  reason: string;
}

/** The first point with a parent or child still to score, else the latest: where a visit usually is. */
function suggestedPoint(pci: PciCase, points: readonly string[]): string {
  return (
    points.find((point) =>
      needsAtPoint(pci.needs, point, pci.reviews).some((need) => missingRaters(pci.scores, need.id, point).length > 0),
    ) ??
    points.at(-1) ??
    ''
  );
}

/**
 * Before the device goes to the family: which point they are scoring, and whether each child can
 * score on their own screen. A child who is not scoring gets the reason recorded now, so the family's
 * screens skip them and the practitioner's sheet shows why.
 */
export function FamilyScoringSetup({ pci, points, base }: { pci: PciCase; points: readonly string[]; base: string }) {
  const [point, setPoint] = useState(() => suggestedPoint(pci, points));
  const [choices, setChoices] = useState<Record<string, ChildChoice>>({});
  const [ready, setReady] = useState(false);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const needs = needsAtPoint(pci.needs, point, pci.reviews);
  const children = pci.children.filter((child) => !child.unborn && needs.some((need) => need.childId === child.id));
  const choiceOf = (childId: string): ChildChoice => choices[childId] ?? { scores: '', reason: '' };
  const setChoice = (childId: string, change: Partial<ChildChoice>) =>
    setChoices((current) => ({ ...current, [childId]: { ...choiceOf(childId), ...change } }));

  async function prepare(event: React.FormEvent) {
    event.preventDefault();
    const found: ErrorItem[] = [];
    if (!point) found.push({ href: 'family-point', message: 'Select which scores the family is giving' });
    for (const child of children) {
      const choice = choiceOf(child.id);
      if (!choice.scores)
        found.push({ href: `child-${child.id}`, message: `Select whether ${child.firstName} will score` });
      else if (choice.scores === 'no' && !choice.reason.trim())
        found.push({ href: `child-${child.id}-reason`, message: `Enter why ${child.firstName} is not scoring` });
    }
    setErrors(found);
    if (found.length > 0) return;
    const operations: WriteOperation[] = [];
    for (const child of children) {
      const choice = choiceOf(child.id);
      if (choice.scores !== 'no') continue;
      const answer = { choice: NOT_SCORING, reason: choice.reason.trim() };
      for (const need of needs.filter((candidate) => candidate.childId === child.id)) {
        const current = currentAnswer(pci.scores, need.id, 'child', point);
        if (current.choice === NOT_SCORING && current.reason === answer.reason) continue;
        operations.push(
          pciScoreWrite({
            caseId: pci.episode.id,
            needId: need.id,
            rater: 'child',
            point,
            answer,
            scale: SCORING_SCALE,
            today: todayIso(),
          }),
        );
      }
    }
    setBusy(true);
    try {
      if (operations.length > 0) await applyWrites(operations);
      setReady(true);
    } catch (error) {
      setErrors([
        {
          href: 'family-point',
          message:
            error instanceof StorageFullError ? error.message : 'This could not be saved on this device. Try again.',
        },
      ]);
    } finally {
      setBusy(false);
    }
  }

  const scoring = children.filter((child) => choiceOf(child.id).scores === 'yes').map((child) => child.firstName);
  return (
    <section aria-labelledby="family-scoring-heading">
      <h2 className="govuk-heading-m" id="family-scoring-heading">
        Score with the family on this device
      </h2>
      <p className="govuk-body">
        The family sees one need at a time in plain words and chooses a number from 1 to 5. Each child then scores on
        their own screen. Everything else on the device is locked until you type your password.
      </p>
      {ready ? (
        <>
          <p className="govuk-body">
            {`The family will score ${needs.length === 1 ? '1 need' : `${needs.length} needs`} for ${pointLabel(point, pci.reviews)}.`}
            {scoring.length > 0 ? ` Then ${scoring.join(' and ')} will score on their own screen.` : ''}
          </p>
          <HandToFamily caseId={pci.episode.id} homePath={`${base}/family/${point}`} returnPath={base} />
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setReady(false)}>
            Change these choices
          </button>
        </>
      ) : (
        <form onSubmit={prepare} noValidate>
          <ErrorSummary errors={errors} />
          <RadioGroup
            id="family-point"
            legend="Which scores is the family giving?"
            legendClass="govuk-fieldset__legend--s"
            options={points.map((candidate) => ({
              value: candidate,
              label: candidate === BASELINE_POINT ? 'Baseline, at the assessment' : pointLabel(candidate, pci.reviews),
            }))}
            value={point}
            onChange={setPoint}
            error={errorFor('family-point')}
            small
          />
          {children.map((child) => (
            <div key={child.id}>
              <RadioGroup
                id={`child-${child.id}`}
                legend={`Will ${child.firstName} score their own worries?`}
                legendClass="govuk-fieldset__legend--s"
                hint="Where it suits their age and understanding"
                options={[
                  { value: 'yes', label: 'Yes, on their own screen after the parent or carer' },
                  { value: 'no', label: 'No' },
                ]}
                value={choiceOf(child.id).scores}
                onChange={(value) => setChoice(child.id, { scores: value as ChildChoice['scores'] })}
                error={errorFor(`child-${child.id}`)}
                small
              />
              {choiceOf(child.id).scores === 'no' && (
                <TextInput
                  id={`child-${child.id}-reason`}
                  label={`Why is ${child.firstName} not scoring?`}
                  hint="For example: too young to score, or chose not to"
                  value={choiceOf(child.id).reason}
                  onChange={(reason) => setChoice(child.id, { reason })}
                  error={errorFor(`child-${child.id}-reason`)}
                />
              )}
            </div>
          ))}
          <button type="submit" className="govuk-button" disabled={busy || needs.length === 0}>
            Continue
          </button>
        </form>
      )}
    </section>
  );
}
