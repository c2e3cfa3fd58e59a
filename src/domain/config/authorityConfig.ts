import { z } from 'zod';
import { DEFAULT_LEVEL_MODEL_ID, LEVEL_OF_NEED_MODELS, levelOfNeedModelSchema } from './levelsOfNeed';
import { DEFAULT_PARTNER_AGENCIES, partnerAgencyListSchema } from './partnerAgencies';
import { DEFAULT_PCI_SCALE, pciScaleSchema } from './pciScale';
import { DEFAULT_TIMESCALES } from './timescaleDefaults';
import { timescaleSettingsSchema } from './timescaleSettings';

/**
 * Everything an authority may set differently, validated as one object so a bad configuration is
 * refused at start-up rather than found by a practitioner mid-visit.
 */
export const authorityConfigSchema = z
  .object({
    levelModels: z.array(levelOfNeedModelSchema).min(1),
    defaultLevelModelId: z.string(),
    partnerAgencies: partnerAgencyListSchema,
    pciScales: z.array(pciScaleSchema).min(1),
    defaultPciScaleId: z.string(),
    timescales: timescaleSettingsSchema,
  })
  .superRefine((config, ctx) => {
    if (!config.levelModels.some((model) => model.id === config.defaultLevelModelId))
      ctx.addIssue({
        code: 'custom',
        path: ['defaultLevelModelId'],
        message: 'The default level model is not in the list',
      });
    if (!config.pciScales.some((scale) => scale.id === config.defaultPciScaleId))
      ctx.addIssue({
        code: 'custom',
        path: ['defaultPciScaleId'],
        message: 'The default PCI scale is not in the list',
      });
  });
export type AuthorityConfig = z.infer<typeof authorityConfigSchema>;

export const DEFAULT_AUTHORITY_CONFIG: AuthorityConfig = authorityConfigSchema.parse({
  levelModels: LEVEL_OF_NEED_MODELS,
  defaultLevelModelId: DEFAULT_LEVEL_MODEL_ID,
  partnerAgencies: DEFAULT_PARTNER_AGENCIES,
  pciScales: [DEFAULT_PCI_SCALE],
  defaultPciScaleId: DEFAULT_PCI_SCALE.id,
  timescales: DEFAULT_TIMESCALES,
});
