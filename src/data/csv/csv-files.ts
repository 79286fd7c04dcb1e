/** The file types read as spreadsheets rather than as JSON datasets. */
export const SPREADSHEET_TYPES = '.csv,.tsv,.tab,text/csv,text/tab-separated-values';

/** Whether a file is read as a spreadsheet (by its name, or its type when the name says nothing). */
export function isSpreadsheet(file: { name: string; type: string }): boolean {
  if (/\.(csv|tsv|tab|txt)$/i.test(file.name)) return true;
  if (/\.json$/i.test(file.name)) return false;
  return /^text\/(csv|tab-separated-values|plain)$/.test(file.type);
}
