// Every benchmark's figures go through here: one file, bench/results.json, an object of name → { value, unit }.
// Figures are merged into what is already there, so the sync benchmarks can add theirs to the same file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const RESULTS_FILE = join(dirname(fileURLToPath(import.meta.url)), 'results.json');

export interface Figure {
  readonly value: number;
  readonly unit: string;
}

/** A figure as a benchmark reports it, with the target (at most / at least), printed but not stored. */
export interface MeasuredFigure extends Figure {
  readonly targetMax?: number;
  readonly targetMin?: number;
}

export type Figures = Record<string, Figure>;
export type MeasuredFigures = Record<string, MeasuredFigure>;

function isFigure(candidate: unknown): candidate is Figure {
  if (typeof candidate !== 'object' || candidate === null) return false;
  const { value, unit } = candidate as { value?: unknown; unit?: unknown };
  return typeof value === 'number' && typeof unit === 'string';
}

/** Reads the stored figures; a missing or unreadable file counts as empty, malformed entries are dropped. */
export function readResults(file: string = RESULTS_FILE): Figures {
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
  const figures: Figures = {};
  for (const [name, candidate] of Object.entries(parsed)) {
    if (isFigure(candidate)) figures[name] = { value: candidate.value, unit: candidate.unit };
  }
  return figures;
}

/** Adds (or replaces) `measured` in the results file and returns the merged content. */
export function mergeResults(measured: MeasuredFigures, file: string = RESULTS_FILE): Figures {
  const merged = readResults(file);
  for (const [name, figure] of Object.entries(measured)) {
    if (!Number.isFinite(figure.value)) throw new Error(`figure ${name} is not a finite number: ${figure.value}`);
    merged[name] = { value: figure.value, unit: figure.unit };
  }
  const sorted = Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  return sorted;
}

/** A plain-text table of figures, with the target and whether it is met where one is known. */
export function formatTable(measured: MeasuredFigures): string {
  const rows = Object.entries(measured).map(([name, figure]) => [
    name,
    formatValue(figure.value),
    figure.unit,
    [
      figure.targetMax === undefined ? '' : `≤ ${formatValue(figure.targetMax)}`,
      figure.targetMin === undefined ? '' : `≥ ${formatValue(figure.targetMin)}`,
    ]
      .filter(Boolean)
      .join(', '),
    targetVerdict(figure),
  ]);
  const header = ['figure', 'value', 'unit', 'target', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function targetVerdict(figure: MeasuredFigure): string {
  if (figure.targetMax === undefined && figure.targetMin === undefined) return '';
  const met =
    (figure.targetMax === undefined || figure.value <= figure.targetMax) &&
    (figure.targetMin === undefined || figure.value >= figure.targetMin);
  return met ? 'met' : 'MISSED';
}

function formatValue(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(value < 10 ? 2 : 1);
}
