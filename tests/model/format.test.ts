import { describe, expect, it } from 'vitest';
import { formatBetween, formatDay, formatIsoBetween, formatDateRange, formatMeasure, formatMeasureShort, formatMeasureTick, formatPartialDate, formatShare, formatTimeTick, formatUsdCompact, formatUsdWorked } from '../../src/model/format';

describe('format', () => {
  it('writes a dollar amount a source prints to its own digits, and one worked out to three significant figures', () => {
    expect(formatUsdCompact(141.9e6)).toBe('US$141.9M');
    expect(formatUsdCompact(12e9)).toBe('US$12B');
    expect(formatMeasure(141.9e6, 'usd', 'printed')).toBe('US$141.9M');
    // $141.9M + US$167M: the sum is no more precise than the US$167M, a million.
    expect(formatMeasure(308.9e6, 'usd')).toBe('US$309M');
    expect(formatUsdWorked(141.9e6 / 1.44 + 167e6)).toBe('US$266M');
    expect(formatUsdWorked(13e6 - 7.5e6)).toBe('US$5.5M');
  });

  describe('three significant figures for what is worked out over GDP and population of three', () => {
    it('per person', () => {
      // South Korea's US$10 million over 51.6 million people: 0.19379… → US$0.194.
      expect(formatMeasureShort(10e6 / 51.6e6, 'per-capita')).toBe('US$0.194');
      // Japan's nearly US$12 billion over 125.1 million people: 95.923… → US$95.9, not 95.92.
      expect(formatMeasureShort(12e9 / 125.1e6, 'per-capita')).toBe('US$95.9');
      expect(formatMeasure(40e6 / 51.6e6, 'per-capita')).toBe('US$0.775 per person');
    });

    it('% of GDP', () => {
      // Singapore's US$2.6 million of a US$467 billion GDP: 0.00055674…% → 0.000557%.
      expect(formatMeasureShort((2.6e6 / 467e9) * 100, 'gdp-share')).toBe('0.000557%');
      // Japan's US$12 billion of US$4.26 trillion: 0.281690…% → 0.282%, not 0.28169%.
      expect(formatMeasure((12e9 / 4.26e12) * 100, 'gdp-share')).toBe('0.282% of GDP');
      expect(formatMeasureShort((40e6 / 1.67e12) * 100, 'gdp-share')).toBe('0.0024%');
    });

    it('never writes a value above zero as zero', () => {
      expect(formatMeasureShort(0.000004, 'gdp-share')).toBe('0.000004%');
      expect(formatMeasureShort(0.004, 'per-capita')).toBe('US$0.004');
    });

    it('keeps axis ticks short', () => {
      expect(formatMeasureTick(0.1, 'gdp-share')).toBe('0.1%');
      expect(formatMeasureTick(20, 'per-capita')).toBe('$20');
    });
  });

  it('writes a date at the precision its source gives', () => {
    expect(formatPartialDate('2022-04-19', 'day')).toBe('19 Apr 2022');
    expect(formatPartialDate('2022-06', 'month')).toBe('Jun 2022');
    expect(formatPartialDate('2023', 'year')).toBe('2023');
    expect(formatPartialDate('1990', 'decade')).toBe('1990s');
    expect(formatDateRange('2022-04-06', 'day', '2022-04-07')).toBe('6 Apr 2022 – 7 Apr 2022');
  });

  it('labels time ticks by their spacing, naming the year where one begins', () => {
    const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(formatTimeTick(d('2022-01-01'), 'year')).toBe('2022');
    expect(formatTimeTick(d('2022-04-01'), 'month')).toBe('Apr');
    expect(formatTimeTick(d('2023-01-01'), 'month')).toBe('2023');
    expect(formatTimeTick(d('2022-04-19'), 'day')).toBe('19 Apr');
    expect(formatTimeTick(d('2022-05-01'), 'day')).toBe('May 2022');
  });

  it('writes a day number as its date', () => {
    // 19,358 days after 1 Jan 1970 is 1 Jan 2023 (53 years, 13 of them leap years: 53 × 365 + 13).
    expect(formatDay(19_358)).toBe('1 Jan 2023');
    expect(formatDay(19_359)).toBe('2 Jan 2023');
    expect(formatDay(0)).toBe('1 Jan 1970');
  });

  it('says "between" two days, naming an open end in words', () => {
    expect(formatIsoBetween('2022-01-01', '2022-12-31')).toBe('between 1 Jan 2022 and 31 Dec 2022');
    expect(formatBetween(-Infinity, 19_358)).toBe('between the first record and 1 Jan 2023');
    expect(formatIsoBetween(null, null)).toBe('between the first record and the last');
  });

  it('writes shares as percentages', () => {
    expect(formatShare(22.5 / 38.317)).toBe('58.7%');
  });

});
