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

/** Renders a path as `aid[12].citations[0].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}
