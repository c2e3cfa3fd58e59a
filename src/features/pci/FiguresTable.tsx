import { SUPPORTING_FAMILIES_OUTCOMES } from '../../domain/config/supportingFamiliesOutcomes';
import { averageChangeInWords, type AggregateRow } from '../../domain/pciScoring';
import type { ShownReportRow } from '../../domain/reportProtocol';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

export const percent = (share: number | undefined) =>
  share === undefined ? 'None re-scored' : `${Math.round(share * 100)}%`;

export function outcomeLabel(id: string): string {
  return SUPPORTING_FAMILIES_OUTCOMES.find((outcome) => outcome.id === id)?.label ?? id;
}

/** One line of figures as words; `withheld` when it is not shown to keep families anonymous. */
export interface FiguresLine {
  key: string;
  figures: { needs: string; average: string; improved: string } | 'withheld';
}

/** The words of a line of figures, the same for the device's own cases and the authority's. */
export function figuresInWords(row: AggregateRow | ShownReportRow): FiguresLine['figures'] {
  return {
    needs: String(row.needsCompared),
    average: averageChangeInWords(row.averageImprovement),
    improved: `${percent(row.shareImproved)} (${row.improved} of ${row.needsCompared})`,
  };
}

export const WITHHELD_TEXT = 'Not shown: too few needs or families to keep them anonymous';

export function FiguresTable({
  caption,
  heading,
  lines,
  label,
  empty,
}: {
  caption: string;
  heading: string;
  lines: readonly FiguresLine[];
  label: (key: string) => string;
  empty: string;
}) {
  return (
    <TableScroll label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
        <TableHead headings={[heading, 'Needs re-scored', 'Average change', 'Improved']} />
        <tbody className="govuk-table__body">
          {lines.length === 0 && (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={4}>
                {empty}
              </td>
            </tr>
          )}
          {lines.map(({ key, figures }) => (
            <tr className="govuk-table__row" key={key}>
              <th scope="row" className="govuk-table__header">
                {label(key)}
              </th>
              {figures === 'withheld' ? (
                <td className="govuk-table__cell" colSpan={3}>
                  {WITHHELD_TEXT}
                </td>
              ) : (
                <>
                  <td className="govuk-table__cell">{figures.needs}</td>
                  <td className="govuk-table__cell">{figures.average}</td>
                  <td className="govuk-table__cell">{figures.improved}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
