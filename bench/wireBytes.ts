// Bytes on the wire, counted where they are: a TCP proxy on 127.0.0.1 in front of our server counts every byte
// each way (request and status lines, headers, bodies as transferred, compressed or not), per endpoint. Browsers
// do not pipeline HTTP/1.1, so the bytes a connection carries back belong to the last request sent on it; request
// bodies are skipped by their Content-Length (fetch sends string bodies with one), so a body is never misread as
// the next request line.
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface ByteCounts {
  /** Browser → server. */
  readonly sent: number;
  /** Server → browser. */
  readonly received: number;
}

/** Counts per endpoint, keyed `POST /api/sync/push` (method and path, without the query). */
export type EndpointCounts = Readonly<Record<string, ByteCounts>>;

export interface CountingProxy {
  /** Origin to open in the browser instead of the server's. */
  readonly url: string;
  counts(): EndpointCounts;
  close(): Promise<void>;
}

const NO_COUNTS: ByteCounts = { sent: 0, received: 0 };

/** What one endpoint carried between two readings of the counters. */
export function bytesBetween(before: EndpointCounts, after: EndpointCounts, endpoint: string): ByteCounts {
  const start = before[endpoint] ?? NO_COUNTS;
  const end = after[endpoint] ?? NO_COUNTS;
  return { sent: end.sent - start.sent, received: end.received - start.received };
}

/**
 * Splits the browser → server byte stream of one connection into requests. Feed it every chunk; it calls
 * `onBytes(endpoint, n)` for each run of bytes with the request they belong to.
 */
export class RequestStreamSplitter {
  private head = '';
  private bodyLeft = 0;
  private current = 'unknown';

  constructor(private readonly onBytes: (endpoint: string, bytes: number) => void) {}

  /** The endpoint of the request most recently started on this connection (its response bytes are its own). */
  get endpoint(): string {
    return this.current;
  }

  push(chunk: Buffer): void {
    let offset = 0;
    while (offset < chunk.length) {
      if (this.bodyLeft > 0) {
        const take = Math.min(this.bodyLeft, chunk.length - offset);
        this.bodyLeft -= take;
        offset += take;
        this.onBytes(this.current, take);
        continue;
      }
      // Reading a request head: bytes up to and including the blank line.
      const rest = chunk.subarray(offset).toString('latin1');
      const end = (this.head + rest).indexOf('\r\n\r\n');
      if (end === -1) {
        this.head += rest;
        offset = chunk.length;
        continue;
      }
      const headLength = end + 4;
      const fromThisChunk = headLength - this.head.length;
      const head = (this.head + rest).slice(0, headLength);
      this.head = '';
      offset += fromThisChunk;
      const [requestLine = '', ...headerLines] = head.split('\r\n');
      const [method = '?', target = '?'] = requestLine.split(' ');
      this.current = `${method} ${target.split('?')[0]}`;
      const lengthLine = headerLines.find((line) => /^content-length:/i.test(line));
      this.bodyLeft = lengthLine ? Number(lengthLine.slice(lengthLine.indexOf(':') + 1).trim()) || 0 : 0;
      this.onBytes(this.current, headLength);
    }
  }
}

/** Bytes on the wire over the gzipped size of the same payload: 1 means as small as gzip of the data. */
export function wireRatio(wireBytes: number, gzippedPayloadBytes: number): number {
  if (!(gzippedPayloadBytes > 0)) throw new Error('the payload to compare with is empty');
  return wireBytes / gzippedPayloadBytes;
}

export async function startCountingProxy(targetPort: number): Promise<CountingProxy> {
  const counts = new Map<string, { sent: number; received: number }>();
  const countsOf = (endpoint: string): { sent: number; received: number } => {
    let entry = counts.get(endpoint);
    if (!entry) counts.set(endpoint, (entry = { sent: 0, received: 0 }));
    return entry;
  };
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = connect(targetPort, '127.0.0.1');
    sockets.add(client);
    sockets.add(upstream);
    const requests = new RequestStreamSplitter((endpoint, bytes) => {
      countsOf(endpoint).sent += bytes;
    });
    client.on('data', (chunk: Buffer) => requests.push(chunk));
    upstream.on('data', (chunk: Buffer) => {
      countsOf(requests.endpoint).received += chunk.length;
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const closeBoth = (): void => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
    client.on('close', closeBoth);
    upstream.on('close', closeBoth);
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    counts: () => Object.fromEntries([...counts].map(([endpoint, entry]) => [endpoint, { ...entry }])),
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolveClose) => server.close(() => resolveClose()));
    },
  };
}
