import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';

/**
 * Files the browser must revalidate on every load: the service worker and its registration (or an
 * update would never be noticed), the HTML shell and the manifest that point at hashed assets.
 */
const ALWAYS_REVALIDATE = new Set(['sw.js', 'registerSW.js', 'index.html', 'manifest.webmanifest']);
export const NO_CACHE = 'no-cache';
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** `urlPath` relative to the dist root, with forward slashes and no leading slash. */
export function cacheControlFor(urlPath: string): string {
  if (ALWAYS_REVALIDATE.has(basename(urlPath))) return NO_CACHE;
  // Vite puts content-hashed files under assets/: a new build gives them new names.
  if (urlPath.startsWith('assets/')) return IMMUTABLE;
  return NO_CACHE;
}

/**
 * Serves the built PWA. Registered on the app itself (not encapsulated) so the not-found handler can
 * answer the single-page app's own routes (/cases/…) with the shell.
 */
export async function registerStaticFiles(app: FastifyInstance, distDir: string): Promise<void> {
  await app.register(fastifyStatic, {
    root: distDir,
    cacheControl: false,
    wildcard: true,
    index: ['index.html'],
    setHeaders: (reply, path) => {
      reply.header('cache-control', cacheControlFor(relative(distDir, path).split(sep).join('/')));
    },
  });
}

export function wantsAppShell(request: FastifyRequest, distDir: string | undefined): distDir is string {
  if (!distDir || request.method !== 'GET') return false;
  const path = request.url.split('?')[0] ?? '';
  if (path.startsWith('/api/') || path === '/api' || path === '/health') return false;
  if (!(request.headers.accept ?? '').includes('text/html')) return false;
  return existsSync(join(distDir, 'index.html'));
}

export function sendAppShell(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', NO_CACHE).type('text/html; charset=utf-8').sendFile('index.html');
}
