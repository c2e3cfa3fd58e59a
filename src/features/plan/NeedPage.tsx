import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { StoredRecord } from '../../db';
import { formatDate, todayIso } from '../../domain/dateInput';
import { SUPPORTING_FAMILIES_OUTCOMES } from '../../domain/config/supportingFamiliesOutcomes';
import { ErrorSummary, type ErrorItem } from '../../ui/ErrorSummary';
import { RadioGroup } from '../../ui/RadioGroup';
import { Textarea } from '../../ui/Textarea';
import { childDisplayName } from '../caseload/childName';
import { buildNeed, type NeedForm } from './planForms';
import { CATEGORY_GROUPS, NEED_STATUS_TEXT, text, TIMESCALE_TEXT } from './planLabels';
import { savePlanRecord } from './savePlanRecord';
import { Select } from './Select';
import { usePlanCase, type PlanCase } from './usePlanCase';

/** Add or change a need for one child: what it is, its area, its timescale and outcome. */
export function NeedPage() {
  const { caseId, needId } = useParams();
  const plan = usePlanCase(caseId);
  const [params] = useSearchParams();
  if (plan === undefined) return <p className="govuk-body">Loading…</p>;
  const need = needId ? plan?.needs.find((candidate) => candidate.id === needId) : undefined;
  if (plan === null || (needId && !need)) return <h1 className="govuk-heading-l">Not found</h1>;
  return <NeedFormView key={need?.id ?? 'new'} plan={plan} need={need} childId={params.get('childId') ?? ''} />;
}

const ASSESSMENT = 'assessment';

/**
 * Held reviews, latest first, with their dates in words: where a new need may have come from. The
 * order is pciScoring's heldReviewsInOrder reversed; importing that module here would split it into
 * a chunk of its own, listed in the first screen's script.
 */
function heldReviewOptions(reviews: readonly StoredRecord[]): { id: string; date: string; label: string }[] {
  return reviews
    .filter((review) => review.data['status'] === 'held')
    .map((review) => ({ id: review.id, date: String(review.data['date'] ?? '') }))
    .sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))
    .map((review) => ({ ...review, label: formatDate(review.date) }));
}

function NeedFormView({ plan, need, childId }: { plan: PlanCase; need: StoredRecord | undefined; childId: string }) {
  const navigate = useNavigate();
  const onlyChild = plan.children.length === 1 ? plan.children[0]?.id : undefined;
  const [form, setForm] = useState<NeedForm>(() => ({
    childId: need ? text(need.data, 'childId') : childId || onlyChild || '',
    description: need ? text(need.data, 'description') : '',
    category: need ? text(need.data, 'category') : '',
    timescale: need ? text(need.data, 'timescale') : '',
    outcomeTag: need ? text(need.data, 'outcomeTag') : '',
    status: need ? text(need.data, 'status') || 'open' : 'open',
  }));
  // A need added once a review has been held was most likely raised at the latest one: its first PCI
  // scores are then its baseline (there was no assessment score to compare with). The practitioner
  // can say it came from the assessment after all, or from an earlier review.
  const heldReviews = need ? [] : heldReviewOptions(plan.reviews);
  const [identifiedAt, setIdentifiedAt] = useState(() => heldReviews[0]?.id ?? ASSESSMENT);
  const [errors, setErrors] = useState<ErrorItem[]>([]);
  const [saving, setSaving] = useState(false);
  const set =
    <K extends keyof NeedForm>(key: K) =>
    (value: NeedForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));
  const errorFor = (id: string) => errors.find((error) => error.href === id)?.message;
  const back = `/cases/${plan.episode.id}/plan`;

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const result = buildNeed(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setSaving(true);
    const atReview = heldReviews.find((review) => review.id === identifiedAt);
    const problems = await savePlanRecord(
      need
        ? { op: 'update', kind: 'need', id: need.id, fields: result.data }
        : {
            op: 'create',
            kind: 'need',
            caseId: plan.episode.id,
            data: {
              ...result.data,
              ...(atReview
                ? { identifiedAtReviewId: atReview.id, identifiedDate: atReview.date }
                : { identifiedDate: todayIso() }),
            },
          },
      'description',
    );
    setSaving(false);
    if (problems.length > 0) setErrors(problems);
    else navigate(back);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Link className="govuk-back-link" to={back}>
          Back to the plan
        </Link>
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">Team Around the Child plan</span>
        <h1 className="govuk-heading-l">{need ? 'Change a need' : 'Add a need'}</h1>
        <form onSubmit={submit} noValidate>
          {plan.children.length > 1 && (
            <RadioGroup
              id="childId"
              legend="Which child is this need about?"
              legendClass="govuk-fieldset__legend--s"
              options={plan.children.map((child) => ({ value: child.id, label: childDisplayName(child) }))}
              value={form.childId}
              onChange={set('childId')}
              error={errorFor('childId')}
              small
            />
          )}
          <Textarea
            id="description"
            label="Describe the need"
            hint="In words the family would use, for example: Ada is often late for school because mornings are chaotic"
            rows={4}
            value={form.description}
            onChange={set('description')}
            error={errorFor('description')}
          />
          <Select
            id="category"
            label="Area of the assessment"
            placeholder="Choose an area"
            groups={[...CATEGORY_GROUPS, { label: 'Other', options: [{ value: 'other', label: 'Other' }] }]}
            value={form.category}
            onChange={set('category')}
            error={errorFor('category')}
          />
          <RadioGroup
            id="timescale"
            legend="When does this need to be met?"
            legendClass="govuk-fieldset__legend--s"
            options={[
              { value: 'short', label: TIMESCALE_TEXT['short'] ?? '', hint: 'In the next few weeks' },
              { value: 'medium', label: TIMESCALE_TEXT['medium'] ?? '', hint: 'In the next 3 to 6 months' },
              { value: 'long', label: TIMESCALE_TEXT['long'] ?? '', hint: 'Beyond 6 months' },
            ]}
            value={form.timescale}
            onChange={set('timescale')}
            error={errorFor('timescale')}
            small
          />
          <Select
            id="outcomeTag"
            label="Supporting Families outcome (optional)"
            hint="So the change can be reported against the national outcomes"
            placeholder="No outcome"
            options={SUPPORTING_FAMILIES_OUTCOMES.map((outcome) => ({ value: outcome.id, label: outcome.label }))}
            value={form.outcomeTag}
            onChange={set('outcomeTag')}
            error={errorFor('outcomeTag')}
          />
          {heldReviews.length > 0 && (
            <RadioGroup
              id="identifiedAt"
              legend="When was this need identified?"
              legendClass="govuk-fieldset__legend--s"
              hint="A need identified at a review has no assessment score: the family's first scores for it are its starting point for distance travelled."
              options={[
                ...heldReviews.map((review) => ({ value: review.id, label: `At the review on ${review.label}` })),
                { value: ASSESSMENT, label: 'At the assessment' },
              ]}
              value={identifiedAt}
              onChange={setIdentifiedAt}
              small
            />
          )}
          {need && (
            <RadioGroup
              id="status"
              legend="Is the need still open?"
              legendClass="govuk-fieldset__legend--s"
              options={Object.entries(NEED_STATUS_TEXT).map(([value, label]) => ({
                value,
                label,
                hint: value === 'noServiceAvailable' ? 'Counted as unmet need: no service was available' : undefined,
              }))}
              value={form.status}
              onChange={set('status')}
              small
            />
          )}
          <button type="submit" className="govuk-button" disabled={saving}>
            Save need
          </button>
        </form>
      </div>
    </div>
  );
}
