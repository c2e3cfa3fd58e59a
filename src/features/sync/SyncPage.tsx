import { useRejectedChanges } from '../../db';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

/** Changes the server refused as invalid, with its reason: visible instead of silently blocking sync. */
export function SyncPage() {
  const rejected = useRejectedChanges();
  return (
    <>
      <h1 className="govuk-heading-l">Changes not accepted</h1>
      <p className="govuk-body">
        The server refused these changes, so they are not shared with anyone. Everything else has carried on syncing.
        Make the change again on the case if it is still needed.
      </p>
      {rejected === undefined ? (
        <p className="govuk-body">Loading…</p>
      ) : rejected.length === 0 ? (
        <p className="govuk-body">There are no refused changes.</p>
      ) : (
        <TableScroll label="Changes the server refused">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">{rejected.length} refused</caption>
            <TableHead headings={['What', 'When', 'Reason']} />
            <tbody className="govuk-table__body">
              {rejected.map((entry) => (
                <tr className="govuk-table__row" key={entry.seq}>
                  <td className="govuk-table__cell">
                    {entry.change.kind}
                    {entry.change.op === 'set'
                      ? `: ${Object.keys(entry.change.fields).join(', ')}`
                      : ` (${entry.change.op})`}
                  </td>
                  <td className="govuk-table__cell">
                    {new Date(Number(entry.change.hlc.slice(0, 13))).toLocaleString('en-GB')}
                  </td>
                  <td className="govuk-table__cell">{entry.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
