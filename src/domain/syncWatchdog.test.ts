import { describe, expect, it } from 'vitest';
import { describeMinutes, minutesWithoutSync } from './syncWatchdog';

describe('sync watchdog', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('stays quiet for the first 15 minutes and then counts', () => {
    expect(minutesWithoutSync('2026-11-23T11:46:00Z', null, now)).toBeNull();
    expect(minutesWithoutSync('2026-11-23T11:45:00Z', null, now)).toBe(15);
  });
  it('counts from the first unsent change when the device never synced', () => {
    expect(minutesWithoutSync(null, '2026-11-23T10:00:00Z', now)).toBe(120);
    expect(minutesWithoutSync(null, null, now)).toBeNull();
  });
  it('says long gaps in hours and days', () => {
    expect(describeMinutes(20)).toBe('20 minutes');
    expect(describeMinutes(180)).toBe('3 hours');
    expect(describeMinutes(3 * 24 * 60)).toBe('3 days');
  });
});
