// The switches of the view of aid stated over time, apart from its model: the link reads them on
// every page, and the model loads with the view, on demand.

/** The trend view's lines: one per country of the selected types added up, or one per type. */
export const TREND_MODES = ['total', 'by-type'] as const;
export type TrendMode = (typeof TREND_MODES)[number];

/** The trend view's panels: each country on its own scale, or all on one. */
export const TREND_SCALES = ['own', 'shared'] as const;
export type TrendScale = (typeof TREND_SCALES)[number];
