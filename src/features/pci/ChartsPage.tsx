import { Component, lazy, Suspense, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import {
  changeInWords,
  EXPECTED_RATERS,
  firstVersusLatest,
  needSeries,
  type FirstVersusLatest,
  type PciRater,
  type SeriesPoint,
} from '../../domain/pciScoring';
import { CaseNotFound } from '../../ui/CaseNotFound';
import { RATER_LABEL, RATERS_LABEL, scaleOf, SCORING_SCALE, scoreText } from './pciLabels';
import { TableScroll } from '../../ui/TableScroll';
import { usePciCase, type PciCase, type PciNeed } from './usePciCase';
import './pci.css';
import { TableHead } from '../../ui/TableHead';

// uPlot is fetched only when this page draws a chart: never part of the first screen's JavaScript.
// One import shared by every chart on the page; forgotten if it fails, so a later visit tries again.
let chartsModule: Promise<typeof import('./PciCharts')> | undefined;
function loadCharts() {
  chartsModule ??= import('./PciCharts').catch((error: unknown) => {
    chartsModule = undefined;
    throw error;
  });
  return chartsModule;
}
const NeedChart = lazy(() => loadCharts().then((module) => ({ default: module.NeedChart })));
const SummaryChart = lazy(() => loadCharts().then((module) => ({ default: module.SummaryChart })));

/** A chart that cannot be drawn (no canvas, a failed download offline) leaves its table to say it all. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    if (this.state.failed)
      return <p className="govuk-body">The chart could not be drawn on this device. The table has the same scores.</p>;
    return this.props.children;
  }
}

function ChartSlot({ children }: { children: ReactNode }) {
  return (
    <ChartBoundary>
      <Suspense fallback={<p className="govuk-body">Drawing the chart…</p>}>{children}</Suspense>
    </ChartBoundary>
  );
}

const ratersShown = (series: readonly SeriesPoint[]): PciRater[] => [
  ...EXPECTED_RATERS,
  ...(series.some((point) => point.byRater.practitioner) ? (['practitioner'] as const) : []),
];

/** "Parents and carers: 2 of 3 needs re-scored are better, 1 the same." */
function summarySentence(rows: readonly FirstVersusLatest[], rater: PciRater): string {
  const changes = rows.filter((row) => row.rater === rater && row.change).map((row) => row.change);
  if (changes.length === 0) return `${RATERS_LABEL[rater]}: no need re-scored yet.`;
  const count = (meaning: string) => changes.filter((change) => change?.meaning === meaning).length;
  const parts = [
    `${count('improved')} of ${changes.length} ${changes.length === 1 ? 'need' : 'needs'} re-scored ${count('improved') === 1 ? 'is' : 'are'} better`,
    count('same') > 0 && `${count('same')} the same`,
    count('worse') > 0 && `${count('worse')} worse`,
  ].filter(Boolean);
  return `${RATERS_LABEL[rater]}: ${parts.join(', ')}.`;
}

/** Charts of distance travelled: first against latest across the needs, then each need over time. */
export function ChartsPage() {
  const { caseId } = useParams();
  const pci = usePciCase(caseId);
  if (pci === undefined) return <p className="govuk-body">Loading…</p>;
  if (pci === null) return <CaseNotFound />;
  const base = `/cases/${pci.episode.id}/distance-travelled`;
  const rows = firstVersusLatest(pci.needs, pci.scores, pci.reviews);
  const needNumber = new Map(pci.needs.map((need, index) => [need.id, index + 1]));
  const showChild = pci.children.length > 1;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link className="govuk-back-link" to={base}>
          Back to distance travelled
        </Link>
        <span className="govuk-caption-l">Distance travelled</span>
        <h1 className="govuk-heading-l">Distance travelled charts</h1>
        {pci.needs.length === 0 ? (
          <p className="govuk-body">There are no needs in the plan yet, so nothing has been scored.</p>
        ) : (
          <>
            <h2 className="govuk-heading-m">First score against the latest</h2>
            <ul className="govuk-list">
              {EXPECTED_RATERS.map((rater) => (
                <li key={rater}>{summarySentence(rows, rater)}</li>
              ))}
            </ul>
            <ChartSlot>
              <SummaryChart
                labels={pci.needs.map((need) => `Need ${needNumber.get(need.id)}`)}
                series={(['parent', 'child'] as const).map((rater) => ({
                  rater,
                  label: `${RATER_LABEL[rater]}: points less worried`,
                  values: pci.needs.map(
                    (need) =>
                      rows.find((row) => row.needId === need.id && row.rater === rater)?.change?.improvement ?? null,
                  ),
                }))}
                description="Bar chart of how much less worried the parent or carer and the child are about each need since the first score. The table below gives every figure."
              />
            </ChartSlot>
            <SummaryTable pci={pci} rows={rows} needNumber={needNumber} />
            <h2 className="govuk-heading-m">Each need over time</h2>
            {pci.needs.map((need) => (
              <NeedOverTime
                key={need.id}
                pci={pci}
                need={need}
                number={needNumber.get(need.id) ?? 0}
                showChild={showChild}
              />
            ))}
          </>
        )}
      </div>
    </div>
  );
}

function SummaryTable({
  pci,
  rows,
  needNumber,
}: {
  pci: PciCase;
  rows: FirstVersusLatest[];
  needNumber: Map<string, number>;
}) {
  return (
    <TableScroll label="First score against the latest, for every need">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">
          First score against the latest, for every need
        </caption>
        <TableHead headings={['Need', 'Whose score', 'First', 'Latest', 'Change']} />
        <tbody className="govuk-table__body">
          {rows.map((row) => {
            const need = pci.needs.find((candidate) => candidate.id === row.needId);
            return (
              <tr className="govuk-table__row" key={`${row.needId}-${row.rater}`}>
                <td className="govuk-table__cell">
                  Need {needNumber.get(row.needId)}: {need?.description}
                </td>
                <td className="govuk-table__cell">{RATER_LABEL[row.rater]}</td>
                <td className="govuk-table__cell">
                  {row.first ? scoreText(row.first.data, scaleOf(row.first.data.scaleId)) : 'Not scored'}
                </td>
                <td className="govuk-table__cell">
                  {row.latest ? scoreText(row.latest.data, scaleOf(row.latest.data.scaleId)) : 'Not scored'}
                </td>
                <td className="govuk-table__cell">{row.first ? changeInWords(row.change) : 'Not scored yet'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

function NeedOverTime({
  pci,
  need,
  number,
  showChild,
}: {
  pci: PciCase;
  need: PciNeed;
  number: number;
  showChild: boolean;
}) {
  const series = needSeries(need, pci.scores, pci.reviews);
  const raters = ratersShown(series);
  const scale = SCORING_SCALE;
  const title = `Need ${number}: ${need.description}`;
  return (
    <section aria-label={title} className="govuk-!-margin-bottom-8">
      <h3 className="govuk-heading-s">
        {title}
        {showChild && <span className="govuk-caption-m">About {need.childName}</span>}
      </h3>
      {series.some((point) => raters.some((rater) => typeof point.byRater[rater]?.value === 'number')) && (
        <ChartSlot>
          <NeedChart
            labels={series.map((point) => point.shortLabel)}
            series={raters.map((rater) => ({
              rater,
              label: RATER_LABEL[rater],
              values: series.map((point) => point.byRater[rater]?.value ?? null),
            }))}
            min={scale.min}
            max={scale.max}
            description={`Line chart of the scores for need ${number} at the baseline and each review. The table below gives every score.`}
          />
        </ChartSlot>
      )}
      <TableScroll label={`Scores over time: ${need.description}`}>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Scores over time: {need.description}
          </caption>
          <TableHead headings={['When', ...raters.map((rater) => RATER_LABEL[rater])]} />
          <tbody className="govuk-table__body">
            {series.map((point) => (
              <tr className="govuk-table__row" key={point.point}>
                <th scope="row" className="govuk-table__header">
                  {point.label}
                </th>
                {raters.map((rater) => {
                  const entry = point.byRater[rater];
                  return (
                    <td className="govuk-table__cell" key={rater}>
                      {scoreText(entry, scale)}
                      {entry && entry.alsoRecorded > 0 && (
                        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">
                          {entry.alsoRecorded === 1
                            ? '1 other score recorded'
                            : `${entry.alsoRecorded} other scores recorded`}
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
