import { z } from 'zod';
import { changeSchema } from './change';
import { deviceIdSchema, idSchema } from './ids';
import { hlcSchema, isoDateTimeSchema, SCHEMA_VERSION } from './recordMeta';
import { recordKindSchema } from './records/registry';
import { MAX_SESSIONS_TO_END, TOKEN_HASH_PATTERN } from './sessionRevocation';
import { practitionerRoleSchema } from './records/directory';

/**
 * The sync protocol between the app and sync-server, as zod schemas both sides parse with.
 * docs/sync-protocol.md explains the rules these shapes carry. Bump PROTOCOL_VERSION for any change
 * an older peer would misread; the server answers 426 `update_required` to versions it does not serve.
 */
export const PROTOCOL_VERSION = 1;
export const SUPPORTED_PROTOCOL_VERSIONS: readonly number[] = [1];
/** Record schema versions the server can store. Data is never written under a schema it does not know. */
export const SUPPORTED_SCHEMA_VERSIONS: readonly number[] = [SCHEMA_VERSION];

/**
 * Per request. Each request costs the server a commit (an fsync) and a decode on top of its changes:
 * 10,000 changes took about a tenth less time in batches of 2,500 than of 1,000. Typical edits
 * make a batch of about 1 MB of JSON, well inside the body limit.
 */
export const MAX_PUSH_CHANGES = 2500;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 500;

/** 32 random bytes, base64url: session tokens and trusted-device tokens alike. */
const randomTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Must be a token as the server issued it');

export const loginRequestSchema = z.object({
  email: z.email('Enter an email address in the correct format, like name@example.org'),
  password: z.string().min(1, 'Enter your password').max(200),
  /**
   * Given to this device at its last successful sign-in with this email: failed sign-ins elsewhere do not
   * pause sign-in from here (docs/security.md).
   */
  trustedDeviceToken: randomTokenSchema.optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

/**
 * Ends sessions by the SHA-256 of their token (lowercase hex), which is how the server keys them. A
 * device that signed out with no connection keeps this hash, not the token: it can end the session
 * once back online, but it holds nothing that could sign in or read a case.
 */
export const endSessionsRequestSchema = z.object({
  tokenHashes: z
    .array(z.string().regex(TOKEN_HASH_PATTERN, 'Each token hash must be 64 lowercase hexadecimal characters'))
    .min(1, 'Send at least one token hash')
    .max(MAX_SESSIONS_TO_END, `Send at most ${MAX_SESSIONS_TO_END} token hashes at a time`),
});
export type EndSessionsRequest = z.infer<typeof endSessionsRequestSchema>;

export const loginResponseSchema = z.object({
  token: z.string().min(32),
  expiresAt: isoDateTimeSchema,
  /** For the next sign-in with this email from this device; replaces any earlier one. */
  trustedDeviceToken: randomTokenSchema,
  practitioner: z.object({
    id: idSchema,
    name: z.string(),
    role: practitionerRoleSchema,
    agencyId: z.string(),
  }),
  protocolVersion: z.number().int(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

/** Every sync request says which protocol and record schema it speaks and which device sends it. */
const syncEnvelope = {
  protocolVersion: z.number().int().positive(),
  schemaVersion: z.number().int().positive(),
  deviceId: deviceIdSchema,
};

/** The version fields alone, read before the rest so an old client hears "update" rather than a shape error. */
export const versionEnvelopeSchema = z.object({
  protocolVersion: z.number().int(),
  schemaVersion: z.number().int(),
});

export const pushRequestSchema = z.object({
  ...syncEnvelope,
  /** In the device's sequence order, without gaps; may start with changes already sent (replay). */
  changes: z.array(changeSchema).min(1, 'Send at least one change').max(MAX_PUSH_CHANGES),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const pushResultStatusSchema = z.enum(['applied', 'duplicate', 'rejected']);
export type PushResultStatus = z.infer<typeof pushResultStatusSchema>;

export const pushResultSchema = z.object({
  seq: z.number().int().positive(),
  status: pushResultStatusSchema,
  /** For `rejected`: a sentence a practitioner can read. */
  reason: z.string().optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

export const pushResponseSchema = z.object({
  results: z.array(pushResultSchema),
  /** The highest sequence number of this device the server has consumed. */
  lastSeq: z.number().int().nonnegative(),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const pullRequestSchema = z.object({
  ...syncEnvelope,
  /** The `checkpoint` of the previous pull, 0 for a first sync. */
  since: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
  /**
   * Only these cases (no directory): used to backfill a case the practitioner has just been given,
   * whose older records lie before the checkpoint.
   */
  caseIds: z.array(idSchema).max(500).optional(),
});
export type PullRequest = z.input<typeof pullRequestSchema>;

export const tombstoneSchema = z.object({
  hlc: hlcSchema,
  base: hlcSchema.nullable(),
  author: z.string(),
  deviceId: deviceIdSchema,
});

export const pulledMetaSchema = z.object({
  schemaVersion: z.number().int().positive(),
  createdAt: isoDateTimeSchema,
  createdBy: z.string(),
  createdDevice: z.string(),
  createdHlc: hlcSchema,
  updatedAt: isoDateTimeSchema,
  updatedBy: z.string(),
  updatedHlc: hlcSchema,
  fieldAuthors: z.record(z.string(), z.string()),
  tombstone: tombstoneSchema.optional(),
  deleteOverruled: z.object({ reason: z.string(), by: z.string(), hlc: hlcSchema }).optional(),
});

/** A record's current merged state (not every change that made it). */
export const pulledRecordSchema = z.object({
  kind: recordKindSchema,
  id: idSchema,
  caseId: idSchema,
  data: z.record(z.string(), z.unknown()),
  versions: z.record(z.string(), hlcSchema),
  meta: pulledMetaSchema,
  deleted: z.boolean(),
  serverSeq: z.number().int().positive(),
});
export type PulledRecord = z.infer<typeof pulledRecordSchema>;

export const pullResponseSchema = z.object({
  /** Ordered by serverSeq. */
  records: z.array(pulledRecordSchema),
  /** Send as `since` next time; commit it together with these records. */
  checkpoint: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** Records still to come after this page (0 when `hasMore` is false): lets a device show "n of m". */
  remaining: z.number().int().nonnegative().default(0),
  /** Every case this practitioner may hold now: purge any other case from the device. */
  accessibleCaseIds: z.array(idSchema),
  /**
   * The accessible cases of which the device may hold only basic information (consent for this
   * practitioner's agency covers no more): purge their other records. A case that leaves this list
   * again has older records below the checkpoint: fetch them as for a newly shared case.
   */
  basicOnlyCaseIds: z.array(idSchema).default([]),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const ERROR_CODES = [
  'bad_request',
  'unauthorised',
  'forbidden',
  'device_taken',
  'author_mismatch',
  'not_found',
  'sequence_gap',
  'payload_too_large',
  'batch_too_large',
  'update_required',
  'unsupported_media_type',
  'too_many_attempts',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    /** For `sequence_gap`: the sequence number the server expects next from this device. */
    expectedSeq: z.number().int().positive().optional(),
    /** For `update_required`: what the server serves. */
    supportedProtocolVersions: z.array(z.number().int()).optional(),
    supportedSchemaVersions: z.array(z.number().int()).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** Turns zod issues into one line that names each offending path, e.g. `changes.3.kind: Unknown record kind`. */
export function describeIssues(error: z.ZodError, limit = 5): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return parts.join('; ') + more;
}
