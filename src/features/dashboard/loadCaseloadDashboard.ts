import { listCaseRecords, listKind, readCaseloadClocks, type StoredRecord } from '../../db';
import { isAssessmentStage } from '../../domain/caseTimescales';
import {
  dashboardFromClocks,
  deriveCaseloadDashboard,
  type CaseloadDashboard,
  type CaseloadInput,
} from '../../domain/caseloadDashboard';
import type { TimescaleSettings } from '../../domain/config/timescaleDefaults';
import type { EpisodeStatus } from '../../domain/records/episode';

export interface LoadedCaseload {
  dashboard: CaseloadDashboard;
  /** The children of every open case, so a row can name its child without another episode read. */
  childIdsByCase: Map<string, string[]>;
}

/**
 * Above this many cases in assessment, one read of every assessment beats one query per case:
 * each IndexedDB query pays for its own transaction (measured in Chromium on 50,000 records: 655
 * per-case queries took about twice as long as one read of all 2,300 assessments).
 */
export const PER_CASE_READ_LIMIT = 50;

const asInput = <T>(records: readonly StoredRecord[]) =>
  records.map((record) => ({ id: record.id, caseId: record.caseId, data: record.data as T }));

/**
 * The dashboard's query: reads the derived per-case deadlines index (src/db/caseClocksIndex.ts) for
 * the cases listed by today, instead of every episode, assessment, meeting, review and action.
 */
export async function loadCaseloadDashboard(today: string): Promise<LoadedCaseload> {
  const { rows, openCases } = await readCaseloadClocks(today);
  return {
    dashboard: dashboardFromClocks(rows, today, openCases),
    childIdsByCase: new Map(rows.map((row) => [row.caseId, row.childIds])),
  };
}

/**
 * The same dashboard derived from every record instead of the index: the reference the index is
 * tested against, and the way to see the caseload under other timescale settings.
 */
export async function deriveCaseloadFromRecords(today: string, settings?: TimescaleSettings): Promise<LoadedCaseload> {
  const episodes = await listKind('episode');
  const inAssessment = episodes.filter((episode) => isAssessmentStage(episode.data.status as EpisodeStatus));
  const [assessments, meetings, reviews, actions] = await Promise.all([
    inAssessment.length > PER_CASE_READ_LIMIT
      ? listKind('assessment').then((all) => {
          const wanted = new Set(inAssessment.map((episode) => episode.id));
          return all.filter((assessment) => wanted.has(assessment.caseId));
        })
      : Promise.all(inAssessment.map((episode) => listCaseRecords(episode.id, 'assessment'))).then((lists) =>
          lists.flat(),
        ),
    listKind('tacMeeting'),
    listKind('review'),
    listKind('action'),
  ]);
  const input: CaseloadInput = {
    episodes: asInput<CaseloadInput['episodes'][number]['data']>(episodes),
    assessments: asInput(assessments),
    meetings: asInput(meetings),
    reviews: asInput(reviews),
    actions: asInput(actions),
  };
  return {
    dashboard: deriveCaseloadDashboard(input, today, settings),
    childIdsByCase: new Map(episodes.map((episode) => [episode.id, (episode.data.childIds as string[]) ?? []])),
  };
}
