import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCases } from '../../db';
import { datePartsFromIso, formatDate, parseDateParts, type DateParts } from '../../domain/dateInput';
import type { EpisodeStatus } from '../../domain/records/episode';
import { DateInput } from '../../ui/DateInput';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextInput } from '../../ui/TextInput';
import { childDisplayName } from './childName';
import { EpisodeStatusTag } from './statusTag';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

export function MyCasesPage() {
  const [params, setParams] = useSearchParams();
  const name = params.get('name') ?? '';
  const dob = params.get('dob') ?? '';
  const [nameInput, setNameInput] = useState(name);
  const [dobInput, setDobInput] = useState<DateParts>(datePartsFromIso(dob || undefined));
  const [dobError, setDobError] = useState<string | undefined>();
  const cases = useCases({ name, dateOfBirth: dob || undefined });

  function search(event: React.FormEvent) {
    event.preventDefault();
    const parsed = parseDateParts(dobInput, 'Date of birth');
    if (!parsed.ok) {
      setDobError(parsed.message);
      return;
    }
    setDobError(undefined);
    const next = new URLSearchParams();
    if (nameInput.trim()) next.set('name', nameInput.trim());
    if (parsed.value) next.set('dob', parsed.value);
    setParams(next);
  }

  const searching = Boolean(name || dob);
  return (
    <>
      <ErrorSummary errors={dobError ? [{ href: 'dob', message: dobError }] : []} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">My cases</h1>
        </div>
        <div className="govuk-grid-column-one-third">
          <Link to="/cases/new" className="govuk-button govuk-!-margin-bottom-4" role="button" draggable="false">
            Start a new case
          </Link>
        </div>
      </div>
      <form onSubmit={search} noValidate role="search" aria-label="Search cases">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <TextInput
              id="name"
              label="Name"
              hint="First name, last name or part of either"
              value={nameInput}
              onChange={setNameInput}
              spellCheck={false}
              autoComplete="off"
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <DateInput
              id="dob"
              legend="Date of birth"
              hint="For example, 27 3 2019"
              value={dobInput}
              onChange={setDobInput}
              error={dobError}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button govuk-button--secondary">
            Search
          </button>
          {searching && (
            <Link
              className="govuk-link"
              to="/"
              onClick={() => {
                setNameInput('');
                setDobInput({ day: '', month: '', year: '' });
              }}
            >
              Clear search
            </Link>
          )}
        </div>
      </form>
      {cases === undefined ? (
        <p className="govuk-body">Loading cases…</p>
      ) : cases.length === 0 ? (
        <p className="govuk-body">
          {searching ? 'No cases match your search.' : 'You have no cases on this device yet.'}
        </p>
      ) : (
        <TableScroll label="Cases">
          <table className="govuk-table" aria-describedby="cases-caption">
            <caption id="cases-caption" className="govuk-table__caption govuk-table__caption--m">
              {cases.length} {cases.length === 1 ? 'case' : 'cases'}
              {searching ? ' matching your search' : ''}
            </caption>
            <TableHead headings={['Child', 'Date of birth', 'Status', 'Enquiry']} />
            <tbody className="govuk-table__body">
              {cases.map((summary) => (
                <tr className="govuk-table__row" key={summary.caseId}>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/cases/${summary.caseId}`}>
                      {summary.children.map(childDisplayName).join(', ')}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">
                    {summary.children
                      .map((child) =>
                        child.data.unborn
                          ? `Due ${formatDate(child.data.expectedDateOfDelivery as string | undefined)}`
                          : formatDate(child.data.dateOfBirth as string | undefined),
                      )
                      .join(', ')}
                  </td>
                  <td className="govuk-table__cell">
                    <EpisodeStatusTag status={summary.episode.data.status as EpisodeStatus} />
                  </td>
                  <td className="govuk-table__cell">
                    {formatDate(summary.episode.data.enquiryDate as string | undefined)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
