import type { Citation, Source } from '../data/schema';

/** Quotes with the document each comes from; the text is rendered as text, never as HTML. */
export function CitationList({ citations, sources }: { citations: readonly Citation[]; sources: ReadonlyMap<string, Source> }) {
  return (
    <ul className="citations">
      {citations.map((c, i) => (
        <li key={`${c.source}-${i}`}>
          <blockquote>“{c.quote}”</blockquote>
          <cite>— {sources.get(c.source)?.label ?? c.source}</cite>
        </li>
      ))}
    </ul>
  );
}
