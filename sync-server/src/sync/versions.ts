import {
  PROTOCOL_VERSION,
  SUPPORTED_PROTOCOL_VERSIONS,
  SUPPORTED_SCHEMA_VERSIONS,
  versionEnvelopeSchema,
} from '../../../src/domain/syncProtocol';
import { ApiError } from '../apiError';

export function updateRequired(): ApiError {
  return new ApiError(
    426,
    'update_required',
    `This version of the app cannot sync with the server. Reload the app to update it, then sync again (the server speaks protocol ${PROTOCOL_VERSION}).`,
    {
      supportedProtocolVersions: [...SUPPORTED_PROTOCOL_VERSIONS],
      supportedSchemaVersions: [...SUPPORTED_SCHEMA_VERSIONS],
    },
  );
}

/**
 * Read before the body's full shape: a client from another version may send shapes this server
 * cannot parse, and it should hear "update the app", not a validation error. Bodies with no
 * version fields at all fall through to the shape check (a 400 naming them).
 */
export function checkVersions(body: unknown): void {
  const parsed = versionEnvelopeSchema.safeParse(body);
  if (!parsed.success) return;
  const { protocolVersion, schemaVersion } = parsed.data;
  if (!SUPPORTED_PROTOCOL_VERSIONS.includes(protocolVersion) || !SUPPORTED_SCHEMA_VERSIONS.includes(schemaVersion)) {
    throw updateRequired();
  }
}
