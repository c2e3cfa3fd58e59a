import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { applyWrites, StorageFullError, ValidationError } from '../../db';
import { todayIso } from '../../domain/dateInput';
import { BASELINE_POINT, needsAtPoint, pointLabel, type PciRater } from '../../domain/pciScoring';
import { CaseNotFound } from '../../ui/CaseNotFound';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { TextInput } from '../../ui/TextInput';
import { Select } from '../plan/Select';
import { RATER_LABEL, SCORING_SCALE } from './pciLabels';
import {
  answerFieldId,
  buildScoreSheet,
  currentAnswer,
  NOT_SCORING,
  reasonFieldId,
  type RaterAnswer,
} from './scoreWrites';
import { usePciCase, type PciCase, type PciNeed } from './usePciCase';
import './pci.css';

const RATERS: readonly PciRater[] = ['parent', 'child', 'practitioner'];

/** The practitioner's score sheet for the baseline or one review: every need, each rater side by side. */
export function RecordScoresPage() {
  const { caseId, point } = useParams();
  const pci = usePciCase(caseId);
  if (pci === undefined) return <p className="govuk-body">Loading…</p>;
  if (pci === null) return <CaseNotFound />;
  if (!point || (point !== BASELINE_POINT && !pci.reviews.some((review) => review.id === point)))
    return <h1 className="govuk-heading-l">Not found</h1>;
  return <ScoreSheet key={point} pci={pci} point={point} />;
}

type Answers = Record<string, Partial<Record<PciRater, RaterAnswer>>>;

function ScoreSheet({ pci, point }: { pci: PciCase; point: string }) {
  const navigate = useNavigate();
  const needs = needsAtPoint(pci.needs, point, pci.reviews);
  const [answers, setAnswers] = useState<Answers>(() =>
    Object.fromEntries(
      needs.map((need) => [
        need.id,
        Object.fromEntries(RATERS.map((rater) => [rater, currentAnswer(pci.scores, need.id, rater, point)])),
      ]),
    ),
  );
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const base = `/cases/${pci.episode.id}/distance-travelled`;
  const label = pointLabel(point, pci.reviews);
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const answerOf = (needId: string, rater: PciRater) => answers[needId]?.[rater] ?? { choice: '', reason: '' };
  const setAnswer = (needId: string, rater: PciRater, change: Partial<RaterAnswer>) =>
    setAnswers((current) => ({
      ...current,
      [needId]: { ...current[needId], [rater]: { ...answerOf(needId, rater), ...change } },
    }));

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const sheet = buildScoreSheet(answers, {
      caseId: pci.episode.id,
      point,
      needs,
      scores: pci.scores,
      scale: SCORING_SCALE,
      today: todayIso(),
    });
    if (!sheet.ok) {
      setErrors(sheet.errors);
      return;
    }
    setSaving(true);
    try {
      if (sheet.operations.length > 0) await applyWrites(sheet.operations);
      navigate(base);
    } catch (error) {
      const first = needs[0] ? answerFieldId(needs[0].id, 'parent') : 'main-content';
      setErrors(
        error instanceof ValidationError
          ? error.issues.map((issue) => ({ href: first, message: issue.message }))
          : [
              {
                href: first,
                message:
                  error instanceof StorageFullError ? error.message : 'The scores could not be saved. Try again.',
              },
            ],
      );
      setSaving(false);
    }
  }

  const options = [
    ...SCORING_SCALE.points.map((scalePoint) => ({
      value: String(scalePoint.value),
      label: `${scalePoint.value}: ${scalePoint.label}`,
    })),
    { value: NOT_SCORING, label: 'Not scoring' },
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link className="govuk-back-link" to={base}>
          Back to distance travelled
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Distance travelled</span>
        <h1 className="govuk-heading-l">Record scores: {label}</h1>
        <p className="govuk-body">
          For each need, how concerned each person is: 1 is no concern, 5 is the most concern. The child scores where it
          suits their age; if not, say why. Your own score is optional.
        </p>
        <p className="govuk-body">
          Scores are never deleted. To correct one, choose the right score: both are kept and the one recorded last
          counts.
        </p>
        {needs.length === 0 ? (
          <p className="govuk-body">
            There are no needs to score at this point.{' '}
            <Link className="govuk-link" to={`/cases/${pci.episode.id}/plan`}>
              Go to the plan
            </Link>
          </p>
        ) : (
          <form className="app-pci-sheet" onSubmit={submit} noValidate>
            {needs.map((need) => (
              <NeedScores
                key={need.id}
                need={need}
                showChild={pci.children.length > 1}
                options={options}
                answerOf={answerOf}
                setAnswer={setAnswer}
                errorFor={errorFor}
              />
            ))}
            <button type="submit" className="govuk-button" disabled={saving}>
              Save scores
            </button>
          </form>
        )}
      </div>
    </div>
  );
}

function NeedScores({
  need,
  showChild,
  options,
  answerOf,
  setAnswer,
  errorFor,
}: {
  need: PciNeed;
  showChild: boolean;
  options: { value: string; label: string }[];
  answerOf: (needId: string, rater: PciRater) => RaterAnswer;
  setAnswer: (needId: string, rater: PciRater, change: Partial<RaterAnswer>) => void;
  errorFor: (id: string) => string | undefined;
}) {
  const hintId = `need-${need.id}-hint`;
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" aria-describedby={showChild ? hintId : undefined}>
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">{need.description}</legend>
      {showChild && (
        <div id={hintId} className="govuk-hint">
          About {need.childName}
        </div>
      )}
      <div className="govuk-grid-row">
        {RATERS.map((rater) => {
          const answer = answerOf(need.id, rater);
          return (
            <div className="govuk-grid-column-one-third" key={rater}>
              <Select
                id={answerFieldId(need.id, rater)}
                label={rater === 'practitioner' ? 'Practitioner (optional)' : RATER_LABEL[rater]}
                placeholder="Not scored yet"
                options={options}
                value={answer.choice}
                onChange={(choice) => setAnswer(need.id, rater, { choice })}
              />
              {answer.choice === NOT_SCORING && (
                <TextInput
                  id={reasonFieldId(need.id, rater)}
                  label="Why not?"
                  hint={rater === 'child' ? 'For example: too young to score' : undefined}
                  value={answer.reason}
                  onChange={(reason) => setAnswer(need.id, rater, { reason })}
                  error={errorFor(reasonFieldId(need.id, rater))}
                />
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
