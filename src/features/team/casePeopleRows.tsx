import type { Episode } from '../../domain/records/episode';
import type { SummaryRow } from '../../ui/SummaryList';
import type { Directory } from './directoryNames';

/** Who is on a case, as the case page and "People on this case" both list them; `action` goes on the first row. */
export function casePeopleRows(
  episode: Pick<Episode, 'assessorId' | 'leadProfessionalId' | 'tacMemberIds'>,
  directory: Directory,
  action?: React.ReactNode,
): SummaryRow[] {
  return [
    { key: 'Assessor', value: directory.practitionerLabel(episode.assessorId), action },
    { key: 'Lead professional', value: directory.practitionerLabel(episode.leadProfessionalId) },
    {
      key: 'Team Around the Child members',
      value:
        episode.tacMemberIds.length === 0 ? (
          'None yet'
        ) : (
          <ul className="govuk-list">
            {episode.tacMemberIds.map((id) => (
              <li key={id}>{directory.practitionerLabel(id)}</li>
            ))}
          </ul>
        ),
    },
  ];
}
