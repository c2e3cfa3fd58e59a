import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { applyWrites, StorageFullError } from '../../db';
import { todayIso } from '../../domain/dateInput';
import { BASELINE_POINT } from '../../domain/pciScoring';
import { pciMessages, type PciMessages } from '../../domain/pciText';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { HandoverExitForm } from '../handover/HandoverExitForm';
import { useHandoverStore } from '../handover/handoverStore';
import { childTurnNames, familySteps, type FamilyStep } from './familyScoringPlan';
import { SCORING_SCALE } from './pciLabels';
import { currentAnswer, pciScoreWrite } from './scoreWrites';
import { usePciCase, type PciCase } from './usePciCase';
import './pci.css';

/**
 * The hand-over screens where the family scores their worries: one need per screen, a large 1 to 5
 * choice with words, and each child on their own screens. Only the practitioner's password leaves.
 */
export function FamilyScoringPage() {
  const { caseId, point } = useParams();
  const lock = useHandoverStore((state) => state.lock);
  const pci = usePciCase(caseId);

  if (!lock || lock.caseId !== caseId)
    return (
      <>
        <h1 className="govuk-heading-l">This screen is for the family</h1>
        <p className="govuk-body">It opens when you hand the device to the family from the distance travelled page.</p>
        <Link className="govuk-link" to={`/cases/${caseId}/distance-travelled`}>
          Go to distance travelled
        </Link>
      </>
    );
  if (pci === undefined) return <p className="govuk-body">Loading…</p>;
  const known = point === BASELINE_POINT || pci?.reviews.some((review) => review.id === point);
  return (
    <div className="govuk-grid-row app-handover-page">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {pci === null || !point || !known ? (
          <h1 className="govuk-heading-l">There is nothing to score here</h1>
        ) : (
          <FamilyScoringFlow pci={pci} point={point} messages={pciMessages()} />
        )}
        <HandoverExitForm />
      </div>
    </div>
  );
}

const stepKey = (step: FamilyStep) =>
  step.kind === 'question' ? `${step.rater}:${step.need.id}` : step.kind === 'childTurn' ? step.turn.childId : '';

function FamilyScoringFlow({ pci, point, messages }: { pci: PciCase; point: string; messages: PciMessages }) {
  // The screens are fixed when the family starts, so a sync arriving mid-way cannot move them.
  const [steps] = useState(() =>
    familySteps({ needs: pci.needs, children: pci.children, scores: pci.scores, reviews: pci.reviews, point }),
  );
  const [index, setIndex] = useState(0);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const scale = SCORING_SCALE;
  const lowest = scale.points[0]?.plainLabel ?? '';
  const highest = scale.points.at(-1)?.plainLabel ?? '';
  const step = steps[index] ?? ({ kind: 'done' } as const);
  const previous = steps[index - 1];

  useEffect(() => {
    heading.current?.focus();
  }, [index]);

  function go(to: number) {
    setError(undefined);
    setIndex(to);
  }

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (step.kind !== 'question') return;
    const choice = answers[stepKey(step)];
    if (!choice) {
      setError(messages.errorChoose(scale.min, scale.max));
      return;
    }
    setBusy(true);
    try {
      // Going back and choosing the same number again adds nothing: scores are append-only.
      if (currentAnswer(pci.scores, step.need.id, step.rater, point).choice !== choice)
        await applyWrites([
          pciScoreWrite({
            caseId: pci.episode.id,
            needId: step.need.id,
            rater: step.rater,
            point,
            answer: { choice, reason: '' },
            scale,
            today: todayIso(),
          }),
        ]);
      go(index + 1);
    } catch (failure) {
      setError(failure instanceof StorageFullError ? failure.message : messages.errorNotSaved);
    } finally {
      setBusy(false);
    }
  }

  if (step.kind === 'intro') {
    const names = childTurnNames(steps);
    return (
      <>
        <h1 className="govuk-heading-xl app-focus-target" ref={heading} tabIndex={-1}>
          {messages.introHeading}
        </h1>
        <p className="govuk-body-l">{messages.introText}</p>
        <p className="govuk-body-l">{messages.introScale(scale.min, scale.max, lowest, highest)}</p>
        <p className="govuk-body-l">{messages.introNoWrongAnswers}</p>
        {names && <p className="govuk-body-l">{messages.introChildTurn(names)}</p>}
        <button type="button" className="govuk-button govuk-!-font-size-24" onClick={() => go(index + 1)}>
          {messages.startButton}
        </button>
      </>
    );
  }

  if (step.kind === 'childTurn')
    return (
      <>
        <h1 className="govuk-heading-xl app-focus-target" ref={heading} tabIndex={-1}>
          {messages.childTurnHeading(step.turn.firstName)}
        </h1>
        <p className="govuk-body-l">{messages.childTurnGiveTablet(step.turn.firstName)}</p>
        <p className="govuk-body-l">{messages.childTurnText}</p>
        <button type="button" className="govuk-button govuk-!-font-size-24" onClick={() => go(index + 1)}>
          {messages.childStartButton}
        </button>
      </>
    );

  if (step.kind === 'done')
    return (
      <>
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title app-focus-target" ref={heading} tabIndex={-1}>
            {messages.doneHeading}
          </h1>
        </div>
        <p className="govuk-body-l">{messages.doneText}</p>
        <p className="govuk-body-l">{messages.giveBack}</p>
      </>
    );

  const key = stepKey(step);
  const id = 'pci-score';
  const caption =
    step.rater === 'child' && step.turn
      ? messages.childQuestionCaption(step.turn.firstName, step.number, step.total)
      : messages.questionCaption(step.number, step.total);
  // Once a child has the tablet, going back never shows the parent's answers (or another child's).
  const canGoBack = previous !== undefined && previous.kind !== 'childTurn' && step.number > 1;
  const showChild = step.rater === 'parent' && pci.children.length > 1;
  return (
    <form key={index} onSubmit={save} noValidate>
      {canGoBack && (
        <a
          href="#"
          className="govuk-back-link"
          onClick={(event) => {
            event.preventDefault();
            go(index - 1);
          }}
        >
          {messages.backButton}
        </a>
      )}
      <ErrorSummary errors={error ? [{ href: id, message: error }] : []} />
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <fieldset
          className="govuk-fieldset"
          aria-describedby={[`${id}-need`, `${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
        >
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--xl">
            <span className="govuk-caption-l">{caption}</span>
            <h1 className="govuk-fieldset__heading app-focus-target" ref={heading} tabIndex={-1}>
              {messages.questionHeading}
            </h1>
          </legend>
          <div id={`${id}-need`} className="app-pci-need">
            <p className="govuk-body-l govuk-!-font-weight-bold govuk-!-margin-bottom-2">{step.need.description}</p>
            {showChild && (
              <p className="govuk-body govuk-!-margin-bottom-0">{messages.aboutChild(step.need.childName)}</p>
            )}
          </div>
          <div id={`${id}-hint`} className="govuk-hint">
            {messages.scaleHint(scale.min, scale.max, lowest, highest)}
          </div>
          {error && (
            <p id={`${id}-error`} className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <div className="govuk-radios app-pci-scale" data-module="govuk-radios">
            {scale.points.map((scalePoint, position) => {
              const optionId = position === 0 ? id : `${id}-${position + 1}`;
              return (
                <div className="govuk-radios__item" key={scalePoint.value}>
                  <input
                    className="govuk-radios__input"
                    id={optionId}
                    name={`${id}-${key}`}
                    type="radio"
                    value={String(scalePoint.value)}
                    checked={answers[key] === String(scalePoint.value)}
                    onChange={() => setAnswers((current) => ({ ...current, [key]: String(scalePoint.value) }))}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                    <span className="app-pci-scale__number">{scalePoint.value}</span>{' '}
                    <span className="app-pci-scale__words">{scalePoint.plainLabel}</span>
                  </label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-!-font-size-24" disabled={busy}>
          {messages.saveButton}
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => go(index + 1)}>
          {messages.skipButton}
        </button>
      </div>
    </form>
  );
}
