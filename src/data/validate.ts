import { DatasetError, MAX_PROBLEMS_SHOWN, formatPath, type DatasetProblem } from './errors';
import { DatasetSchema, type Dataset } from './schema';

export { DatasetError, MAX_PROBLEMS_SHOWN, formatPath, type DatasetProblem };

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
