// Writes the PWA icons (public/icons/*.png) and the favicon (public/favicon.svg).
// There is no image tool on the build machines, so the PNGs are drawn here pixel by pixel and
// deflated with zlib. The output is committed; run `npx tsx scripts/make-icons.ts` after changing the mark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

const GOVUK_BLUE: readonly [number, number, number] = [0x1d, 0x70, 0xb8];
const WHITE: readonly [number, number, number] = [0xff, 0xff, 0xff];

/** The mark: a white "C" ring with a filled dot at its heart, in units of the mark's own radius (1 = edge). */
function markCoverage(x: number, y: number): boolean {
  const r = Math.hypot(x, y);
  if (r <= 0.22) return true;
  if (r < 0.62 || r > 1) return false;
  // The opening of the C faces right: leave out a 70-degree wedge around the positive x axis.
  const angle = Math.abs(Math.atan2(y, x));
  return angle > (35 * Math.PI) / 180;
}

/**
 * Draws a square icon. `markRadius` is the mark's radius as a share of the icon's half width: a maskable icon keeps
 * its mark inside the central 80% circle (the safe zone), so it uses a smaller radius than a plain icon.
 */
function drawIcon(size: number, markRadius: number): Buffer {
  const samples = 4; // 4x4 supersampling gives smooth edges without an anti-aliasing library.
  const half = size / 2;
  const rowBytes = 1 + size * 3;
  const raw = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py++) {
    raw[py * rowBytes] = 0; // filter type "None" for every scanline
    for (let px = 0; px < size; px++) {
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples - half) / (half * markRadius);
          const y = (py + (sy + 0.5) / samples - half) / (half * markRadius);
          if (markCoverage(x, y)) covered++;
        }
      }
      const share = covered / (samples * samples);
      const offset = py * rowBytes + 1 + px * 3;
      for (let channel = 0; channel < 3; channel++) {
        const blended = GOVUK_BLUE[channel]! * (1 - share) + WHITE[channel]! * share;
        raw[offset + channel] = Math.round(blended);
      }
    }
  }
  return encodePng(size, size, raw);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData) >>> 0);
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes 8-bit RGB scanlines (each prefixed with its filter byte) as a PNG file. */
function encodePng(width: number, height: number, scanlines: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: truecolour RGB
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(scanlines, { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

// The same mark as the PNGs, as an SVG path on a 32x32 canvas: ring radii 0.62..1 of 12 units, dot 0.22.
const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32">
  <rect width="32" height="32" rx="4" fill="#1d70b8"/>
  <path fill="#fff" fill-rule="evenodd" d="M25.83 9.12A12 12 0 1 0 25.83 22.88L22.09 20.27A7.44 7.44 0 1 1 22.09 11.73Z"/>
  <circle cx="16" cy="16" r="2.64" fill="#fff"/>
</svg>
`;

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public');
mkdirSync(join(publicDir, 'icons'), { recursive: true });
writeFileSync(join(publicDir, 'icons', 'icon-192.png'), drawIcon(192, 0.62));
writeFileSync(join(publicDir, 'icons', 'icon-512.png'), drawIcon(512, 0.62));
// Maskable: the platform may crop to a circle of 80% diameter; keep the mark well inside it.
writeFileSync(join(publicDir, 'icons', 'icon-maskable-512.png'), drawIcon(512, 0.5));
writeFileSync(join(publicDir, 'favicon.svg'), FAVICON_SVG);
