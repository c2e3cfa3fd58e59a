import { z } from 'zod';
import { deviceIdSchema, idSchema } from './ids';
import { hlcSchema } from './recordMeta';
import { recordKindSchema } from './records/registry';

/**
 * A change is what the outbox holds and what sync carries: one write to one record, stamped with
 * the device that made it, that device's gap-free sequence number and an HLC timestamp.
 *
 * - `set`: new values for some fields of a mergeable record. `base` holds, per field, the version
 *   (HLC of the change that last set it) the edit was made on top of, or null for a field never
 *   set: the server uses it to tell a follow-up edit from a concurrent one.
 * - `append`: a whole record of an append-only kind (consent events, PCI scores, audit events...).
 *   It is never edited afterwards, so it never conflicts.
 * - `delete`: a tombstone. `base` is the newest field version the deleting device had seen; an edit
 *   it had not seen wins over the deletion rather than being silently lost.
 */
const changeHeader = {
  deviceId: deviceIdSchema,
  seq: z.number().int().positive(),
  hlc: hlcSchema,
  author: idSchema,
  schemaVersion: z.number().int().positive(),
  kind: recordKindSchema,
  recordId: idSchema,
  caseId: idSchema,
};

const fieldName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]{0,63}$/, 'Must be a field name');

export const setChangeSchema = z.object({
  ...changeHeader,
  op: z.literal('set'),
  fields: z.record(fieldName, z.unknown()),
  base: z.record(fieldName, hlcSchema.nullable()),
});

export const appendChangeSchema = z.object({
  ...changeHeader,
  op: z.literal('append'),
  fields: z.record(fieldName, z.unknown()),
});

export const deleteChangeSchema = z.object({
  ...changeHeader,
  op: z.literal('delete'),
  base: hlcSchema.nullable(),
});

export const changeSchema = z.discriminatedUnion('op', [setChangeSchema, appendChangeSchema, deleteChangeSchema]);
export type Change = z.infer<typeof changeSchema>;
export type SetChange = z.infer<typeof setChangeSchema>;
export type AppendChange = z.infer<typeof appendChangeSchema>;
export type DeleteChange = z.infer<typeof deleteChangeSchema>;
