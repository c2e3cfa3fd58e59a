// The lifecycle the multi-device e2e tests share: one server and one browser per test file, and devices (browser
// contexts) signed in as demo practitioners, all stopped after the file's tests.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, signedInDevice, startServer, type RunningServer } from './harness';

export interface SharedDevices {
  /** The running server's base URL (for requests made outside a browser). */
  serverUrl(): string;
  /** A new device, signed in as this practitioner and controlled by the service worker. */
  device(email: string): Promise<Page>;
}

/** Call at the top of a test file: registers the file's beforeAll/afterAll. */
export function sharedServerAndDevices(): SharedDevices {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await server?.dispose();
  });

  const started = (): { server: RunningServer; browser: Browser } => {
    if (!server || !browser) throw new Error('the server and browser start in beforeAll: use them inside a test');
    return { server, browser };
  };
  return {
    serverUrl: () => started().server.url,
    device: (email) => {
      const { server: running, browser: launched } = started();
      return signedInDevice(launched, running, email, contexts);
    },
  };
}
