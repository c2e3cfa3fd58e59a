// Browser entry of the caseload benchmark, bundled by bench/caseloadBenchPageBuild.ts and loaded in Chromium. It
// fills the app's IndexedDB through the app's own data layer (src/db applyWrites: validated records with their
// outbox changes, as the demo page writes them) and times the very function the dashboard screen calls.
import { applyWrites, listCaseRecords, listKind, readSession, type WriteOperation } from '../src/db';
import { isAssessmentStage } from '../src/domain/caseTimescales';
import { todayIso } from '../src/domain/dateInput';
import { generateDemoRecords } from '../src/domain/demo/caseloadGenerator';
import { generateDemoDirectory } from '../src/domain/demo/directoryGenerator';
import type { EpisodeStatus } from '../src/domain/records/episode';
import { signIn } from '../src/sync/authClient';
import { loadCaseloadDashboard } from '../src/features/dashboard/loadCaseloadDashboard';

/** Operations per data-layer transaction while the device is filled (not timed). */
const WRITE_BATCH = 500;

export interface FillResult {
  readonly records: number;
  readonly cases: number;
  readonly byKind: Record<string, number>;
  readonly ms: number;
}

/**
 * Writes the demo directory's agencies and synthetic case records (`total` records in all), every case assessed by
 * the signed-in practitioner and dated around today, so the dashboard has real due and overdue items to find.
 */
async function fill(total: number, seed: string): Promise<FillResult> {
  const session = await readSession();
  if (!session) throw new Error('not signed in');
  const today = todayIso();
  const directory = generateDemoDirectory({ seed, today });
  const agencies = directory.records.filter((record) => record.kind === 'agency');
  const cases = generateDemoRecords({
    seed,
    count: total - agencies.length,
    practitionerIds: [session.practitioner.id],
    agencyIds: directory.agencyIdsByKey,
    today,
  });
  const records = [...agencies, ...cases];
  const started = performance.now();
  for (let start = 0; start < records.length; start += WRITE_BATCH) {
    const operations = records.slice(start, start + WRITE_BATCH).map((record): WriteOperation => ({
      op: 'create',
      kind: record.kind,
      caseId: record.meta.caseId,
      id: record.meta.id,
      data: record.data as Record<string, unknown>,
    }));
    await applyWrites(operations);
  }
  const byKind: Record<string, number> = {};
  for (const record of records) byKind[record.kind] = (byKind[record.kind] ?? 0) + 1;
  return {
    records: records.length,
    cases: new Set(cases.map((record) => record.meta.caseId)).size,
    byKind,
    ms: performance.now() - started,
  };
}

export interface LoadTiming {
  readonly ms: number;
  /** What the dashboard would list, to show the query found real work (and the same work every time). */
  readonly listed: Record<string, number>;
}

/**
 * One dashboard load, timed from the call to the resolved result, as DashboardPage makes it (today's date,
 * default settings). The session is read first, untimed: the app has read it (and so opened the database) before
 * any screen renders.
 */
async function timeLoad(): Promise<LoadTiming> {
  if (!(await readSession())) throw new Error('not signed in');
  const today = todayIso();
  const started = performance.now();
  const { dashboard } = await loadCaseloadDashboard(today);
  const ms = performance.now() - started;
  const listed: Record<string, number> = {};
  for (const [name, value] of Object.entries(dashboard)) {
    if (Array.isArray(value)) listed[name] = value.length;
  }
  return { ms, listed };
}

export interface ReadBreakdown {
  /** Milliseconds and records for one whole-kind read through the [kind+caseId] index, as the query makes them. */
  readonly kinds: Record<string, { ms: number; records: number }>;
  /** The per-case alternative for assessments: one indexed query per case in its assessment stage. */
  readonly assessmentsPerCase: { ms: number; cases: number; records: number };
}

/** Where the query's time goes: each read it makes, timed alone (diagnostic, not the reported figure). */
async function breakdown(): Promise<ReadBreakdown> {
  const kinds: Record<string, { ms: number; records: number }> = {};
  for (const kind of ['episode', 'assessment', 'tacMeeting', 'review', 'action'] as const) {
    const started = performance.now();
    const records = await listKind(kind);
    kinds[kind] = { ms: performance.now() - started, records: records.length };
  }
  const episodes = await listKind('episode');
  const inAssessment = episodes.filter((episode) => isAssessmentStage(episode.data.status as EpisodeStatus));
  const started = performance.now();
  const lists = await Promise.all(inAssessment.map((episode) => listCaseRecords(episode.id, 'assessment')));
  return {
    kinds,
    assessmentsPerCase: {
      ms: performance.now() - started,
      cases: inAssessment.length,
      records: lists.reduce((sum, list) => sum + list.length, 0),
    },
  };
}

const caseloadBench = {
  signIn: async (email: string, password: string) => {
    await signIn(email, password);
  },
  fill,
  timeLoad,
  breakdown,
};
export type CaseloadBenchApi = typeof caseloadBench;

(window as unknown as { caseloadBench: CaseloadBenchApi }).caseloadBench = caseloadBench;
