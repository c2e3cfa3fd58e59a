import { z } from 'zod';
import { deviceIdSchema, idSchema } from './ids';
import { isHlc } from './hlc';

/** Version of the record schemas. Bump with a migration in src/db and a note in docs/sync-protocol.md. */
export const SCHEMA_VERSION = 1;

export const hlcSchema = z.string().refine(isHlc, 'Must be a hybrid logical clock timestamp');
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
/** A calendar date as practitioners write it on forms, without a time: YYYY-MM-DD. */
export const isoDateSchema = z.iso.date();

/**
 * Metadata every stored record carries, whatever its kind. `caseId` is the CAF episode the record
 * belongs to (an episode's own caseId is its id): it is the unit of access and of sync scoping.
 */
export const recordMetaSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  schemaVersion: z.number().int().positive(),
  createdAt: isoDateTimeSchema,
  createdBy: idSchema,
  createdDevice: deviceIdSchema,
  updatedAt: isoDateTimeSchema,
  updatedBy: idSchema,
  deleted: z.boolean().optional(),
});
export type RecordMeta = z.infer<typeof recordMetaSchema>;

export const META_FIELDS = Object.keys(recordMetaSchema.shape) as ReadonlyArray<keyof RecordMeta>;
