import { Link, useParams } from 'react-router';
import { formatDate } from '../../domain/dateInput';
import {
  BASELINE_POINT,
  heldReviewsInOrder,
  missingRaters,
  needsAtPoint,
  pointLabel,
  pointOf,
  scoredNeedsWithoutAction,
} from '../../domain/pciScoring';
import { CaseNotFound } from '../../ui/CaseNotFound';
import { useDirectory, type Directory } from '../team/directoryNames';
import { FamilyScoringSetup } from './FamilyScoringSetup';
import { RATER_LABEL, scaleOf, scoreText } from './pciLabels';
import { TableScroll } from '../../ui/TableScroll';
import { usePciCase, type PciCase } from './usePciCase';
import { TableHead } from '../../ui/TableHead';

/** The baseline, then every held review: the points at which a case's needs are scored. */
export function casePoints(pci: PciCase): string[] {
  return [BASELINE_POINT, ...heldReviewsInOrder(pci.reviews).map((review) => review.id)];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

function pointStatus(pci: PciCase, point: string): string {
  const needs = needsAtPoint(pci.needs, point, pci.reviews);
  if (needs.length === 0) return 'No needs to score';
  const missing = needs.map((need) => missingRaters(pci.scores, need.id, point));
  const parent = missing.filter((raters) => raters.includes('parent')).length;
  const child = missing.filter((raters) => raters.includes('child')).length;
  if (parent === 0 && child === 0) return `All ${plural(needs.length, 'need', 'needs')} scored`;
  // Both raters, so "Child: 4 needs not scored" does not leave the reader wondering about the parent's.
  const said = (count: number) => (count === 0 ? 'all scored.' : `${plural(count, 'need', 'needs')} not scored.`);
  return `${RATER_LABEL.parent}: ${said(parent)} Child: ${said(child)}`;
}

/** Distance travelled for one case: who has scored at each point, the flags, and the ways to score. */
export function DistanceTravelledPage() {
  const { caseId } = useParams();
  const pci = usePciCase(caseId);
  const directory = useDirectory();
  if (pci === undefined || directory === undefined) return <p className="govuk-body">Loading…</p>;
  if (pci === null) return <CaseNotFound />;
  const base = `/cases/${pci.episode.id}/distance-travelled`;
  const points = casePoints(pci);
  const unactioned = scoredNeedsWithoutAction(pci.needs, pci.scores, pci.actions);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link className="govuk-back-link" to={`/cases/${pci.episode.id}`}>
          Back to the case
        </Link>
        <span className="govuk-caption-l">CAF episode</span>
        <h1 className="govuk-heading-l">Distance travelled</h1>
        <p className="govuk-body">
          Parent and Child Indicators: for each need, the parent or carer and the child say how worried they are, from 1
          (not worried) to 5 (extremely worried). They score at the assessment (the baseline) and again at every review,
          so everyone can see whether the plan is working.
        </p>
        {unactioned.length > 0 && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <div className="govuk-warning-text__text">
              <strong>
                <span className="govuk-visually-hidden">Warning</span>
                {unactioned.length === 1
                  ? 'The family scored 1 need that has no action in the plan:'
                  : `The family scored ${unactioned.length} needs that have no action in the plan:`}
              </strong>
              <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
                {unactioned.map((needId) => (
                  <li key={needId}>
                    <Link className="govuk-link" to={`/cases/${pci.episode.id}/plan/needs/${needId}`}>
                      {pci.needs.find((need) => need.id === needId)?.description}
                    </Link>
                  </li>
                ))}
              </ul>
              <Link className="govuk-link" to={`/cases/${pci.episode.id}/plan/actions/new`}>
                Add an action to the plan
              </Link>
            </div>
          </div>
        )}
        {pci.needs.length === 0 ? (
          <p className="govuk-body">
            There are no needs to score yet.{' '}
            <Link className="govuk-link" to={`/cases/${pci.episode.id}/plan`}>
              Add needs to the Team Around the Child plan
            </Link>
          </p>
        ) : (
          <>
            <p className="govuk-body">
              <Link className="govuk-link" to={`${base}/charts`}>
                See the charts: each need over time, and the distance travelled
              </Link>
            </p>
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Scores at each point</caption>
              <TableHead headings={['When', 'Scores', 'Record yourself']} />
              <tbody className="govuk-table__body">
                {points.map((point) => (
                  <tr className="govuk-table__row" key={point}>
                    <th scope="row" className="govuk-table__header">
                      {pointLabel(point, pci.reviews)}
                    </th>
                    <td className="govuk-table__cell">{pointStatus(pci, point)}</td>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={`${base}/record/${point}`}>
                        Record scores{' '}
                        <span className="govuk-visually-hidden">for {pointLabel(point, pci.reviews)}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {!pci.closed && <FamilyScoringSetup pci={pci} points={points} base={base} />}
            <ScoreHistory pci={pci} directory={directory} />
          </>
        )}
      </div>
    </div>
  );
}

function recordedAt(iso: string): string {
  const time = new Date(iso).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${formatDate(iso.slice(0, 10))} at ${time}`;
}

/** Every score ever recorded, none hidden: scores are append-only, and this is where that shows. */
function ScoreHistory({ pci, directory }: { pci: PciCase; directory: Directory }) {
  if (pci.scores.length === 0) return null;
  const needText = new Map(pci.needs.map((need) => [need.id, need.description]));
  const sorted = [...pci.scores].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Every score recorded ({pci.scores.length})</span>
      </summary>
      <div className="govuk-details__text">
        <TableScroll label="Every score recorded">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              Every score recorded, newest first. When a need was scored more than once at the same point, the one
              recorded last counts.
            </caption>
            <TableHead headings={['Need', 'When', 'Whose score', 'Score', 'Recorded by']} />
            <tbody className="govuk-table__body">
              {sorted.map((score) => (
                <tr className="govuk-table__row" key={score.id}>
                  <td className="govuk-table__cell">
                    {needText.get(score.data.needId) ?? 'A need no longer in the plan'}
                  </td>
                  <td className="govuk-table__cell">{pointLabel(pointOf(score.data), pci.reviews)}</td>
                  <td className="govuk-table__cell">{RATER_LABEL[score.data.rater]}</td>
                  <td className="govuk-table__cell">{scoreText(score.data, scaleOf(score.data.scaleId))}</td>
                  <td className="govuk-table__cell">
                    {directory.practitionerLabel(score.createdBy)}, {recordedAt(score.createdAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </details>
  );
}
