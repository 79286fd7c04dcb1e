/** What a citation is made of: the dashboard, the data's version, the view in words, its link and the day. */
export interface CitationInput {
  dashboardName: string;
  /** The dataset's version, from its meta. */
  version: string;
  /** The view's title; absent for the whole dashboard. */
  title?: string;
  /** The active filters in words, as the export's subtitle gives them ("Countries: Japan · Dates: …"). */
  filters: readonly string[];
  /** The address that reproduces exactly this view. */
  link: string;
  /** The day the reader saw it, as the dashboard writes dates ("1 Dec 2026"). */
  accessed: string;
}

/** The subtitle's items ("Countries: Japan", "Dates: …"), split where the subtitle puts a "·". */
export function filterItems(filters: readonly string[]): string[] {
  return filters.flatMap((line) => line.split(' · ')).map((item) => item.trim()).filter(Boolean);
}

/**
 * A citation a reader can paste: “Title”, dashboard, dataset version, the filters, the link and the
 * day accessed, e.g. “Oil released from emergency stocks” (Countries: Japan; Dates: …), in NATO’s
 * Indo-Pacific partners and Ukraine, dataset version 2026-11-23. https://… (accessed 1 Dec 2026).
 */
export function citeView(input: CitationInput): string {
  const items = filterItems(input.filters);
  const view = items.length ? ` (${items.join('; ')})` : '';
  const what = input.title ? `“${input.title}”${view}, in ${input.dashboardName}` : `${input.dashboardName}${view}`;
  return `${what}, dataset version ${input.version}. ${input.link} (accessed ${input.accessed}).`;
}

/** "example.org/dashboard": the view's address as an image's footer gives it, without its scheme, filters or trailing slash. */
export function shortAddress(link: string): string {
  try {
    const url = new URL(link);
    return `${url.host}${url.pathname.replace(/\/(index\.html)?$/, '')}`;
  } catch {
    return link;
  }
}

/** The last line of a slide's or a square's footer: where it comes from, and which data. */
export function addressLine(input: { dashboardName: string; version: string; link: string }): string {
  return `${shortAddress(input.link)} · ${input.dashboardName} · dataset version ${input.version}`;
}
