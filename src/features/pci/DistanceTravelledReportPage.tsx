import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { SUPPORTING_FAMILIES_OUTCOMES } from '../../domain/config/supportingFamiliesOutcomes';
import {
  aggregateDistanceTravelled,
  averageChangeInWords,
  type AggregateRow,
  type CaseScores,
  type PciRater,
} from '../../domain/pciScoring';
import { RadioGroup } from '../../ui/RadioGroup';
import { SummaryList } from '../../ui/SummaryList';
import { categoryLabel } from '../plan/planLabels';
import { RATERS_LABEL } from './pciLabels';
import { loadCaseScores } from './loadDistanceTravelled';
import { TableScroll } from './TableScroll';

const percent = (share: number | undefined) => (share === undefined ? 'None re-scored' : `${Math.round(share * 100)}%`);

function outcomeLabel(id: string): string {
  return SUPPORTING_FAMILIES_OUTCOMES.find((outcome) => outcome.id === id)?.label ?? id;
}

function FiguresTable({
  caption,
  heading,
  rows,
  label,
  empty,
}: {
  caption: string;
  heading: string;
  rows: AggregateRow[];
  label: (key: string) => string;
  empty: string;
}) {
  return (
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {[heading, 'Needs re-scored', 'Average change', 'Improved'].map((column) => (
              <th scope="col" className="govuk-table__header" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.length === 0 && (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={4}>
                {empty}
              </td>
            </tr>
          )}
          {rows.map((row) => (
            <tr className="govuk-table__row" key={row.key}>
              <th scope="row" className="govuk-table__header">
                {label(row.key)}
              </th>
              <td className="govuk-table__cell">{row.needsCompared}</td>
              <td className="govuk-table__cell">{averageChangeInWords(row.averageImprovement)}</td>
              <td className="govuk-table__cell">
                {`${percent(row.shareImproved)} (${row.improved} of ${row.needsCompared})`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * Distance travelled across the practitioner's cases (every case on this device) with at least one
 * review held: the average change per area of need and per Supporting Families outcome, and the share
 * of needs improved, from first score to latest.
 */
export function DistanceTravelledReportPage() {
  const [cases, setCases] = useState<CaseScores[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [rater, setRater] = useState<PciRater>('parent');
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

  const title = <h1 className="govuk-heading-l">Distance travelled across your cases</h1>;
  if (failed)
    return (
      <>
        {title}
        <p className="govuk-body">The scores could not be read on this device. Reload the page to try again.</p>
      </>
    );
  if (!cases)
    return (
      <>
        {title}
        <p className="govuk-body">Adding up the scores…</p>
      </>
    );
  const figures = aggregateDistanceTravelled(cases, { rater });
  return (
    <>
      <Link className="govuk-back-link" to="/dashboard">
        Back to my caseload
      </Link>
      <span className="govuk-caption-l">Parent and Child Indicators</span>
      {title}
      <p className="govuk-body">
        How the family’s worries changed from the first score to the latest, for every case on this device with at least
        one review held. A positive change means less worried.
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
        caption="By area of need"
        heading="Area of need"
        rows={figures.byCategory}
        label={categoryLabel}
        empty="No need has been re-scored yet."
      />
      <FiguresTable
        caption="By Supporting Families outcome"
        heading="Outcome"
        rows={figures.byOutcome}
        label={outcomeLabel}
        empty="No need tagged with an outcome has been re-scored yet."
      />
    </>
  );
}
