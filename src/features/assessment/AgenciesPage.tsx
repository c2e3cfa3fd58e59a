import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { getRecord, updateRecord, useCaseRecords, type StoredRecord } from '../../db';
import type { AssessmentAgencyRow } from '../../domain/records/assessment';
import { DIRECTORY_CASE_ID } from '../../domain/records/directory';
import { usePendingChoice } from '../../ui/usePendingChoice';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { AssessmentFrame } from './AssessmentFrame';
import { AGENCY_COLUMNS, gridRows, withAgency, withoutAgency, withTick } from './agencyGrid';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

/**
 * The agencies grid (seed 002, Appendix 3): for each agency, whether it was contacted, contributed,
 * the family consents to share with it, and it is invited to the TAC. Only 37% of paper CAFs said.
 */
export function AgenciesPage() {
  return (
    <AssessmentFrame title="Agencies involved" wide>
      {({ assessment, episode, child }) => (
        <AgencyGrid assessment={assessment} next={`/cases/${episode.id}/assessment/${child.id}/conclusions`} />
      )}
    </AssessmentFrame>
  );
}

function AgencyGrid({ assessment, next }: { assessment: StoredRecord; next: string }) {
  const directory = useCaseRecords(DIRECTORY_CASE_ID, 'agency');
  const [rows, showRows, clearRows] = usePendingChoice(gridRows(assessment.data['agencies']));
  const [chosen, setChosen] = useState('');
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const nameOf = (agencyId: string) =>
    String(directory?.find((agency) => agency.id === agencyId)?.data['name'] ?? 'Agency not on this device yet');
  const available = (directory ?? [])
    .filter((agency) => !rows.some((row) => row.agencyId === agency.id))
    .sort((a, b) => String(a.data['name']).localeCompare(String(b.data['name'])));

  // Ticks are applied one after another to the stored grid, so quick clicks never overwrite each other.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  function save(change: (current: AssessmentAgencyRow[]) => AssessmentAgencyRow[], href: string) {
    // Show the change at once; the queued write then applies it to whatever is stored by then.
    showRows(change(rows));
    const next = queue.current.then(async () => {
      try {
        const fresh = await getRecord('assessment', assessment.id);
        await updateRecord('assessment', assessment.id, { agencies: change(gridRows(fresh?.data['agencies'])) });
        setErrors([]);
      } catch {
        clearRows();
        setErrors([{ href, message: 'The agencies could not be saved on this device. Try again.' }]);
      }
    });
    queue.current = next;
    return next;
  }

  return (
    <>
      <ErrorSummary errors={errors} />
      <p className="govuk-body">
        List every agency involved before, now, or to be involved in future. Ticks save on this device straight away.
      </p>
      {rows.length === 0 ? (
        <p className="govuk-body">No agencies added yet.</p>
      ) : (
        <TableScroll label="Agencies and their part in the CAF">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">
              Agencies and their part in the CAF
            </caption>
            <TableHead
              headings={[
                'Agency',
                ...AGENCY_COLUMNS.map((column) => column.title),
                <span className="govuk-visually-hidden">Remove</span>,
              ]}
            />
            <tbody className="govuk-table__body">
              {rows.map((row) => {
                const name = nameOf(row.agencyId);
                return (
                  <tr className="govuk-table__row" key={row.agencyId}>
                    <th scope="row" className="govuk-table__header">
                      {name}
                    </th>
                    {AGENCY_COLUMNS.map((column) => {
                      const id = `agency-${row.agencyId}-${column.key}`;
                      return (
                        <td className="govuk-table__cell" key={column.key}>
                          <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                            <div className="govuk-checkboxes__item">
                              <input
                                className="govuk-checkboxes__input"
                                id={id}
                                type="checkbox"
                                checked={row[column.key]}
                                onChange={(event) => {
                                  // Read now: React puts a controlled box back to the stored value before the save runs.
                                  const ticked = event.target.checked;
                                  void save((current) => withTick(current, row.agencyId, column.key, ticked), id);
                                }}
                              />
                              <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                                <span className="govuk-visually-hidden">
                                  {column.long}: {name}
                                </span>
                              </label>
                            </div>
                          </div>
                        </td>
                      );
                    })}
                    <td className="govuk-table__cell">
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        id={`agency-${row.agencyId}-remove`}
                        onClick={() => void save((current) => withoutAgency(current, row.agencyId), 'add-agency')}
                      >
                        Remove <span className="govuk-visually-hidden">{name}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!chosen) {
            setErrors([{ href: 'add-agency', message: 'Select an agency to add' }]);
            return;
          }
          void save((current) => withAgency(current, chosen), 'add-agency').then(() => setChosen(''));
        }}
      >
        <div
          className={`govuk-form-group${errors.some((e) => e.href === 'add-agency') ? ' govuk-form-group--error' : ''}`}
        >
          <label className="govuk-label govuk-label--s" htmlFor="add-agency">
            Agency to add
          </label>
          {directory && directory.length === 0 && (
            <div className="govuk-hint">The list of agencies arrives when this device syncs.</div>
          )}
          <ErrorMessage id="add-agency-error" message={errors.find((e) => e.href === 'add-agency')?.message} />
          <select
            className="govuk-select"
            id="add-agency"
            name="add-agency"
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">Choose an agency</option>
            {available.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {String(agency.data['name'])}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="govuk-button govuk-button--secondary">
          Add agency
        </button>
      </form>
      <Link className="govuk-button" to={next}>
        Continue
      </Link>
    </>
  );
}
