import {
  compareLevels,
  DEFAULT_LEVEL_MODEL_ID,
  findLevelModel,
  LEVEL_OF_NEED_MODELS,
  type LevelOfNeed,
  type LevelOfNeedModel,
} from './config/levelsOfNeed';
import type { LevelOfNeedEntry } from './records/levelOfNeed';

/** A stored level-of-need entry as rules need it: its data plus when it was recorded, to order same-day decisions. */
export interface RecordedLevelEntry {
  id: string;
  createdAt: string;
  data: LevelOfNeedEntry;
}

export type LevelChange = 'first' | 'stepUp' | 'stepDown' | 'same';

/**
 * The episode's model: the one stored on the episode, else the authority default. An episode keeps
 * the model it started with even if the authority changes its default, so its history stays readable.
 */
export function episodeLevelModel(
  levelModelId: string | undefined,
  models: readonly LevelOfNeedModel[] = LEVEL_OF_NEED_MODELS,
  defaultModelId: string = DEFAULT_LEVEL_MODEL_ID,
): LevelOfNeedModel {
  const model = (levelModelId && findLevelModel(levelModelId, models)) || findLevelModel(defaultModelId, models);
  if (!model) throw new Error('No level of need model is configured');
  return model;
}

/** Whether moving from one level to another (within one model) is a step up, a step down, the first decision or no change. */
export function classifyLevelChange(
  model: LevelOfNeedModel,
  fromLevelId: string | undefined,
  toLevelId: string,
): LevelChange {
  if (fromLevelId === undefined) return 'first';
  const difference = compareLevels(model, fromLevelId, toLevelId);
  if (difference > 0) return 'stepUp';
  if (difference < 0) return 'stepDown';
  return 'same';
}

/**
 * Whether a decision must stop the practitioner with the safeguarding interrupt: the chosen level
 * signals safeguarding in the authority's model (Halton level 4, Calderdale tier 4), or any answer
 * says the child may be at risk of significant harm, whatever level was chosen.
 */
export function signalsSafeguarding(
  model: LevelOfNeedModel,
  levelId: string | undefined,
  riskOfSignificantHarm = false,
): boolean {
  if (riskOfSignificantHarm) return true;
  const level = levelId ? model.levels.find((candidate) => candidate.id === levelId) : undefined;
  return level?.signalsSafeguarding ?? false;
}

/** The level a step up leaves early help for: the lowest level whose guidance is "step up" (Halton 3b, Calderdale tier 4). */
export function isStepUpOutOfEarlyHelp(model: LevelOfNeedModel, levelId: string): boolean {
  return model.levels.find((level) => level.id === levelId)?.cafGuidance === 'stepUp';
}

function byDecisionOrder(a: RecordedLevelEntry, b: RecordedLevelEntry): number {
  return a.data.date.localeCompare(b.data.date) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
}

/** Which child a decision is about: a decision without a child covers every child of a family CAF. */
const scopeOf = (entry: RecordedLevelEntry) => entry.data.childId ?? 'all';

export interface LevelHistoryRow {
  entry: RecordedLevelEntry;
  level: LevelOfNeed | undefined;
  change: LevelChange;
}

/**
 * The history oldest first, each decision classified against the previous one about the same child
 * in the same model: a switch of model starts its own history rather than pretending to be a step.
 */
export function levelHistory(
  entries: readonly RecordedLevelEntry[],
  models: readonly LevelOfNeedModel[] = LEVEL_OF_NEED_MODELS,
): LevelHistoryRow[] {
  const previous = new Map<string, string>();
  return [...entries].sort(byDecisionOrder).map((entry) => {
    const model = findLevelModel(entry.data.modelId, models);
    const key = `${scopeOf(entry)}|${entry.data.modelId}`;
    const change = model ? classifyLevelChange(model, previous.get(key), entry.data.levelId) : 'first';
    previous.set(key, entry.data.levelId);
    return { entry, level: model?.levels.find((level) => level.id === entry.data.levelId), change };
  });
}

/** The latest decision about a child (or about the whole family when `childId` is omitted), if any. */
export function currentLevelEntry(
  entries: readonly RecordedLevelEntry[],
  childId?: string,
): RecordedLevelEntry | undefined {
  const relevant = entries.filter((entry) => !childId || !entry.data.childId || entry.data.childId === childId);
  return [...relevant].sort(byDecisionOrder).at(-1);
}
