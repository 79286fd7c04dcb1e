/** How the aid chart arranges the types of one country. */
export const LAYOUTS = ['grouped', 'stacked'] as const;
export type Layout = (typeof LAYOUTS)[number];
