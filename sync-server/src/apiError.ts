import type { ErrorCode, ErrorResponse } from '../../src/domain/syncProtocol';

/**
 * An error meant for the client: an HTTP status, a stable code a client can branch on and a message
 * a person can read. Anything else thrown becomes a 500 with no detail (the log keeps the cause).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Omit<ErrorResponse['error'], 'code' | 'message'> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ErrorResponse {
    return { error: { code: this.code, message: this.message, ...this.extra } };
  }
}
