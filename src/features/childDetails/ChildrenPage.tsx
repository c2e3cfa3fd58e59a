import { Link, useParams } from 'react-router';
import { useCaseRecordsByKind, useRecord } from '../../db';
import { formatDate } from '../../domain/dateInput';
import { SummaryList } from '../../ui/SummaryList';
import { Tag } from '../../ui/Tag';
import { childDisplayName } from '../caseload/childName';
import { missingCoreDetails } from './childDetailsStatus';
import { PARENTAL_RESPONSIBILITY_TEXT } from './familyMemberForm';

/** The children of an episode and the people in their household: the family CAF's shared details. */
export function ChildrenPage() {
  const { caseId } = useParams();
  const episode = useRecord('episode', caseId);
  const byKind = useCaseRecordsByKind(caseId);
  if (episode === undefined || byKind === undefined) return <p className="govuk-body">Loading…</p>;
  if (episode === null) return <h1 className="govuk-heading-l">Case not found</h1>;
  const order = (episode.data['childIds'] as string[] | undefined) ?? [];
  const children = (byKind['child'] ?? [])
    .slice()
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id) || a.createdAt.localeCompare(b.createdAt));
  const members = (byKind['familyMember'] ?? []).slice().sort((a, b) => a.createdAt.localeCompare(b.createdAt));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={`/cases/${caseId}`}>
          Back to the case
        </Link>
        <span className="govuk-caption-l">Child’s details</span>
        <h1 className="govuk-heading-l">Children and family</h1>
        <h2 className="govuk-heading-m">Children in this CAF</h2>
        <SummaryList
          rows={children.map((child) => {
            const name = childDisplayName(child);
            const missing = missingCoreDetails(child).length;
            return {
              key: name,
              value: (
                <>
                  {child.data['unborn']
                    ? `Unborn, due ${formatDate(child.data['expectedDateOfDelivery'] as string)}`
                    : `Born ${formatDate(child.data['dateOfBirth'] as string)}`}
                  {missing > 0 && (
                    <>
                      {' '}
                      <Tag colour="blue">Details missing</Tag>
                    </>
                  )}
                </>
              ),
              action: (
                <Link className="govuk-link" to={`/cases/${caseId}/children/${child.id}`}>
                  Change <span className="govuk-visually-hidden">details of {name}</span>
                </Link>
              ),
            };
          })}
        />
        <p className="govuk-body">
          A family CAF covers brothers and sisters in one household. They share the family section and the parents’
          details, so nobody enters them twice.
        </p>
        <Link className="govuk-button govuk-button--secondary" to={`/cases/${caseId}/children/new`}>
          Add another child
        </Link>

        <h2 className="govuk-heading-m">Parents, carers and family members</h2>
        {members.length === 0 ? (
          <p className="govuk-body">No one recorded yet. Record who has parental responsibility.</p>
        ) : (
          <SummaryList
            rows={members.map((member) => {
              const name = String(member.data['name']);
              const responsibility = PARENTAL_RESPONSIBILITY_TEXT[String(member.data['parentalResponsibility'])];
              return {
                key: name,
                value: `${String(member.data['relationship'])}. Parental responsibility: ${responsibility ?? 'not recorded'}`,
                action: (
                  <Link className="govuk-link" to={`/cases/${caseId}/family-members/${member.id}`}>
                    Change <span className="govuk-visually-hidden">details of {name}</span>
                  </Link>
                ),
              };
            })}
          />
        )}
        <Link className="govuk-button govuk-button--secondary" to={`/cases/${caseId}/family-members/new`}>
          Add a family member
        </Link>
      </div>
    </div>
  );
}
