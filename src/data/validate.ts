import { DatasetError, MAX_PROBLEMS_SHOWN, formatPath, type DatasetProblem } from './errors';
import hasDatasetShape from './fast-check.generated.js';
import { DatasetSchema, checkReferences, datesExist, type Dataset, type Shape } from './schema';

export { DatasetError, MAX_PROBLEMS_SHOWN, formatPath, type DatasetProblem };

export type ParseResult = { ok: true; data: Dataset } | { ok: false; problems: DatasetProblem[]; total: number };

/**
 * True only for a dataset the zod schema accepts, answered about ten times faster: data/schema.json
 * (generated from the zod schema) compiled into a check, then the two things it cannot state, which
 * are the zod schema's own refinements (dates that exist, cross references). A false answer says
 * nothing; zod then checks the data and names its problems.
 */
export function passesFastCheck(raw: unknown): boolean {
  try {
    if (!hasDatasetShape(raw)) return false;
    const data = raw as Shape;
    if (!datesExist(data)) return false;
    let clean = true;
    checkReferences(data, () => {
      clean = false;
    });
    return clean;
  } catch {
    return false;
  }
}

/** Validates an already-parsed JSON value against the dataset schema; never throws. */
export function parseDataset(raw: unknown): ParseResult {
  // Most datasets are valid, and large ones are checked on every load: the fast check accepts
  // those; zod checks the rest and says what is wrong.
  if (passesFastCheck(raw)) return { ok: true, data: raw as Dataset };
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
