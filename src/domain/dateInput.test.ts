import { describe, expect, it } from 'vitest';
import { datePartsFromIso, formatDate, parseDateParts } from './dateInput';

describe('reading a date from the three boxes', () => {
  it('accepts a real date, with or without leading zeros, and month names', () => {
    expect(parseDateParts({ day: '2', month: '4', year: '2018' }, 'Date of birth')).toEqual({
      ok: true,
      value: '2018-04-02',
    });
    expect(parseDateParts({ day: '02', month: 'April', year: '2018' }, 'Date of birth')).toEqual({
      ok: true,
      value: '2018-04-02',
    });
  });
  it('treats three empty boxes as no date', () => {
    expect(parseDateParts({ day: ' ', month: '', year: '' }, 'Date of birth')).toEqual({ ok: true, value: undefined });
  });
  it('says which part is missing', () => {
    expect(parseDateParts({ day: '2', month: '', year: '2018' }, 'Date of birth')).toEqual({
      ok: false,
      message: 'Date of birth must include a month',
    });
    expect(parseDateParts({ day: '', month: '', year: '2018' }, 'Date of birth')).toEqual({
      ok: false,
      message: 'Date of birth must include a day and month',
    });
  });
  it('refuses impossible dates and short years', () => {
    expect(parseDateParts({ day: '30', month: '2', year: '2020' }, 'Date of birth').ok).toBe(false);
    expect(parseDateParts({ day: '29', month: '2', year: '2020' }, 'Date of birth')).toEqual({
      ok: true,
      value: '2020-02-29',
    });
    expect(parseDateParts({ day: '1', month: '13', year: '2020' }, 'Date of birth').ok).toBe(false);
    expect(parseDateParts({ day: '1', month: '1', year: '20' }, 'Date of birth')).toEqual({
      ok: false,
      message: 'Date of birth year must include 4 numbers',
    });
  });
  it('round-trips stored dates and writes them the GOV.UK way', () => {
    expect(datePartsFromIso('2018-04-02')).toEqual({ day: '2', month: '4', year: '2018' });
    expect(formatDate('2018-04-02')).toBe('2 April 2018');
  });
});
