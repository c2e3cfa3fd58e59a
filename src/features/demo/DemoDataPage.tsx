import { useState } from 'react';
import { useSession } from '../../db';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextInput } from '../../ui/TextInput';
import { loadDemoCases } from './loadDemoCases';

/** For demonstrations, training and benchmarks only: every family it creates is invented. */
export function DemoDataPage() {
  const session = useSession();
  const [count, setCount] = useState('20');
  const [error, setError] = useState<string | undefined>();
  const [loaded, setLoaded] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    if (!session) return;
    const n = Number(count.trim());
    if (!/^\d+$/.test(count.trim()) || n < 1 || n > 1000) {
      setError('Enter a number of cases between 1 and 1,000');
      return;
    }
    setError(undefined);
    setBusy(true);
    try {
      setLoaded(await loadDemoCases(n, session.practitioner.id));
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : 'The demo cases could not be saved.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={error ? [{ href: 'count', message: error }] : []} />
        <h1 className="govuk-heading-l">Demo data</h1>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            For training and demonstrations only. Every family created here is invented, and the cases are assigned to
            you.
          </strong>
        </div>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="count"
            label="Number of cases"
            inputMode="numeric"
            widthClass="govuk-input--width-5"
            value={count}
            onChange={setCount}
            error={error}
          />
          <button type="submit" className="govuk-button" disabled={busy}>
            Load demo cases
          </button>
        </form>
        {loaded !== null && (
          <p className="govuk-body" role="status">
            Loaded {loaded} cases
          </p>
        )}
      </div>
    </div>
  );
}
