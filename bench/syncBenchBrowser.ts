// Opening the sync benchmark page in its own browser context and calling its API (bench/syncBenchPage.ts) with a
// time limit, so a stuck sync fails the benchmark instead of hanging the run.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newAppContext, openPage, pageErrors } from '../tests/e2e/harness';
import { DESKTOP_VIEWPORT } from './environment';
import type { SyncBenchApi } from './syncBenchPage';

/** Upper bound for any one step (a full 10k pull, push or replication); far above the figures expected. */
export const STEP_TIMEOUT_MS = 180_000;

export interface BenchPage {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Calls `syncBench[method](...args)` in the page and returns its (serialisable) result. */
  call<M extends keyof SyncBenchApi>(method: M, ...args: Parameters<SyncBenchApi[M]>): Promise<Result<M>>;
  close(): Promise<void>;
}

type Result<M extends keyof SyncBenchApi> = Awaited<ReturnType<SyncBenchApi[M]>>;

async function callInPage<M extends keyof SyncBenchApi>(
  page: Page,
  method: M,
  args: Parameters<SyncBenchApi[M]>,
): Promise<Result<M>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${method} did not finish within ${STEP_TIMEOUT_MS / 1000} s`)),
      STEP_TIMEOUT_MS,
    );
  });
  try {
    const result: unknown = await Promise.race([
      page.evaluate(
        ([name, values]) => {
          const api = (window as unknown as { syncBench: Record<string, (...a: unknown[]) => unknown> }).syncBench;
          const fn = api[name];
          if (!fn) throw new Error(`the page has no syncBench.${name}`);
          return fn(...values);
        },
        [method, args as unknown[]] as const,
      ),
      timeout,
    ]);
    return result as Result<M>;
  } catch (error) {
    const errors = pageErrors(page);
    const detail = errors.length > 0 ? ` (page errors: ${errors.join(' | ')})` : '';
    throw new Error(`${method} failed in the page${detail}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
}

export async function openBenchPage(browser: Browser, origin: string, pageUrl: string): Promise<BenchPage> {
  const context = await newAppContext(browser, { url: origin }, DESKTOP_VIEWPORT);
  try {
    const page = await openPage(context);
    await page.goto(pageUrl);
    await page.waitForFunction(() => 'syncBench' in window, undefined, { timeout: 30_000 });
    return {
      context,
      page,
      call: (method, ...args) => callInPage(page, method, args),
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}
