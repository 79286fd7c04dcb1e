import type { OilTooltipText } from './describe-oil';

/** The words of one bar's tooltip: country, barrels, share and date, and the quotes behind them. */
export function OilTooltip({ text }: { text: OilTooltipText }) {
  return (
    <>
      <p className="tooltip__title">{text.title}</p>
      <p className="tooltip__value">{text.value}</p>
      {text.meta.map((line) => (
        <p key={line} className="tooltip__meta">
          {line}
        </p>
      ))}
      {text.quotes.map((q) => (
        <p key={q.key} className="tooltip__quote">
          “{q.quote}” <cite>— {q.source}</cite>
        </p>
      ))}
    </>
  );
}
