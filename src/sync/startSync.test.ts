import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_MESSAGE, useSyncStatus } from './syncStatusStore';

afterEach(() => {
  vi.doUnmock('./syncScheduler');
  vi.resetModules();
});

/** The engine module, failing to load (as a dynamic import does offline before it is cached) until `reach()`. */
function engineLoadingFails() {
  let reachable = false;
  const engine = { syncNow: vi.fn(async () => undefined), start: vi.fn(), stop: vi.fn() };
  vi.doMock('./syncScheduler', () => {
    if (!reachable) throw new TypeError('Failed to fetch dynamically imported module');
    return { syncScheduler: engine };
  });
  return {
    engine,
    reach: () => {
      reachable = true;
    },
  };
}

describe('starting the sync engine', () => {
  it('says there is no connection when its code cannot be loaded, and loads it on the next try', async () => {
    const { engine, reach } = engineLoadingFails();
    const { syncNow } = await import('./startSync');

    await expect(syncNow()).resolves.toBeUndefined();
    expect(useSyncStatus.getState()).toMatchObject({ phase: 'offline', lastError: OFFLINE_MESSAGE });
    expect(engine.syncNow).not.toHaveBeenCalled();

    reach();
    await syncNow();
    expect(engine.syncNow).toHaveBeenCalledTimes(1);
  });

  it('starts the engine when the connection returns if it could not be loaded at first', async () => {
    vi.useFakeTimers();
    try {
      const { engine, reach } = engineLoadingFails();
      const { startSync } = await import('./startSync');
      const stop = startSync();
      await vi.runAllTimersAsync();
      expect(engine.start).not.toHaveBeenCalled();
      expect(useSyncStatus.getState().phase).toBe('offline');

      reach();
      window.dispatchEvent(new Event('online'));
      await vi.runAllTimersAsync();
      expect(engine.start).toHaveBeenCalledTimes(1);
      stop();
      await vi.runAllTimersAsync();
      expect(engine.stop).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
