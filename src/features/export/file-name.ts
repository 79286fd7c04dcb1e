/** "aid-by-country_JP-KR_2022-01-01_2022-12-31.png": what the file holds, from its view and filters. */
export function exportFileName(
  stem: string,
  parts: { countries: readonly string[]; from: string | null; to: string | null },
  extension: string,
  suffix = '',
): string {
  const clean = (s: string) => s.replace(/[^A-Za-z0-9-]/g, '');
  const countries = parts.countries.map(clean).filter(Boolean).join('-') || 'none';
  const range = [parts.from, parts.to].map((d) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : 'all')).join('_');
  return `${clean(stem)}_${countries}_${range}${suffix ? `_${clean(suffix)}` : ''}.${clean(extension)}`;
}
