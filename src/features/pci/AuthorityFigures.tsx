import { useCallback, useEffect, useState } from 'react';
import { averageChangeInWords, type PciRater } from '../../domain/pciScoring';
import type { ReportCount, ReportRow } from '../../domain/reportProtocol';
import { fetchDistanceTravelledReport, type ReportResult, type ReportUnavailable } from '../../sync/reportClient';
import { SummaryList } from '../../ui/SummaryList';
import { categoryLabel } from '../plan/planLabels';
import { figuresInWords, FiguresTable, outcomeLabel, percent, type FiguresLine } from './FiguresTable';

const NOT_SHOWN = 'Not shown';

const UNAVAILABLE: Record<ReportUnavailable, string> = {
  offline: 'Connect to see figures across the authority; figures for your cases are below.',
  signedOut: 'Sign in again to see figures across the authority; figures for your cases are below.',
  updateRequired:
    'Reload the app to update it, then you can see figures across the authority. Figures for your cases are below.',
  failed: 'The figures across the authority could not be fetched just now. Figures for your cases are below.',
};

const countText = (count: ReportCount) => (count.withheld ? NOT_SHOWN : String(count.value));
const lineOf = (row: ReportRow): FiguresLine => ({
  key: row.key,
  figures: row.withheld ? 'withheld' : figuresInWords(row),
});

function generatedAtText(iso: string): string {
  const at = new Date(iso);
  const date = at.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `Worked out by the server at ${time} on ${date}.`;
}

/** Fetches the report when the page opens and again when the connection comes back. */
function useAuthorityReport(): { result: ReportResult | 'loading'; retry: () => void } {
  const [result, setResult] = useState<ReportResult | 'loading'>('loading');
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  useEffect(() => {
    let current = true;
    setResult((previous) => (previous !== 'loading' && previous.status === 'ok' ? previous : 'loading'));
    void fetchDistanceTravelledReport().then((fetched) => {
      if (!current) return;
      // Figures already fetched stay on screen when the signal drops: they say when they were worked out.
      setResult((previous) =>
        fetched.status !== 'ok' && previous !== 'loading' && previous.status === 'ok' ? previous : fetched,
      );
    });
    return () => {
      current = false;
    };
  }, [attempt]);
  useEffect(() => {
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [retry]);
  return { result, retry };
}

/**
 * Distance travelled across every case in the authority, added up by the sync server (a device holds
 * only its practitioner's cases). Small numbers come withheld from the server, and say so here.
 */
export function AuthorityFigures({ rater }: { rater: PciRater }) {
  const { result, retry } = useAuthorityReport();
  const heading = (
    <h2 className="govuk-heading-l" id="authority">
      Across the authority
    </h2>
  );
  if (result === 'loading')
    return (
      <section aria-labelledby="authority">
        {heading}
        <p className="govuk-body">Fetching the figures across the authority…</p>
      </section>
    );
  if (result.status !== 'ok')
    return (
      <section aria-labelledby="authority">
        {heading}
        <div className="govuk-inset-text">{UNAVAILABLE[result.status]}</div>
        {result.status === 'failed' && (
          <button type="button" className="govuk-button govuk-button--secondary" onClick={retry}>
            Try again
          </button>
        )}
      </section>
    );

  const { report } = result;
  const figures = report.raters.find((candidate) => candidate.rater === rater);
  const overall = figures?.overall;
  const shown = overall && !overall.withheld ? overall : undefined;
  const { minNeeds, minEpisodes } = report.suppression;
  return (
    <section aria-labelledby="authority">
      {heading}
      <p className="govuk-body">
        Every case in the authority with at least one review held. To keep families anonymous, a figure from fewer than{' '}
        {minNeeds} needs or fewer than {minEpisodes} families is not shown, nor one that could be worked out from the
        others or from your own cases.
      </p>
      <p className="govuk-body-s">{generatedAtText(report.generatedAt)}</p>
      <SummaryList
        rows={[
          { key: 'Cases with a review held', value: countText(report.episodesCounted) },
          { key: 'Needs re-scored', value: shown ? String(shown.needsCompared) : NOT_SHOWN },
          { key: 'Average change', value: shown ? averageChangeInWords(shown.averageImprovement) : NOT_SHOWN },
          {
            key: 'Needs improved',
            value: shown ? `${percent(shown.shareImproved)} (${shown.improved} of ${shown.needsCompared})` : NOT_SHOWN,
          },
          { key: 'Needs scored once so far', value: figures ? countText(figures.notRescored) : NOT_SHOWN },
        ]}
      />
      {figures && !figures.otherScale.withheld && figures.otherScale.value > 0 && (
        <p className="govuk-body">
          {figures.otherScale.value === 1
            ? '1 need was scored on another scale and is not counted here.'
            : `${figures.otherScale.value} needs were scored on another scale and are not counted here.`}
        </p>
      )}
      <FiguresTable
        caption="Across the authority, by area of need"
        heading="Area of need"
        lines={(figures?.byCategory ?? []).map(lineOf)}
        label={categoryLabel}
        empty={shown ? 'No need has been re-scored yet.' : 'Not shown: too few families to keep them anonymous.'}
      />
      <FiguresTable
        caption="Across the authority, by Supporting Families outcome"
        heading="Outcome"
        lines={(figures?.byOutcome ?? []).map(lineOf)}
        label={outcomeLabel}
        empty={
          shown
            ? 'No need tagged with an outcome has been re-scored yet.'
            : 'Not shown: too few families to keep them anonymous.'
        }
      />
    </section>
  );
}
