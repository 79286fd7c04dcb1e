import { describe, expect, it } from 'vitest';
import { normalise } from '../../src/model/measures';
import { loadBundled } from '../helpers/bundled';

// Indicators from ../shared/reference/indicators-2022.json (2022, three significant figures).
describe('normalise', () => {
  const indicators = loadBundled().indicators!.countries;

  it('keeps US$ as they are', () => {
    expect(normalise(141.9e6, 'usd', indicators.AU)).toBe(141.9e6);
    expect(normalise(5, 'usd', undefined)).toBe(5);
  });

  it('divides by population for US$ per capita', () => {
    // Australia: 308.9M / 26.0M people = 11.88 $/person; Japan: 12B / 125.1M = 95.92 $/person.
    expect(normalise(308.9e6, 'per-capita', indicators.AU)).toBeCloseTo(11.881, 3);
    expect(normalise(12e9, 'per-capita', indicators.JP)).toBeCloseTo(95.923, 3);
    // New Zealand: 24M / 5.12M = 4.6875 $/person.
    expect(normalise(24e6, 'per-capita', indicators.NZ)).toBeCloseTo(4.6875, 4);
  });

  it('divides by GDP for % of GDP', () => {
    // Japan: 12B / 4.26T = 0.2817%; New Zealand: 24M / 248B = 0.009677%.
    expect(normalise(12e9, 'gdp-share', indicators.JP)).toBeCloseTo(0.28169, 5);
    expect(normalise(24e6, 'gdp-share', indicators.NZ)).toBeCloseTo(0.0096774, 6);
    // South Korea: 40M / 1.67T = 0.002395%.
    expect(normalise(40e6, 'gdp-share', indicators.KR)).toBeCloseTo(0.0023952, 6);
  });

  it('has no value without an indicator, or with a zero one', () => {
    expect(normalise(1, 'per-capita', undefined)).toBeNull();
    expect(normalise(1, 'gdp-share', undefined)).toBeNull();
    expect(normalise(1, 'per-capita', { gdpUsd: 1, population: 0 })).toBeNull();
    expect(normalise(1, 'gdp-share', { gdpUsd: 0, population: 1 })).toBeNull();
  });

  it('maps zero to zero', () => {
    expect(normalise(0, 'per-capita', indicators.SG)).toBe(0);
    expect(normalise(0, 'gdp-share', indicators.SG)).toBe(0);
  });
});
