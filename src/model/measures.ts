/** What the aid chart measures. */
export const MEASURES = ['usd', 'per-capita', 'gdp-share'] as const;
export type Measure = (typeof MEASURES)[number];

/** How the aid chart arranges the types of one country: side by side or end to end. */
export const LAYOUTS = ['grouped', 'stacked'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** GDP (current US$) and population of one country for one year. */
export interface Indicator {
  gdpUsd: number;
  population: number;
}

/** Labels for the measure switch and axes. */
export const MEASURE_LABELS: Record<Measure, { name: string; axis: string }> = {
  usd: { name: 'US$', axis: 'US dollars' },
  'per-capita': { name: 'US$ per capita', axis: 'US dollars per person' },
  'gdp-share': { name: '% of GDP', axis: 'Percent of 2022 GDP' },
};

/**
 * A US$ amount in the chosen measure: unchanged, per person, or as a percentage of GDP.
 * Null when the measure needs an indicator the dataset does not have for the country.
 */
export function normalise(usd: number, measure: Measure, indicator: Indicator | undefined): number | null {
  switch (measure) {
    case 'usd':
      return usd;
    case 'per-capita':
      return indicator && indicator.population > 0 ? usd / indicator.population : null;
    case 'gdp-share':
      return indicator && indicator.gdpUsd > 0 ? (usd / indicator.gdpUsd) * 100 : null;
  }
}
