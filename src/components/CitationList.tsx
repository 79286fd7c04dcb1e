import type { Citation, Source } from '../data/schema';

/** What stands in place of a quote for a record that gives none (a dataset of the reader's own). */
export const NO_QUOTE = 'No quote given';

/**
 * Quotes with the document each comes from; the text is rendered as text, never as HTML.
 *
 * Keyed by place, and each line one text node: a list reused for another record's quotes (an entry
 * of the in-kind list, the selected event) rewrites its items' text rather than replacing them.
 */
export function CitationList({ citations, sources }: { citations: readonly Citation[]; sources: ReadonlyMap<string, Source> }) {
  if (citations.length === 0) return <p className="citations citations--none">{NO_QUOTE}</p>;
  return (
    <ul className="citations">
      {citations.map((c, i) => (
        <li key={i}>
          <blockquote>{`“${c.quote}”`}</blockquote>
          <cite>{`— ${sources.get(c.source)?.label ?? c.source}`}</cite>
        </li>
      ))}
    </ul>
  );
}
