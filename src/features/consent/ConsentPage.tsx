import { CaseNotFound } from '../../ui/CaseNotFound';
import { Link, useParams } from 'react-router';
import { LAWFUL_REASONS } from '../../domain/config/lawfulReasons';
import type { ConsentEvent } from '../../domain/records/consent';
import { formatDate } from '../../domain/dateInput';
import { SummaryList } from '../../ui/SummaryList';
import { Tag } from '../../ui/Tag';
import { HandToFamily } from '../handover/HandToFamily';
import { useDirectory } from '../team/directoryNames';
import { buildConsentPdf, consentPdfFileName, formatSignedAt } from './consentPdf';
import { useConsentCase, type ConsentCase } from './useConsentCase';
import { NotificationBanner } from '../../ui/NotificationBanner';
import { TableScroll } from '../../ui/TableScroll';
import { TableHead } from '../../ui/TableHead';

const STAGE_TEXT: Record<ConsentEvent['stage'], string> = {
  verbalEnquiries: 'Verbal consent to make enquiries',
  writtenShare: 'Written consent to share',
  agencyChange: 'Agencies added or removed',
  withdrawal: 'Consent withdrawn',
  shareWithoutConsent: 'Shared without consent',
};

export const WITHDRAWAL_BANNER_TITLE = 'Consent withdrawn';

export function lawfulReasonLabel(id: string | undefined): string {
  return LAWFUL_REASONS.find((reason) => reason.id === id)?.label ?? 'Reason not known';
}

function dayOf(iso: string): string {
  return formatDate(iso.slice(0, 10));
}

/** The practitioner's consent page: what is agreed now, the history, and every way to change it. */
export function ConsentPage() {
  const { caseId } = useParams();
  const consentCase = useConsentCase(caseId);
  const directory = useDirectory();
  if (consentCase === undefined || directory === undefined) return <p className="govuk-body">Loading consent…</p>;
  if (consentCase === null) return <CaseNotFound />;

  const { state, episode, episodeData } = consentCase;
  const base = `/cases/${episode.id}/consent`;
  const reviewer = state.withdrawal?.reviewBy ?? episodeData.leadProfessionalId ?? episodeData.assessorId;
  const withdrawalEvent =
    state.withdrawal && consentCase.history.find((entry) => entry.id === state.withdrawal?.eventId);
  const rows = consentCase.agencies
    .map((agency) => ({ agency, access: state.agencies.get(agency.agencyId) }))
    .filter(({ access }) => access !== undefined);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <Link className="govuk-back-link" to={`/cases/${episode.id}`}>
          Back to the case
        </Link>
        {state.withdrawal && (
          <NotificationBanner
            title={WITHDRAWAL_BANNER_TITLE}
            heading={
              <>
                {state.withdrawal.everyAgency
                  ? `Consent to share was withdrawn for every agency on ${dayOf(state.withdrawal.at)}.`
                  : `Consent was withdrawn on ${dayOf(state.withdrawal.at)} for: ${state.withdrawal.agencyIds
                      .map(consentCase.agencyName)
                      .join(', ')}.`}
                {withdrawalEvent?.data.byFamilyOnDevice ? ' The family withdrew it on this device.' : ''}
              </>
            }
          >
            <p className="govuk-body">
              {directory.practitionerLabel(reviewer)} must review this case: check the plan, and tell the agencies that
              no longer have consent. Sync stops sending them the family’s information.
            </p>
          </NotificationBanner>
        )}
        <span className="govuk-caption-l">CAF episode</span>
        <h1 className="govuk-heading-l">Consent</h1>
        {state.lawfulShares.length > 0 && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Information has been shared without consent:{' '}
              {state.lawfulShares
                .map((share) => `${lawfulReasonLabel(share.lawfulReason)} (${dayOf(share.at)})`)
                .join('; ')}
              .
            </strong>
          </div>
        )}
        <SummaryList
          rows={[
            {
              key: 'Verbal consent to make enquiries',
              value: state.verbalEnquiriesAt ? `Given on ${dayOf(state.verbalEnquiriesAt)}` : 'Not recorded',
            },
            {
              key: 'Written consent to share',
              value: state.writtenConsentAt ? (
                `Signed on ${dayOf(state.writtenConsentAt)}`
              ) : state.status === 'withdrawn' ? (
                <Tag colour="red">Withdrawn</Tag>
              ) : (
                'Not given'
              ),
            },
          ]}
        />
        <AgencyAccessTable rows={rows} />

        <h2 className="govuk-heading-m">Give or change consent</h2>
        <p className="govuk-body">
          The family reads what will be shared and with whom, chooses each agency, and signs on this device. They can
          also withdraw consent there. Everything else on the device is locked until you type your password.
        </p>
        <HandToFamily caseId={episode.id} homePath={`${base}/family`} returnPath={base} />
        <ul className="govuk-list">
          <li>
            <Link className="govuk-link" to={`${base}/verbal`}>
              Record verbal consent to make enquiries
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`${base}/withdraw`}>
              Record a withdrawal of consent
            </Link>
          </li>
          <li>
            <Link className="govuk-link" to={`${base}/without-consent`}>
              Share without consent for a lawful reason
            </Link>
          </li>
        </ul>
        <ConsentHistory consentCase={consentCase} practitionerLabel={directory.practitionerLabel} />
      </div>
    </div>
  );
}

function AgencyAccessTable({
  rows,
}: {
  rows: {
    agency: { agencyId: string; name: string };
    access?: { basic: boolean; additional: boolean; basis: string; lawfulReason?: string };
  }[];
}) {
  return (
    <TableScroll label="Who may see what now">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Who may see what now</caption>
        <TableHead headings={['Agency', 'Basic information', 'Additional information', 'Why']} />
        <tbody className="govuk-table__body">
          {rows.length === 0 && (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={4}>
                No agency may see this family’s information yet.
              </td>
            </tr>
          )}
          {rows.map(({ agency, access }) => (
            <tr className="govuk-table__row" key={agency.agencyId}>
              <th scope="row" className="govuk-table__header">
                {agency.name}
              </th>
              <td className="govuk-table__cell">{access?.basic ? 'Yes' : 'No'}</td>
              <td className="govuk-table__cell">{access?.additional ? 'Yes' : 'No'}</td>
              <td className="govuk-table__cell">
                {access?.basis === 'lawfulReason'
                  ? `Without consent: ${lawfulReasonLabel(access.lawfulReason)}`
                  : access?.basis === 'consent'
                    ? 'Consent'
                    : 'No consent'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function eventDetails(entry: ConsentCase['history'][number], consentCase: ConsentCase): string {
  const event = entry.data;
  // Written consent lists every agency shown; naming only those agreed keeps the history readable.
  const listed = (event.agencies ?? []).filter(
    (scope) => event.stage !== 'writtenShare' || scope.basic === 'include' || scope.additional === 'include',
  );
  const agencies =
    (event.stage === 'writtenShare' && listed.length === 0
      ? 'no agencies'
      : listed
          .map(
            (scope) =>
              `${consentCase.agencyName(scope.agencyId)} (basic ${scope.basic === 'include' ? 'yes' : 'no'}, additional ${
                scope.additional === 'include' ? 'yes' : 'no'
              })`,
          )
          .join('; ')) + (event.stage === 'writtenShare' ? '; no other agency' : '');
  switch (event.stage) {
    case 'verbalEnquiries':
      return `Given by ${event.signerName ?? ''}`;
    case 'writtenShare':
      return `Signed by ${event.signerName ?? ''} (${event.capacity === 'self' ? 'for themselves' : 'parent or carer with parental responsibility'}): ${agencies}`;
    case 'agencyChange':
      return `Initialled ${event.signerInitials ?? ''}: ${agencies}`;
    case 'withdrawal':
      return `By ${event.signerName ?? ''}${event.byFamilyOnDevice ? ' on this device' : ''}: ${agencies || 'every agency'}`;
    case 'shareWithoutConsent':
      return `${lawfulReasonLabel(event.lawfulReason)}. Shared with ${(event.recipientAgencyIds ?? [])
        .map(consentCase.agencyName)
        .join(', ')}. ${event.justification ?? ''}`;
  }
}

function ConsentHistory({
  consentCase,
  practitionerLabel,
}: {
  consentCase: ConsentCase;
  practitionerLabel: (id: string | undefined) => string;
}) {
  function download(event: ConsentEvent) {
    const blob = buildConsentPdf({
      event,
      agencyName: consentCase.agencyName,
      practitionerName: practitionerLabel(event.practitionerId),
    }).output('blob');
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = consentPdfFileName(event);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return (
    <TableScroll label="Consent history">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Consent history</caption>
        <TableHead headings={['When', 'What', 'Details', 'Recorded by', 'Copy']} />
        <tbody className="govuk-table__body">
          {consentCase.history.length === 0 && (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={5}>
                No consent recorded yet.
              </td>
            </tr>
          )}
          {[...consentCase.history].reverse().map((entry) => (
            <tr className="govuk-table__row" key={entry.id}>
              <td className="govuk-table__cell">{formatSignedAt(entry.data.signedAt)}</td>
              <td className="govuk-table__cell">{STAGE_TEXT[entry.data.stage]}</td>
              <td className="govuk-table__cell">{eventDetails(entry, consentCase)}</td>
              <td className="govuk-table__cell">{practitionerLabel(entry.data.practitionerId)}</td>
              <td className="govuk-table__cell">
                {entry.data.shownTextHash && (
                  <button
                    type="button"
                    className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                    onClick={() => download(entry.data)}
                  >
                    Download PDF
                    <span className="govuk-visually-hidden">
                      {' '}
                      of consent signed {formatSignedAt(entry.data.signedAt)}
                    </span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
