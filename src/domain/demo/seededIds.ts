import type { SeededRandom } from './seededRandom';

const hex = (value: number, digits: number) => value.toString(16).padStart(digits, '0').slice(-digits);

/**
 * A UUIDv7 whose random bits come from a seeded generator instead of the platform's, so demo
 * records get the same ids on every run. The 48-bit timestamp is the record's creation time, so
 * the ids sort in time order like real ones (RFC 9562 layout: version 7, variant 10).
 */
export function seededUuidv7(random: SeededRandom, timeMs: number): string {
  const ms = Math.max(0, Math.floor(timeMs));
  const timeHex = hex(Math.floor(ms / 0x10000), 8) + hex(ms % 0x10000, 4);
  const randA = random.uint32() & 0xfff;
  const randB = (random.uint32() & 0x3fff) | 0x8000;
  const randC = hex(random.uint32() & 0xffff, 4) + hex(random.uint32(), 8);
  return `${timeHex.slice(0, 8)}-${timeHex.slice(8, 12)}-7${hex(randA, 3)}-${hex(randB, 4)}-${randC}`;
}
