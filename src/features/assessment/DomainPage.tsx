import { Link } from 'react-router';
import { ASSESSMENT_SECTIONS, domainProgress } from '../../domain/assessmentProgress';
import { elementsOfDomain, type AssessmentDomainId } from '../../domain/records/assessmentElements';
import { SummaryList } from '../../ui/SummaryList';
import { PARENTAL_RESPONSIBILITY_TEXT } from '../childDetails/familyMemberForm';
import { AssessmentFrame } from './AssessmentFrame';
import { ElementFields } from './ElementFields';

const HINTS: Record<AssessmentDomainId, string> = {
  development:
    'For each area, write down what is going well and what the child needs, in the family’s words where you can. If an area does not apply, for example learning for a baby, mark it as not applicable.',
  parentsAndCarers: 'How the parents and carers meet the child’s needs. Record strengths as well as worries.',
  familyAndEnvironment:
    'The family’s history, wider family, home, money and community. Record strengths as well as worries.',
};

/** One domain of the assessment: every element with its strengths, needs or "not applicable". */
export function DomainPage({ domain }: { domain: AssessmentDomainId }) {
  const section = ASSESSMENT_SECTIONS.find((candidate) => candidate.id === domain);
  return (
    <AssessmentFrame title={section?.title ?? ''}>
      {({ assessment, familySource, sharedWith, familyMembers, episode, child }) => {
        // The family section of a family CAF lives on one sibling's assessment: entered once (WCAG 3.3.7).
        const target = domain === 'familyAndEnvironment' ? (familySource ?? assessment) : assessment;
        const nextIndex = ASSESSMENT_SECTIONS.findIndex((candidate) => candidate.id === domain) + 1;
        const next = ASSESSMENT_SECTIONS[nextIndex];
        const base = `/cases/${episode.id}/assessment/${child.id}`;
        const progress = domainProgress(target.data, domain);
        return (
          <>
            <p className="govuk-body">{HINTS[domain]}</p>
            <p className="govuk-body">Each answer saves on this device as you type.</p>
            {domain === 'familyAndEnvironment' && sharedWith.length > 1 && (
              <div className="govuk-inset-text">
                This section is shared by {sharedWith.join(' and ')}. It is entered once for the family and shows on
                each child’s assessment.
              </div>
            )}
            {domain === 'parentsAndCarers' && (
              <>
                <h2 className="govuk-heading-m">Parents and carers</h2>
                {familyMembers.length === 0 ? (
                  <p className="govuk-body">No parents or carers recorded yet.</p>
                ) : (
                  <SummaryList
                    rows={familyMembers.map((member) => ({
                      key: String(member.data['name']),
                      value: `${String(member.data['relationship'])}. Parental responsibility: ${
                        PARENTAL_RESPONSIBILITY_TEXT[String(member.data['parentalResponsibility'])] ?? 'not recorded'
                      }`,
                    }))}
                  />
                )}
                <p className="govuk-body">
                  <Link className="govuk-link" to={`/cases/${episode.id}/children`}>
                    Change parents’ and carers’ details
                  </Link>{' '}
                  (shared by every child in this CAF)
                </p>
              </>
            )}
            {elementsOfDomain(domain).map((element) => (
              <ElementFields key={element.id} target={target} elementId={element.id} label={element.label} />
            ))}
            <p className="govuk-body" role="status">
              {progress === 'completed'
                ? 'Every part of this section is answered.'
                : 'Parts left blank show as not yet answered on the assessment.'}
            </p>
            <Link className="govuk-button" to={next ? `${base}/${next.path}` : base}>
              Continue
            </Link>
          </>
        );
      }}
    </AssessmentFrame>
  );
}

export function DevelopmentPage() {
  return <DomainPage domain="development" />;
}

export function ParentsAndCarersPage() {
  return <DomainPage domain="parentsAndCarers" />;
}

export function FamilyAndEnvironmentPage() {
  return <DomainPage domain="familyAndEnvironment" />;
}
