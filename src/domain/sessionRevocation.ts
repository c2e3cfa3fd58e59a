// Limits of ending sessions by token hash (POST /api/auth/revoke), apart from the protocol's zod schemas so the
// first screen's code can name them without loading every record schema.

/** Most sessions one request may end: a device holds one per sign-out it could not report yet. */
export const MAX_SESSIONS_TO_END = 20;

/** SHA-256 of a session token, lowercase hex: the key the server keeps sessions by. */
export const TOKEN_HASH_PATTERN = /^[0-9a-f]{64}$/;
