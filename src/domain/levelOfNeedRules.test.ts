import { describe, expect, it } from 'vitest';
import { CALDERDALE_TIERS_MODEL, HALTON_LEVELS_MODEL } from './config/levelsOfNeed';
import {
  classifyLevelChange,
  currentLevelEntry,
  episodeLevelModel,
  isStepUpOutOfEarlyHelp,
  levelHistory,
  signalsSafeguarding,
  type RecordedLevelEntry,
} from './levelOfNeedRules';

function entry(
  id: string,
  levelId: string,
  date: string,
  extra: Partial<RecordedLevelEntry['data']> = {},
): RecordedLevelEntry {
  return {
    id,
    createdAt: `${date}T09:00:00.000Z`,
    data: { modelId: 'halton-levels', levelId, date, reason: 'Reason', decidedBy: 'p', ...extra },
  };
}

describe('which model an episode uses', () => {
  it('uses Halton’s levels when the episode names none', () => {
    expect(episodeLevelModel(undefined).id).toBe('halton-levels');
  });
  it('keeps the model stored on the episode', () => {
    expect(episodeLevelModel('calderdale-tiers').id).toBe('calderdale-tiers');
  });
  it('falls back to the default for a model the authority no longer configures', () => {
    expect(episodeLevelModel('retired-model').id).toBe('halton-levels');
  });
});

describe('step up and step down: Halton levels', () => {
  it('treats the first decision as neither', () => {
    expect(classifyLevelChange(HALTON_LEVELS_MODEL, undefined, '2')).toBe('first');
  });
  it('orders 3a below 3b, so 3a to 3b is a step up and 3b to 3a a step down', () => {
    expect(classifyLevelChange(HALTON_LEVELS_MODEL, '3a', '3b')).toBe('stepUp');
    expect(classifyLevelChange(HALTON_LEVELS_MODEL, '3b', '3a')).toBe('stepDown');
  });
  it('sees no change when the level is confirmed', () => {
    expect(classifyLevelChange(HALTON_LEVELS_MODEL, '2', '2')).toBe('same');
  });
  it('interrupts at level 4 only, unless there is a risk of significant harm', () => {
    expect(
      HALTON_LEVELS_MODEL.levels.filter((level) => signalsSafeguarding(HALTON_LEVELS_MODEL, level.id)).map((l) => l.id),
    ).toEqual(['4']);
    expect(signalsSafeguarding(HALTON_LEVELS_MODEL, '2', true)).toBe(true);
    expect(signalsSafeguarding(HALTON_LEVELS_MODEL, undefined, false)).toBe(false);
  });
  it('leaves early help at 3b (Child in Need plan) and above', () => {
    expect(isStepUpOutOfEarlyHelp(HALTON_LEVELS_MODEL, '3a')).toBe(false);
    expect(isStepUpOutOfEarlyHelp(HALTON_LEVELS_MODEL, '3b')).toBe(true);
    expect(isStepUpOutOfEarlyHelp(HALTON_LEVELS_MODEL, '4')).toBe(true);
  });
});

describe('step up and step down: Calderdale tiers', () => {
  it('classifies tier moves', () => {
    expect(classifyLevelChange(CALDERDALE_TIERS_MODEL, '2', '3')).toBe('stepUp');
    expect(classifyLevelChange(CALDERDALE_TIERS_MODEL, '4', '2')).toBe('stepDown');
  });
  it('interrupts at tier 4 only', () => {
    expect(
      CALDERDALE_TIERS_MODEL.levels
        .filter((level) => signalsSafeguarding(CALDERDALE_TIERS_MODEL, level.id))
        .map((l) => l.id),
    ).toEqual(['4']);
  });
  it('does not know Halton’s 3b', () => {
    expect(classifyLevelChange(CALDERDALE_TIERS_MODEL, '3', '3b')).toBe('same');
    expect(signalsSafeguarding(CALDERDALE_TIERS_MODEL, '3b')).toBe(false);
  });
});

describe('level of need history', () => {
  it('classifies each decision against the previous one about the same child, in date order', () => {
    const rows = levelHistory([
      entry('c', '2', '2026-06-01'),
      entry('a', '2', '2026-01-10'),
      entry('b', '4', '2026-03-01'),
      entry('d', '3a', '2026-02-01', { childId: 'sibling' }),
    ]);
    expect(rows.map((row) => [row.entry.id, row.change])).toEqual([
      ['a', 'first'],
      ['d', 'first'],
      ['b', 'stepUp'],
      ['c', 'stepDown'],
    ]);
    expect(rows[2]?.level?.label).toBe('Level 4');
  });

  it('starts a new history when the model changes', () => {
    const rows = levelHistory([
      entry('a', '4', '2026-01-01'),
      entry('b', '2', '2026-02-01', { modelId: 'calderdale-tiers' }),
    ]);
    expect(rows.map((row) => row.change)).toEqual(['first', 'first']);
  });

  it('finds the latest decision, recorded order breaking same-day ties', () => {
    const morning = entry('m', '2', '2026-05-05');
    const afternoon = { ...entry('n', '3a', '2026-05-05'), createdAt: '2026-05-05T15:00:00.000Z' };
    expect(currentLevelEntry([afternoon, morning])?.id).toBe('n');
    expect(currentLevelEntry([])).toBeUndefined();
  });

  it('counts a whole-family decision for each child, but not another child’s own decision', () => {
    const family = entry('f', '2', '2026-01-01');
    const sibling = entry('s', '3b', '2026-02-01', { childId: 'sibling' });
    expect(currentLevelEntry([family, sibling], 'child')?.id).toBe('f');
    expect(currentLevelEntry([family, sibling], 'sibling')?.id).toBe('s');
  });
});
