// Every sentence the page says about the dataset it shows: counts, the intro, the sources line.
import type { DatasetSource } from '../../data/load';
import type { Dataset } from '../../data/schema';
import { listInWords, type DatasetModel } from '../../model/dataset-model';
import { dayToIso } from '../../model/dates';
import { formatInteger } from '../../model/format';

/** The name a source goes by in messages. */
export function sourceName(source: DatasetSource): string {
  return source.kind === 'bundled' ? 'the bundled dataset' : source.kind === 'url' ? source.url : source.name;
}

/** "1 aid record", "2 aid records", "no aid records". */
export function countOf(n: number, singular: string, plural: string): string {
  if (n === 0) return `no ${plural}`;
  return `${formatInteger(n)} ${n === 1 ? singular : plural}`;
}

/** What the dataset holds: "1 aid record, 3 oil releases and no milestones". */
export function describeCounts(dataset: Pick<Dataset, 'aid' | 'oil' | 'milestones'>): string {
  return listInWords([
    countOf(dataset.aid.length, 'aid record', 'aid records'),
    countOf(dataset.oil.length, 'oil release', 'oil releases'),
    countOf(dataset.milestones.length, 'milestone', 'milestones'),
  ]);
}

/** The lines of the header and footer for a dataset, as the page shows them. */
export interface DatasetText {
  title: string;
  intro: string;
  sources: string;
}

/** The bundled dataset's own wording. */
export const BUNDLED_TEXT: DatasetText = {
  title: 'NATO’s Indo-Pacific partners and Ukraine',
  intro: 'How Japan, South Korea, Australia and New Zealand have backed Ukraine since 2022 and drawn closer to NATO. Every figure traces back to a quote from its source: sums, conversions and per-person values are worked out from the quoted ones.',
  sources:
    'Sources: five documents on NATO’s Indo-Pacific partners (East-West Center, Wilson Center, two news reports, NATO). GDP and population: World Bank, 2022, rounded to three significant figures.',
};

const MAX_SOURCES_NAMED = 5;

/**
 * The title, intro and sources line for a dataset other than the bundled one, from its own meta and
 * records: nothing is said that the data does not say.
 */
export function describeDataset(model: DatasetModel): DatasetText {
  const { dataset } = model;
  const names = model.countryOrder.map((c) => model.countryNames.get(c) ?? c);
  const shownNames = names.length > 8 ? [...names.slice(0, 7), `${formatInteger(names.length - 7)} more countries`] : names;
  const years = model.extent ? [dayToIso(model.extent[0]).slice(0, 4), dayToIso(model.extent[1]).slice(0, 4)] : null;
  const span = years ? (years[0] === years[1] ? `, ${years[0]}` : `, ${years[0]}–${years[1]}`) : '';
  const quoted = [...dataset.aid, ...dataset.oil, ...dataset.milestones].filter((r) => r.citations.length > 0).length;
  const all = dataset.aid.length + dataset.oil.length + dataset.milestones.length;
  const quotes = all === 0 ? '' : quoted === all ? ' Every record gives a quote from its source.' : quoted === 0 ? ' No record gives a quote.' : ` ${countOf(quoted, 'record of', 'records of')} ${formatInteger(all)} ${quoted === 1 ? 'gives' : 'give'} a quote.`;
  const intro = dataset.meta.description ?? `${capitalise(describeCounts(dataset))} for ${listInWords(shownNames)}${span}.${quotes}`;
  // Semicolons between sources: their labels have commas of their own.
  const labels = dataset.sources.map((s) => s.label);
  const shownLabels = labels.length > MAX_SOURCES_NAMED ? [...labels.slice(0, MAX_SOURCES_NAMED - 1), `${formatInteger(labels.length - MAX_SOURCES_NAMED + 1)} more`] : labels;
  const indicators = dataset.indicators ? ` GDP and population: ${dataset.indicators.source}, ${dataset.indicators.year}, ${dataset.indicators.rounding}.` : '';
  return { title: dataset.meta.title, intro, sources: `${labels.length === 1 ? 'Source' : 'Sources'}: ${shownLabels.join('; ')}.${indicators}` };
}

const capitalise = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
