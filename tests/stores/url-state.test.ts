import { describe, expect, it } from 'vitest';
import { DEFAULT_FILTERS, parseFilterParams, serializeFilterParams } from '../../src/stores/url-state';

describe('parseFilterParams', () => {
  it('reads the example link from the product brief', () => {
    const { filters, notices } = parseFilterParams('?countries=JP,KR&types=military,humanitarian&from=2022-01-01&to=2022-12-31');
    expect(filters).toEqual({ ...DEFAULT_FILTERS, countries: ['JP', 'KR'], types: ['military', 'humanitarian'], from: '2022-01-01', to: '2022-12-31' });
    expect(notices).toEqual([]);
  });

  it('gives the defaults for an empty query', () => {
    expect(parseFilterParams('')).toEqual({ filters: DEFAULT_FILTERS, notices: [] });
  });

  it('reads an empty country list as no country selected', () => {
    expect(parseFilterParams('?countries=').filters.countries).toEqual([]);
  });

  it('upper-cases country codes, drops duplicates and ignores what is not a code, with a notice', () => {
    const { filters, notices } = parseFilterParams('?countries=jp,KR,JP,Japan,12');
    expect(filters.countries).toEqual(['JP', 'KR']);
    expect(notices).toEqual(['Ignored “Japan”, “12” in “countries”: not a two-letter country code.']);
  });

  it('ignores unknown aid types with a notice and keeps the canonical order', () => {
    const { filters, notices } = parseFilterParams('?types=financial,weapons,military');
    expect(filters.types).toEqual(['military', 'financial']);
    expect(notices).toEqual(['Ignored “weapons” in “types”: the aid types are military, humanitarian, financial, unspecified.']);
  });

  it('keeps the default where a list holds nothing it knows, so a link with a typo shows the dashboard, not an empty view', () => {
    const types = parseFilterParams('?types=weapons');
    expect(types.filters.types).toEqual(['military', 'humanitarian', 'financial', 'unspecified']);
    expect(types.notices).toEqual(['Ignored “weapons” in “types”: the aid types are military, humanitarian, financial, unspecified.']);
    const countries = parseFilterParams('?countries=Japan');
    expect(countries.filters.countries).toEqual(parseFilterParams('').filters.countries);
    expect(countries.notices).toEqual(['Ignored “Japan” in “countries”: not a two-letter country code.']);
    // An empty list still means none.
    expect(parseFilterParams('?types=').filters.types).toEqual([]);
  });

  it('ignores impossible and malformed dates', () => {
    const { filters, notices } = parseFilterParams('?from=2022-13-01&to=31/12/2022');
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(notices).toEqual([
      'Ignored “2022-13-01” in “from”: not a date of the form YYYY-MM-DD.',
      'Ignored “31/12/2022” in “to”: not a date of the form YYYY-MM-DD.',
    ]);
    expect(parseFilterParams('?from=2023-02-29').filters.from).toBeNull();
  });

  it('ignores a range whose start is after its end', () => {
    const { filters, notices } = parseFilterParams('?from=2023-01-01&to=2022-01-01');
    expect([filters.from, filters.to]).toEqual([null, null]);
    expect(notices).toHaveLength(1);
  });

  it('reads the measure and layout and ignores other values', () => {
    expect(parseFilterParams('?measure=per-capita&layout=stacked').filters).toMatchObject({ measure: 'per-capita', layout: 'stacked' });
    const { filters, notices } = parseFilterParams('?measure=euros&layout=pie');
    expect(filters).toMatchObject({ measure: 'usd', layout: 'grouped' });
    expect(notices).toHaveLength(2);
  });

  it('names parameters it does not know', () => {
    expect(parseFilterParams('?utm_source=x&foo=1').notices).toEqual(['Ignored “utm_source”, “foo”: not a setting of this dashboard.']);
  });

  it('keeps hostile values as plain, shortened text in notices', () => {
    const { notices } = parseFilterParams(`?types=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(notices[0]).toContain('“<img src=x onerror=alert(1)>”');
    const long = parseFilterParams(`?measure=${'x'.repeat(500)}`).notices[0]!;
    expect(long.length).toBeLessThan(200);
  });
});

describe('serializeFilterParams', () => {
  it('writes nothing for the defaults', () => {
    expect(serializeFilterParams(DEFAULT_FILTERS)).toBe('');
  });

  it('writes the example link with readable commas', () => {
    expect(serializeFilterParams({ ...DEFAULT_FILTERS, countries: ['JP', 'KR'], types: ['military', 'humanitarian'], from: '2022-01-01', to: '2022-12-31' })).toBe(
      'countries=JP,KR&types=military,humanitarian&from=2022-01-01&to=2022-12-31',
    );
  });

  it('round-trips through parse', () => {
    const filters = { countries: ['NZ'], types: ['financial' as const], from: null, to: '2024-07-31', measure: 'gdp-share' as const, layout: 'stacked' as const, event: 'ip4-2024-07-washington-summit', zoom: '4,-2.5', question: 'within' as const, dollar: 'local' as const, lines: 'by-type' as const, scale: 'shared' as const };
    expect(parseFilterParams(serializeFilterParams(filters)).filters).toEqual(filters);
  });

  it('reads the aid question and the reading of a bare “$”, and names a wrong value', () => {
    expect(parseFilterParams('?question=within&dollar=local').filters).toMatchObject({ question: 'within', dollar: 'local' });
    const { filters, notices } = parseFilterParams('?question=flows&dollar=yen');
    expect(filters).toMatchObject({ question: 'as-of', dollar: 'usd' });
    expect(notices).toEqual(['Ignored “flows” in “question”: the questions are as-of, within.', 'Ignored “yen” in “dollar”: a bare “$” is read as usd or local.']);
    expect(serializeFilterParams({ ...DEFAULT_FILTERS, question: 'within', dollar: 'local' })).toBe('question=within&dollar=local');
  });

  it('reads the lines and the scale of Stated aid over time, and names a wrong value', () => {
    expect(parseFilterParams('?lines=by-type&scale=shared').filters).toMatchObject({ lines: 'by-type', scale: 'shared' });
    const { filters, notices } = parseFilterParams('?lines=stacked&scale=log');
    expect(filters).toMatchObject({ lines: 'total', scale: 'own' });
    expect(notices).toEqual(['Ignored “stacked” in “lines”: the lines are total or by-type.', 'Ignored “log” in “scale”: the scales are own or shared.']);
    expect(serializeFilterParams({ ...DEFAULT_FILTERS, lines: 'by-type', scale: 'shared' })).toBe('lines=by-type&scale=shared');
  });

  it('keeps extra parameters it is given', () => {
    expect(serializeFilterParams(DEFAULT_FILTERS, { data: '/my.json', other: null })).toBe('data=%2Fmy.json');
  });
});

describe('parseFilterParams: the timeline’s parameters', () => {
  it('reads a zoom of a factor of 1 or more and a shift, and names another', () => {
    expect(parseFilterParams('?zoom=4,-2.5').filters.zoom).toBe('4,-2.5');
    for (const zoom of ['0.5,1', '4', '4,x', '4,1,2', 'Infinity,0']) {
      const { filters, notices } = parseFilterParams(`?zoom=${zoom}`);
      expect(filters.zoom, zoom).toBeNull();
      expect(notices, zoom).toEqual([`Ignored “${zoom}” in “zoom”: not a zoom of the form “4,-1.5” (a factor of 1 or more, then a shift).`]);
    }
    // An empty zoom, as a cleared one leaves, is none.
    expect(parseFilterParams('?zoom=')).toEqual({ filters: DEFAULT_FILTERS, notices: [] });
  });

  it('keeps the event’s id as given, for the timeline to look up', () => {
    expect(parseFilterParams('?event=%20ip4-2024-07-washington-summit%20').filters.event).toBe('ip4-2024-07-washington-summit');
    expect(parseFilterParams('?event=').filters.event).toBeNull();
  });

  it('names an empty measure, which is not a measure', () => {
    expect(parseFilterParams('?measure=').notices).toEqual(['Ignored “” in “measure”: the measures are usd, per-capita, gdp-share.']);
  });

  it('reads a type in any case, and names the wrong ones as the link spells them', () => {
    const { filters, notices } = parseFilterParams('?types=Military,WEAPONS');
    expect(filters.types).toEqual(['military']);
    expect(notices).toEqual(['Ignored “WEAPONS” in “types”: the aid types are military, humanitarian, financial, unspecified.']);
  });
});
