import { describe, expect, it, vi } from 'vitest';
import { freshSignedInDatabase } from '../db/testDatabase';
import { backoffDelay, SyncScheduler } from './syncScheduler';
import { useSyncStatus } from './syncStatusStore';
import type { SyncTransport } from './syncClient';
import { emptyPullPage } from './testTransports';

describe('the sync scheduler', () => {
  it('runs another sync after the one in progress when "Sync now" is pressed during it', async () => {
    await freshSignedInDatabase();
    let pulls = 0;
    const transport: SyncTransport = {
      push: async (changes) => ({
        results: changes.map((c) => ({ seq: c.seq, status: 'applied' as const })),
        lastSeq: 0,
      }),
      pull: async (since) => {
        pulls++;
        await new Promise((resolve) => setTimeout(resolve, 20));
        return emptyPullPage(since);
      },
    };
    const scheduler = new SyncScheduler({ transportFor: () => transport });
    const first = scheduler.syncNow();
    const second = scheduler.syncNow();
    const third = scheduler.syncNow();
    await Promise.all([first, second, third]);
    // The first run, then one follow-up for both presses made while it ran.
    expect(pulls).toBe(2);
  });

  it('backs off exponentially with jitter, capped at five minutes', () => {
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(1, () => 1)).toBe(2000);
    expect(backoffDelay(3, () => 0.5)).toBe(6000);
    expect(backoffDelay(40, () => 1)).toBe(300_000);
  });

  it('does not touch the outbox or the network while the browser reports no network, and says so', async () => {
    await freshSignedInDatabase();
    let requests = 0;
    const transport: SyncTransport = {
      push: async () => {
        requests++;
        return { results: [], lastSeq: 0 };
      },
      pull: async (since) => {
        requests++;
        return emptyPullPage(since);
      },
    };
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    try {
      const scheduler = new SyncScheduler({ transportFor: () => transport });
      await scheduler.syncNow();
      expect(requests).toBe(0);
      expect(useSyncStatus.getState()).toMatchObject({ phase: 'offline' });
      expect(useSyncStatus.getState().lastError).toMatch(/No connection/);
      onLine.mockReturnValue(true);
      await scheduler.syncNow();
      expect(requests).toBe(1);
      expect(useSyncStatus.getState().phase).toBe('idle');
    } finally {
      onLine.mockRestore();
    }
  });
});
