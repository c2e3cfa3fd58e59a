import { describe, expect, it } from 'vitest';
import { authorityConfigSchema, DEFAULT_AUTHORITY_CONFIG } from './authorityConfig';
import { CLOSURE_REASONS, STEP_UP_DESTINATIONS } from './closureReasons';
import { LAWFUL_REASONS } from './lawfulReasons';
import {
  CALDERDALE_TIERS_MODEL,
  compareLevels,
  DEFAULT_LEVEL_MODEL_ID,
  findLevel,
  HALTON_LEVELS_MODEL,
  levelOfNeedModelSchema,
} from './levelsOfNeed';
import { DEFAULT_PARTNER_AGENCIES, partnerAgencyListSchema } from './partnerAgencies';
import { DEFAULT_PCI_SCALE, pciScaleSchema } from './pciScale';
import { SUPPORTING_FAMILIES_OUTCOMES } from './supportingFamiliesOutcomes';
import { DEFAULT_REVIEW_INTERVAL_MONTHS, DEFAULT_TIMESCALES } from './timescaleDefaults';
import { timescaleSettingsSchema } from './timescaleSettings';

describe('levels of need configuration', () => {
  it('ships Halton’s five levels as the default', () => {
    expect(DEFAULT_LEVEL_MODEL_ID).toBe(HALTON_LEVELS_MODEL.id);
    expect(HALTON_LEVELS_MODEL.levels.map((level) => level.label)).toEqual([
      'Level 1',
      'Level 2',
      'Level 3a',
      'Level 3b',
      'Level 4',
    ]);
    expect(findLevel('halton-levels', '3b')?.description).toContain('parenting may be compromised');
  });

  it('ships Calderdale’s four tiers as a second model', () => {
    expect(CALDERDALE_TIERS_MODEL.levels.map((level) => level.label)).toEqual(['Tier 1', 'Tier 2', 'Tier 3', 'Tier 4']);
  });

  it('signals safeguarding only at the top level of each model', () => {
    for (const model of [HALTON_LEVELS_MODEL, CALDERDALE_TIERS_MODEL]) {
      const flagged = model.levels.filter((level) => level.signalsSafeguarding).map((level) => level.id);
      expect(flagged).toEqual([model.levels[model.levels.length - 1]?.id]);
    }
  });

  it('tells a step up from a step down', () => {
    expect(compareLevels(HALTON_LEVELS_MODEL, '2', '3b')).toBeGreaterThan(0);
    expect(compareLevels(HALTON_LEVELS_MODEL, '4', '3a')).toBeLessThan(0);
    expect(compareLevels(HALTON_LEVELS_MODEL, '2', 'unknown')).toBe(0);
  });

  it('refuses a model whose top level does not signal safeguarding, or with a level twice', () => {
    const levels = HALTON_LEVELS_MODEL.levels.map((level) => ({ ...level, signalsSafeguarding: false }));
    expect(levelOfNeedModelSchema.safeParse({ ...HALTON_LEVELS_MODEL, levels }).success).toBe(false);
    const twice = [...HALTON_LEVELS_MODEL.levels, HALTON_LEVELS_MODEL.levels[4]];
    expect(levelOfNeedModelSchema.safeParse({ ...HALTON_LEVELS_MODEL, levels: twice }).success).toBe(false);
  });
});

describe('other configuration', () => {
  it('lists the partner agencies families can consent to', () => {
    const keys = DEFAULT_PARTNER_AGENCIES.map((agency) => agency.key);
    for (const key of [
      'health',
      'camhs',
      'school',
      'housing',
      'childrensCentre',
      'police',
      'voluntary',
      'adultServices',
    ])
      expect(keys).toContain(key);
    expect(partnerAgencyListSchema.safeParse([...DEFAULT_PARTNER_AGENCIES, DEFAULT_PARTNER_AGENCIES[0]]).success).toBe(
      false,
    );
  });

  it('has a 1 to 5 PCI scale where 1 is least concern, with a label per point', () => {
    expect(DEFAULT_PCI_SCALE).toMatchObject({ min: 1, max: 5, direction: 'higherIsMoreConcern' });
    expect(DEFAULT_PCI_SCALE.points.map((point) => point.value)).toEqual([1, 2, 3, 4, 5]);
    expect(pciScaleSchema.safeParse({ ...DEFAULT_PCI_SCALE, points: DEFAULT_PCI_SCALE.points.slice(1) }).success).toBe(
      false,
    );
  });

  it('defaults to reviews every 3 months, assessment in 4 weeks and drift at 12 months', () => {
    expect(DEFAULT_REVIEW_INTERVAL_MONTHS).toBe(3);
    expect(DEFAULT_TIMESCALES).toEqual({ assessmentDueWeeks: 4, reviewIntervalMonths: 3, driftMonths: 12 });
    expect(timescaleSettingsSchema.parse(DEFAULT_TIMESCALES)).toEqual(DEFAULT_TIMESCALES);
  });

  it('lists closure reasons, step-up destinations, lawful reasons and the ten outcomes', () => {
    expect(CLOSURE_REASONS).toHaveLength(6);
    expect(STEP_UP_DESTINATIONS).toHaveLength(3);
    expect(LAWFUL_REASONS).toHaveLength(6);
    expect(SUPPORTING_FAMILIES_OUTCOMES).toHaveLength(10);
  });

  it('validates the whole authority configuration', () => {
    expect(authorityConfigSchema.safeParse(DEFAULT_AUTHORITY_CONFIG).success).toBe(true);
    const broken = { ...DEFAULT_AUTHORITY_CONFIG, defaultLevelModelId: 'nowhere' };
    expect(authorityConfigSchema.safeParse(broken).error?.issues[0]?.path).toEqual(['defaultLevelModelId']);
  });
});
