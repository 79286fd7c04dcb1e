/** The sentences every view shows in place of its chart when the shared filters leave nothing to draw. */
export const EMPTY_WORDS = {
  noCountry: 'No country is selected. Choose one or more under Countries in the filters.',
  noType: 'No aid type is selected. Choose one or more under Aid type in the filters.',
  emptyRange: 'The date range is empty: From is after To.',
} as const;
