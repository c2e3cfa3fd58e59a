import { describe, expect, it } from 'vitest';
import { idSchema } from '../ids';
import { addDays, addMonths, daysBetween } from './calendarDates';
import { seededUuidv7 } from './seededIds';
import { createSeededRandom } from './seededRandom';

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number | string) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw('demo')).toEqual(draw('demo'));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps integers within the bounds, both included', () => {
    const random = createSeededRandom(7);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const value = random.int(1, 5);
      expect(value).toBeGreaterThanOrEqual(1);
      expect(value).toBeLessThanOrEqual(5);
      seen.add(value);
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it('samples distinct items', () => {
    const sample = createSeededRandom(1).sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(sample).size).toBe(3);
  });
});

describe('seeded UUIDv7', () => {
  it('makes valid, unique, time-ordered UUIDv7 strings', () => {
    const random = createSeededRandom(99);
    const start = Date.parse('2026-01-01T00:00:00Z');
    const ids = Array.from({ length: 50_000 }, (_, i) => seededUuidv7(random, start + i));
    for (const id of ids.slice(0, 1000)) expect(idSchema.safeParse(id).success).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('carries the creation time in its first 48 bits', () => {
    const ms = Date.parse('2026-05-04T03:02:01.123Z');
    const id = seededUuidv7(createSeededRandom(1), ms);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(ms);
  });
});

describe('calendar dates', () => {
  it('adds days and months in UTC, clamping to the end of shorter months', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(daysBetween('2026-01-01', '2026-03-01')).toBe(59);
  });
});
