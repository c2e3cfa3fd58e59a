import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import {
  aggregateDistanceTravelled,
  averageChangeInWords,
  type CaseScores,
  type PciRater,
} from '../../domain/pciScoring';
import { RadioGroup } from '../../ui/RadioGroup';
import { SummaryList } from '../../ui/SummaryList';
import { categoryLabel } from '../plan/planLabels';
import { AuthorityFigures } from './AuthorityFigures';
import { figuresInWords, FiguresTable, outcomeLabel, percent } from './FiguresTable';
import { RATERS_LABEL } from './pciLabels';
import { loadCaseScores } from './loadDistanceTravelled';

/** The practitioner's own cases: every case on this device, added up here, offline too. */
function YourCasesFigures({ rater }: { rater: PciRater }) {
  const [cases, setCases] = useState<CaseScores[] | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    loadCaseScores().then(
      (loaded) => current && setCases(loaded),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, []);

  const heading = (
    <h2 className="govuk-heading-l" id="your-cases">
      Your cases
    </h2>
  );
  if (failed)
    return (
      <section aria-labelledby="your-cases">
        {heading}
        <p className="govuk-body">The scores could not be read on this device. Reload the page to try again.</p>
      </section>
    );
  if (!cases)
    return (
      <section aria-labelledby="your-cases">
        {heading}
        <p className="govuk-body">Adding up the scores…</p>
      </section>
    );
  const figures = aggregateDistanceTravelled(cases, { rater });
  return (
    <section aria-labelledby="your-cases">
      {heading}
      <p className="govuk-body">Every case on this device with at least one review held.</p>
      <SummaryList
        rows={[
          { key: 'Cases with a review held', value: String(figures.episodesCounted) },
          { key: 'Needs re-scored', value: String(figures.overall.needsCompared) },
          { key: 'Average change', value: averageChangeInWords(figures.overall.averageImprovement) },
          {
            key: 'Needs improved',
            value: `${percent(figures.overall.shareImproved)} (${figures.overall.improved} of ${figures.overall.needsCompared})`,
          },
          { key: 'Needs scored once so far', value: String(figures.notRescored) },
        ]}
      />
      {figures.otherScale > 0 && (
        <p className="govuk-body">
          {figures.otherScale === 1
            ? '1 need was scored on another scale and is not counted here.'
            : `${figures.otherScale} needs were scored on another scale and are not counted here.`}
        </p>
      )}
      <FiguresTable
        caption="Your cases, by area of need"
        heading="Area of need"
        lines={figures.byCategory.map((row) => ({ key: row.key, figures: figuresInWords(row) }))}
        label={categoryLabel}
        empty="No need has been re-scored yet."
      />
      <FiguresTable
        caption="Your cases, by Supporting Families outcome"
        heading="Outcome"
        lines={figures.byOutcome.map((row) => ({ key: row.key, figures: figuresInWords(row) }))}
        label={outcomeLabel}
        empty="No need tagged with an outcome has been re-scored yet."
      />
    </section>
  );
}

/**
 * Distance travelled with at least one review held: the average change per area of need and per
 * Supporting Families outcome, and the share of needs improved, from first score to latest; across
 * the authority (from the sync server, online) and across the practitioner's own cases (on the device).
 */
export function DistanceTravelledReportPage() {
  const [rater, setRater] = useState<PciRater>('parent');
  return (
    <>
      <Link className="govuk-back-link" to="/dashboard">
        Back to my caseload
      </Link>
      <span className="govuk-caption-l">Parent and Child Indicators</span>
      <h1 className="govuk-heading-xl">Distance travelled: the authority and your cases</h1>
      <p className="govuk-body">
        How the family’s worries changed from the first score to the latest, for cases with at least one review held. A
        positive change means less worried.
      </p>
      <RadioGroup
        id="rater"
        legend="Whose scores"
        legendClass="govuk-fieldset__legend--s"
        options={(['parent', 'child', 'practitioner'] as const).map((value) => ({
          value,
          label: RATERS_LABEL[value],
        }))}
        value={rater}
        onChange={(value) => setRater(value as PciRater)}
        small
      />
      <AuthorityFigures rater={rater} />
      <YourCasesFigures rater={rater} />
    </>
  );
}
