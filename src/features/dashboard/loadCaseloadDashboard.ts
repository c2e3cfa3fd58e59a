import { listCaseRecords, listKind, type StoredRecord } from '../../db';
import { isAssessmentStage } from '../../domain/caseTimescales';
import { deriveCaseloadDashboard, type CaseloadDashboard, type CaseloadInput } from '../../domain/caseloadDashboard';
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
 * The dashboard's query. Reads only what the derivation needs, each through the [kind+caseId]
 * index: every episode, the meetings, reviews and actions, and the assessments of the cases still in
 * their assessment stage (the largest records on the device, and only those cases run the 4-week
 * clock): per case for a normal caseload, in one read for a very large one. Children's names are not read here: each listed row reads its own, so the query does not
 * grow with the number of names.
 */
export async function loadCaseloadDashboard(today: string, settings?: TimescaleSettings): Promise<LoadedCaseload> {
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
