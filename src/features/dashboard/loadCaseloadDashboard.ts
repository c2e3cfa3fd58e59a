import { getRecord, listCaseRecords, listKind, type StoredRecord } from '../../db';
import { isAssessmentStage } from '../../domain/caseTimescales';
import { deriveCaseloadDashboard, type CaseloadDashboard, type CaseloadInput } from '../../domain/caseloadDashboard';
import type { TimescaleSettings } from '../../domain/config/timescaleDefaults';
import type { EpisodeStatus } from '../../domain/records/episode';
import { childDisplayName } from '../caseload/childName';

export interface LoadedCaseload {
  dashboard: CaseloadDashboard;
  /** The children's names of each case the dashboard lists, for its rows. */
  caseNames: Map<string, string>;
}

const asInput = <T>(records: readonly StoredRecord[]) =>
  records.map((record) => ({ id: record.id, caseId: record.caseId, data: record.data as T }));

/**
 * Reads only what the dashboard needs, each through the [kind+caseId] index: every episode, the
 * meetings, reviews and actions, and assessments only for the cases still in their assessment stage
 * (the largest records on the device, and only those cases run the 4-week clock). Names are read
 * afterwards for the cases actually listed, never for the whole caseload.
 */
export async function loadCaseloadDashboard(today: string, settings?: TimescaleSettings): Promise<LoadedCaseload> {
  const episodes = await listKind('episode');
  const inAssessment = episodes.filter(
    (episode) => episode.data.status !== 'closed' && isAssessmentStage(episode.data.status as EpisodeStatus),
  );
  const [assessments, meetings, reviews, actions] = await Promise.all([
    Promise.all(inAssessment.map((episode) => listCaseRecords(episode.id, 'assessment'))),
    listKind('tacMeeting'),
    listKind('review'),
    listKind('action'),
  ]);
  const input: CaseloadInput = {
    episodes: asInput<CaseloadInput['episodes'][number]['data']>(episodes),
    assessments: asInput(assessments.flat()),
    meetings: asInput(meetings),
    reviews: asInput(reviews),
    actions: asInput(actions),
  };
  const dashboard = deriveCaseloadDashboard(input, today, settings);
  return { dashboard, caseNames: await namesOfListedCases(dashboard, episodes) };
}

async function namesOfListedCases(
  dashboard: CaseloadDashboard,
  episodes: readonly StoredRecord[],
): Promise<Map<string, string>> {
  const listed = new Set(
    [
      dashboard.assessmentsOverdue,
      dashboard.assessmentsDue,
      dashboard.reviewsOverdue,
      dashboard.reviewsDue,
      dashboard.actionsPastDate,
      dashboard.meetingsWaiting,
      dashboard.drifting,
    ].flatMap((items) => items.map((item) => item.caseId)),
  );
  const childIdsByCase = new Map(
    episodes
      .filter((episode) => listed.has(episode.id))
      .map((episode) => [episode.id, episode.data.childIds as string[]]),
  );
  const names = new Map<string, string>();
  await Promise.all(
    [...childIdsByCase].map(async ([caseId, childIds]) => {
      const children = await Promise.all(childIds.map((childId) => getRecord('child', childId)));
      const present = children.filter((child): child is StoredRecord => child !== undefined);
      names.set(caseId, present.map(childDisplayName).join(' and ') || 'Case without a named child');
    }),
  );
  return names;
}
