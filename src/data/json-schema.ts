import * as z from 'zod';
import { DatasetSchema } from './schema';

/**
 * The JSON Schema of the dataset, generated from the zod schema (published as data/schema.json).
 * It states the shape; the cross-references (unique ids, known countries and sources, date forms
 * matching their precision) are checked by the dashboard itself.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'NATO Indo-Pacific partners and Ukraine: dataset',
    description:
      'Aid to Ukraine, IEA oil releases and partnership milestones, each record with the verbatim quotes from its sources that back it (a dataset of your own may give none). Beyond this shape, ids must be unique, countries and sources must be listed, and a date must have the form of its precision (day YYYY-MM-DD, month YYYY-MM, year YYYY, decade YYY0).',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
