import { DatasetSchema, type Dataset } from './schema';

/** One thing wrong with a dataset, located by a path such as `aid[12].date`. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** Why a dataset was refused: the first problems found and how many there were in all. */
export class DatasetError extends Error {
  readonly problems: DatasetProblem[];
  readonly total: number;
  readonly origin: string;

  constructor(origin: string, problems: DatasetProblem[], total = problems.length) {
    const shown = problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message));
    const more = total > problems.length ? ` (and ${total - problems.length} more)` : '';
    super(`${origin} was not loaded: ${shown.join('; ')}${more}`);
    this.name = 'DatasetError';
    this.problems = problems;
    this.total = total;
    this.origin = origin;
  }
}

/** How many problems a message lists before it says how many more there are. */
export const MAX_PROBLEMS_SHOWN = 5;

/** Renders a zod path as `aid[12].citations[0].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

export type ParseResult = { ok: true; data: Dataset } | { ok: false; problems: DatasetProblem[]; total: number };

/** Validates an already-parsed JSON value against the dataset schema; never throws. */
export function parseDataset(raw: unknown): ParseResult {
  let result;
  try {
    result = DatasetSchema.safeParse(raw, { reportInput: false });
  } catch (error) {
    // A pathological value (a getter that throws, a cyclic proxy) must still end as a message.
    return { ok: false, problems: [{ path: '', message: `could not be checked (${String(error)})` }], total: 1 };
  }
  if (result.success) return { ok: true, data: result.data };
  const issues = result.error.issues;
  const problems = issues.slice(0, MAX_PROBLEMS_SHOWN).map((issue) => ({
    path: formatPath(issue.path),
    message: issue.path.length === 0 && issue.code === 'invalid_type' ? 'is not a dataset object' : issue.message,
  }));
  return { ok: false, problems, total: issues.length };
}

/** Parses JSON text from `origin` (a file name or URL) into a dataset, or throws a DatasetError naming what is wrong. */
export function parseDatasetText(text: string, origin: string): Dataset {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError(origin, [{ path: '', message: `is not JSON (${detail})` }]);
  }
  const result = parseDataset(raw);
  if (!result.ok) throw new DatasetError(origin, result.problems, result.total);
  return result.data;
}
