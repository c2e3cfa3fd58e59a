import { uuidv7 } from 'uuidv7';
import { z } from 'zod';

/** Ids are made on the device (UUIDv7: time-ordered, no server round trip needed offline). */
export function newId(): string {
  return uuidv7();
}

export const idSchema = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/, 'Must be a UUIDv7');

/** A device id is also the HLC node id, so it must fit the HLC pattern. */
export const deviceIdSchema = z.string().regex(/^[0-9A-Za-z_-]{8,64}$/, 'Must be a device id');
