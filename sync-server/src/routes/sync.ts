import type { FastifyPluginAsync } from 'fastify';
import {
  describeIssues,
  MAX_PUSH_CHANGES,
  pullRequestSchema,
  pushRequestSchema,
  type PushResponse,
} from '../../../src/domain/syncProtocol';
import { ApiError } from '../apiError';
import type { SyncStore } from '../store/store';
import { pull } from '../sync/pull';
import { push } from '../sync/push';
import { checkVersions } from '../sync/versions';
import { authenticate } from './auth';

export const syncRoutes: FastifyPluginAsync<{ store: SyncStore }> = async (app, { store }) => {
  app.post('/api/sync/push', async (request): Promise<PushResponse> => {
    const practitionerId = await authenticate(store, request);
    checkVersions(request.body);
    const changes = (request.body as { changes?: unknown } | null)?.changes;
    if (Array.isArray(changes) && changes.length > MAX_PUSH_CHANGES) {
      throw new ApiError(
        413,
        'batch_too_large',
        `A push may carry at most ${MAX_PUSH_CHANGES} changes; this one has ${changes.length}. Send them in smaller batches.`,
      );
    }
    const parsed = pushRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'bad_request', describeIssues(parsed.error));
    return push(store, practitionerId, parsed.data);
  });

  app.post('/api/sync/pull', async (request, reply) => {
    const practitionerId = await authenticate(store, request);
    checkVersions(request.body);
    const parsed = pullRequestSchema.safeParse(request.body);
    if (!parsed.success) throw new ApiError(400, 'bad_request', describeIssues(parsed.error));
    // Already JSON (a PullResponse): the stored record bodies are passed through as text.
    return reply.type('application/json; charset=utf-8').send(await pull(store, practitionerId, parsed.data));
  });
};
