/**
 * Hybrid logical clock. A timestamp is a string that sorts lexicographically in causal order:
 * `<wall ms, 13 digits>-<counter, 4 hex>-<node id>`. The node (device) id breaks ties, so two
 * devices can never produce the same timestamp and every replica picks the same winner.
 *
 * Why an HLC and not Date.now(): tablet clocks drift and are set by hand; an HLC never goes
 * backwards and always moves past anything it has seen from another device.
 */
export interface HlcState {
  readonly wallMs: number;
  readonly counter: number;
  readonly node: string;
}

const MAX_COUNTER = 0xffff;
/** A remote clock further ahead than this is refused: it would drag every device into the future. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function formatHlc(state: HlcState): string {
  return `${String(state.wallMs).padStart(13, '0')}-${state.counter.toString(16).padStart(4, '0')}-${state.node}`;
}

const HLC_PATTERN = /^(\d{13})-([0-9a-f]{4})-([0-9A-Za-z_-]{1,64})$/;

export function isHlc(value: string): boolean {
  return HLC_PATTERN.test(value);
}

export function parseHlc(value: string): HlcState {
  const match = HLC_PATTERN.exec(value);
  if (!match) throw new Error('Not a hybrid logical clock timestamp');
  return { wallMs: Number(match[1]), counter: parseInt(match[2] as string, 16), node: match[3] as string };
}

/** The next timestamp for a local event. */
export function tick(previous: HlcState, nowMs: number): HlcState {
  if (nowMs > previous.wallMs) return { wallMs: nowMs, counter: 0, node: previous.node };
  if (previous.counter >= MAX_COUNTER) return { wallMs: previous.wallMs + 1, counter: 0, node: previous.node };
  return { wallMs: previous.wallMs, counter: previous.counter + 1, node: previous.node };
}

/** Move the local clock past a timestamp received from another device. */
export function receive(local: HlcState, remote: string, nowMs: number): HlcState {
  const other = parseHlc(remote);
  if (other.wallMs - nowMs > MAX_DRIFT_MS) return tick(local, nowMs);
  const wallMs = Math.max(local.wallMs, other.wallMs, nowMs);
  let counter: number;
  if (wallMs === local.wallMs && wallMs === other.wallMs) counter = Math.max(local.counter, other.counter) + 1;
  else if (wallMs === local.wallMs) counter = local.counter + 1;
  else if (wallMs === other.wallMs) counter = other.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { wallMs: wallMs + 1, counter: 0, node: local.node };
  return { wallMs, counter, node: local.node };
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
