import Papa from 'papaparse';

/** One data row of a spreadsheet, numbered as a spreadsheet numbers it (the header is row 1). */
export interface TableRow {
  row: number;
  cells: string[];
}

/** A spreadsheet read from CSV or TSV text: its header, its non-empty rows and how it was read. */
export interface Table {
  headers: string[];
  rows: TableRow[];
  delimiter: string;
  /** Whether numbers use a decimal comma (files separated by semicolons, as European spreadsheets write them). */
  decimalComma: boolean;
  /** Problems with the file's structure (a quote never closed), by row. */
  problems: { row: number; message: string }[];
}

/** The delimiter a file's name implies: tab for .tsv and .tab; otherwise it is detected. */
export function delimiterForName(name: string): string | undefined {
  return /\.(tsv|tab)$/i.test(name) ? '\t' : undefined;
}

const isBlank = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

/**
 * Reads CSV or TSV text (a byte-order mark, Windows or old Mac line ends, quoted fields with commas
 * and line breaks, and comma, tab, semicolon or pipe separators are all understood). Empty lines
 * are skipped but still counted, so row numbers match the spreadsheet's. `onProgress` hears the
 * share of the text read so far.
 */
export function readTable(text: string, options: { delimiter?: string | undefined; onProgress?: (share: number) => void } = {}): Table {
  const rows: TableRow[] = [];
  const problems: Table['problems'] = [];
  let headers: string[] | null = null;
  // Guessed from the first rows without their empty lines, which would make every separator look uneven.
  const delimiter =
    options.delimiter ??
    (Papa.parse<string[]>(text.slice(0, 64 * 1024), { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: [',', '\t', ';', '|'] }).meta.delimiter || ',');
  let index = 0;
  const config = {
    header: false,
    delimiter,
    skipEmptyLines: false,
    chunkSize: 1024 * 1024,
    chunk: (results: Papa.ParseResult<string[]>) => {
      for (const error of results.errors) {
        if (error.type === 'Quotes' && error.row !== undefined) {
          problems.push({ row: index + error.row + 1, message: 'a quoted field is not closed (a " is missing)' });
        }
      }
      const data = results.data;
      for (let i = 0; i < data.length; i++) {
        const cells = data[i]!;
        index++;
        if (headers === null) {
          if (isBlank(cells)) continue;
          headers = cells.map((c) => c.trim());
          continue;
        }
        if (!isBlank(cells)) rows.push({ row: index, cells });
      }
      options.onProgress?.(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
    },
  };
  // Papaparse reads a string in chunks too (synchronously); its types only allow that for files.
  Papa.parse<string[]>(text, config as unknown as Papa.ParseWorkerConfig<string[]>);
  return { headers: headers ?? [], rows, delimiter, decimalComma: delimiter === ';', problems };
}
