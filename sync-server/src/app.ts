import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import fastifyCompress from '@fastify/compress';
import { existsSync } from 'node:fs';
import { MAX_BODY_BYTES, type ErrorCode } from '../../src/domain/syncProtocol';
import { ApiError } from './apiError';
import { LoginThrottle } from './auth/loginThrottle';
import { authRoutes } from './routes/auth';
import { healthRoutes } from './routes/health';
import { reportRoutes } from './routes/reports';
import { registerStaticFiles, sendAppShell, wantsAppShell } from './routes/staticFiles';
import { syncRoutes } from './routes/sync';
import { SECURITY_HEADERS } from './securityHeaders';
import type { SyncStore } from './store/store';

export interface AppOptions {
  store: SyncStore;
  /** The built PWA (vite's dist/). Not served when missing, so the API runs without a build. */
  distDir?: string;
  logger?: FastifyServerOptions['logger'];
  bodyLimit?: number;
  sessionTtlMs?: number;
  /** Counts failed sign-ins; tests pass one with a clock of their own. */
  loginThrottle?: LoginThrottle;
}

export const DEFAULT_SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'bad_request',
  401: 'unauthorised',
  403: 'forbidden',
  404: 'not_found',
  409: 'sequence_gap',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  426: 'update_required',
  429: 'too_many_attempts',
};

/** Maps whatever was thrown to `{error:{code,message}}`; never a stack trace or internal detail to the client. */
function toApiError(error: FastifyError, bodyLimit: number): ApiError {
  if (error instanceof ApiError) return error;
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    const megabytes = Math.round((bodyLimit / (1024 * 1024)) * 10) / 10;
    return new ApiError(
      413,
      'payload_too_large',
      `The request body is larger than the limit of ${megabytes} MB. Send fewer changes per batch.`,
    );
  }
  if (
    error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
    error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
    error instanceof SyntaxError
  ) {
    return new ApiError(400, 'bad_request', `The request body is not valid JSON (${error.message}).`);
  }
  if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return new ApiError(415, 'unsupported_media_type', 'Send the request body as application/json.');
  }
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new ApiError(status, CODE_BY_STATUS[status] ?? 'bad_request', error.message || 'The request is not valid.');
  }
  return new ApiError(
    500,
    'internal_error',
    'Something went wrong on the server. Your changes are safe on your device; try again later.',
  );
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? MAX_BODY_BYTES;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
  });

  // Every API body is JSON. Fastify would also hand a text/plain body to the routes as a string, which
  // then fails as "expected object": a 415 says what is actually wrong.
  app.removeContentTypeParser('text/plain');

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const apiError = toApiError(error, bodyLimit);
    if (apiError.status >= 500) request.log.error({ err: error }, 'request failed');
    void reply.code(apiError.status).header('cache-control', 'no-store').send(apiError.toBody());
  });

  const distDir = options.distDir && existsSync(options.distDir) ? options.distDir : undefined;
  app.setNotFoundHandler((request, reply) => {
    if (wantsAppShell(request, distDir)) return sendAppShell(reply);
    return reply
      .code(404)
      .send(
        new ApiError(404, 'not_found', `There is nothing at ${request.method} ${request.url.split('?')[0]}.`).toBody(),
      );
  });

  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) void reply.header(name, value);
  });

  // JSON answers of the API are compressible (pulls are mostly repetitive JSON); tiny ones are not worth it.
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
  if (distDir) await registerStaticFiles(app, distDir);
  await app.register(healthRoutes);
  await app.register(authRoutes, {
    store: options.store,
    sessionTtlMs: options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS,
    throttle: options.loginThrottle,
  });
  await app.register(syncRoutes, { store: options.store });
  await app.register(reportRoutes, { store: options.store });
  return app;
}
