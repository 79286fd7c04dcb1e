import type { DatasetProblem } from '../../data/errors';
import { countOf } from './describe-dataset';

/** The first problems of a refused file, each with where it is, and how many more there are. */
export function ProblemList({ problems, total }: { problems: readonly DatasetProblem[]; total: number }) {
  return (
    <>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {p.path ? <code>{p.path}</code> : null}
            {p.path ? ': ' : ''}
            {p.message}
          </li>
        ))}
      </ul>
      {total > problems.length && <p>and {countOf(total - problems.length, 'more problem', 'more problems')}.</p>}
    </>
  );
}
