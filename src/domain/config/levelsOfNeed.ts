import { z } from 'zod';

/**
 * A level (or tier) of need in an authority's thresholds model. `signalsSafeguarding` marks the
 * levels where the child may need protection: recording one shows the safeguarding interrupt
 * (contact the children's social care front door / MASH now) instead of carrying on with a CAF.
 */
export const levelOfNeedSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/, 'Level ids are lower-case letters and digits'),
  label: z.string().min(1),
  description: z.string().min(1),
  /** What a CAF means at this level, as the authority's thresholds document puts it. */
  cafGuidance: z.enum(['notNeeded', 'consider', 'recommended', 'stepUp']),
  signalsSafeguarding: z.boolean(),
});
export type LevelOfNeed = z.infer<typeof levelOfNeedSchema>;

export const levelOfNeedModelSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/, 'Model ids are lower-case letters, digits and hyphens'),
    name: z.string().min(1),
    authority: z.string().min(1),
    /** Lowest need first: a higher index is a step up. */
    levels: z.array(levelOfNeedSchema).min(2, 'A model needs at least two levels'),
  })
  .superRefine((model, ctx) => {
    const seen = new Set<string>();
    model.levels.forEach((level, index) => {
      if (seen.has(level.id))
        ctx.addIssue({ code: 'custom', path: ['levels', index, 'id'], message: `Level id ${level.id} is used twice` });
      seen.add(level.id);
    });
    const top = model.levels[model.levels.length - 1];
    if (top && !top.signalsSafeguarding)
      ctx.addIssue({
        code: 'custom',
        path: ['levels', model.levels.length - 1, 'signalsSafeguarding'],
        message: 'The highest level must signal safeguarding',
      });
  });
export type LevelOfNeedModel = z.infer<typeof levelOfNeedModelSchema>;

/** Halton Children's Trust "Levels of Need" framework (seed 003, 2010), level 3 split into (a) and (b). */
export const HALTON_LEVELS_MODEL: LevelOfNeedModel = levelOfNeedModelSchema.parse({
  id: 'halton-levels',
  name: 'Levels of Need',
  authority: 'Halton',
  levels: [
    {
      id: '1',
      label: 'Level 1',
      description:
        'Children with no additional needs, accessing universal services (including, for example, schools and primary health care).',
      cafGuidance: 'notNeeded',
      signalsSafeguarding: false,
    },
    {
      id: '2',
      label: 'Level 2',
      description:
        'Children with additional needs that can be met via CAF and coordinated by a Lead Professional, if a multi-agency response is required.',
      cafGuidance: 'consider',
      signalsSafeguarding: false,
    },
    {
      id: '3a',
      label: 'Level 3a',
      description:
        'Children with additional more complex needs that require a multi-agency response coordinated by a Lead Professional either via CAF or a Child in Need Plan.',
      cafGuidance: 'recommended',
      signalsSafeguarding: false,
    },
    {
      id: '3b',
      label: 'Level 3b',
      description:
        'Children with a high level of needs, where parenting may be compromised and who are at risk of having needs at Level 4: a Child in Need Plan is required.',
      cafGuidance: 'stepUp',
      signalsSafeguarding: false,
    },
    {
      id: '4',
      label: 'Level 4',
      description:
        'Children with significant needs and compromised parenting or caring, in need of protection from harm.',
      cafGuidance: 'stepUp',
      signalsSafeguarding: true,
    },
  ],
});

/** Calderdale's thresholds document tiers (seed 002, table 10). */
export const CALDERDALE_TIERS_MODEL: LevelOfNeedModel = levelOfNeedModelSchema.parse({
  id: 'calderdale-tiers',
  name: 'Thresholds tiers',
  authority: 'Calderdale',
  levels: [
    {
      id: '1',
      label: 'Tier 1',
      description: 'Universal: need can be met by a single agency.',
      cafGuidance: 'notNeeded',
      signalsSafeguarding: false,
    },
    {
      id: '2',
      label: 'Tier 2',
      description: 'Targeted: may need involvement from more than one agency.',
      cafGuidance: 'consider',
      signalsSafeguarding: false,
    },
    {
      id: '3',
      label: 'Tier 3',
      description: 'Targeted: needs a co-ordinated multi-agency plan.',
      cafGuidance: 'recommended',
      signalsSafeguarding: false,
    },
    {
      id: '4',
      label: 'Tier 4',
      description:
        'Complex: needs input from a specialist agency or a statutory service as part of a multi-agency plan; referred to the initial response team.',
      cafGuidance: 'stepUp',
      signalsSafeguarding: true,
    },
  ],
});

export const LEVEL_OF_NEED_MODELS: readonly LevelOfNeedModel[] = [HALTON_LEVELS_MODEL, CALDERDALE_TIERS_MODEL];
export const DEFAULT_LEVEL_MODEL_ID = HALTON_LEVELS_MODEL.id;

export function findLevelModel(
  modelId: string,
  models: readonly LevelOfNeedModel[] = LEVEL_OF_NEED_MODELS,
): LevelOfNeedModel | undefined {
  return models.find((model) => model.id === modelId);
}

export function findLevel(
  modelId: string,
  levelId: string,
  models: readonly LevelOfNeedModel[] = LEVEL_OF_NEED_MODELS,
): LevelOfNeed | undefined {
  return findLevelModel(modelId, models)?.levels.find((level) => level.id === levelId);
}

/** Positive when `toLevelId` is a step up from `fromLevelId`, negative for a step down, 0 when equal or unknown. */
export function compareLevels(model: LevelOfNeedModel, fromLevelId: string, toLevelId: string): number {
  const from = model.levels.findIndex((level) => level.id === fromLevelId);
  const to = model.levels.findIndex((level) => level.id === toLevelId);
  if (from < 0 || to < 0) return 0;
  return to - from;
}
