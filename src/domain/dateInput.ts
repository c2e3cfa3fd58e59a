/** What a practitioner typed into the three boxes of a GOV.UK date input. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const EMPTY_DATE: DateParts = { day: '', month: '', year: '' };

export type DateParseResult = { ok: true; value: string | undefined } | { ok: false; message: string };

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function parseMonth(text: string): number {
  const lower = text.trim().toLowerCase();
  const named = MONTH_NAMES.findIndex((name) => lower.startsWith(name));
  if (named >= 0 && /^[a-z]+$/.test(lower)) return named + 1;
  return /^\d{1,2}$/.test(lower) ? Number(lower) : NaN;
}

/**
 * Turn date parts into YYYY-MM-DD, with the GOV.UK date-input error messages
 * ("Date of birth must include a month", "Date of birth must be a real date").
 * All three boxes empty is "no date": whether that is allowed is the schema's decision.
 */
export function parseDateParts(parts: DateParts, label: string): DateParseResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: true, value: undefined };
  const missing = [!day && 'day', !month && 'month', !year && 'year'].filter(Boolean) as string[];
  if (missing.length > 0) return { ok: false, message: `${label} must include a ${missing.join(' and ')}` };
  const d = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const m = parseMonth(month);
  const y = /^\d{4}$/.test(year) ? Number(year) : NaN;
  if (Number.isNaN(y)) return { ok: false, message: `${label} year must include 4 numbers` };
  if (Number.isNaN(d) || Number.isNaN(m)) return { ok: false, message: `${label} must be a real date` };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return { ok: false, message: `${label} must be a real date` };
  return { ok: true, value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

export function datePartsFromIso(iso: string | undefined): DateParts {
  if (!iso) return EMPTY_DATE;
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/** "2 April 2018", as GOV.UK writes dates. */
export function formatDate(iso: string | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) return iso;
  const names = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${day} ${names[month - 1]} ${year}`;
}

export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
