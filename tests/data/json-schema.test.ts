import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/data/json-schema';
import { DatasetSchema } from '../../src/data/schema';
import { passesFastCheck } from '../../src/data/validate';
import { ROOT, bundledJson } from '../helpers/bundled';

const published = JSON.parse(readFileSync(resolve(ROOT, 'data/schema.json'), 'utf8'));

describe('data/schema.json', () => {
  it('is the JSON Schema generated from the zod schema (run `npm run schema` after changing it)', () => {
    expect(published).toEqual(datasetJsonSchema());
  });

  const validate = new Ajv2020({ strict: false, allErrors: true }).compile(published);

  it('accepts the bundled dataset and the minimal example', () => {
    expect(validate(bundledJson()), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/minimal-dataset.json'), 'utf8')))).toBe(true);
  });

  it('refuses what the dashboard refuses for its shape', () => {
    const broken = bundledJson();
    (broken.aid[0] as Record<string, unknown>).type = 'weapons';
    (broken.oil[0] as Record<string, unknown>).barrels = -1;
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/aid/0/type', '/oil/0/barrels']));
  });
});

describe('src/data/fast-check.generated.js', () => {
  it('is data/schema.json compiled (run `npm run schema` after changing the schema)', async () => {
    const { fastCheckSource } = await import('../../scripts/fast-check-source.mjs');
    expect(readFileSync(resolve(ROOT, 'src/data/fast-check.generated.js'), 'utf8')).toBe(fastCheckSource(published));
  });

  it('answers as the zod schema does for the bundled, minimal and hostile datasets and for broken ones', () => {
    const datasets: unknown[] = [bundledJson(), ...['minimal-dataset.json', 'hostile-dataset.json'].map((f) => JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures', f), 'utf8')))];
    const broken = [
      (d: ReturnType<typeof bundledJson>) => (d.aid[3]!.date = '2022-02-30'),
      (d: ReturnType<typeof bundledJson>) => (d.milestones[2]!.endDate = '2021-13'),
      (d: ReturnType<typeof bundledJson>) => (d.aid[1]!.id = d.aid[0]!.id),
      (d: ReturnType<typeof bundledJson>) => (d.oil[0]!.country = 'ZZ'),
      (d: ReturnType<typeof bundledJson>) => (d.aid[0]!.summary = 'x'.repeat(301)),
      // Lengths are counted in characters, as zod counts them: 300 emoji pass, 301 do not.
      (d: ReturnType<typeof bundledJson>) => (d.aid[0]!.summary = '😀'.repeat(300)),
      (d: ReturnType<typeof bundledJson>) => (d.aid[0]!.summary = '😀'.repeat(301)),
      (d: ReturnType<typeof bundledJson>) => (d.aid[0]!.extra = true),
    ];
    for (const breakIt of broken) {
      const d = bundledJson();
      breakIt(d);
      datasets.push(d);
    }
    for (const d of datasets) expect(passesFastCheck(d)).toBe(DatasetSchema.safeParse(d).success);
    expect(datasets.filter((d) => passesFastCheck(d))).toHaveLength(4);
  });
});

describe('the minimal example in data/README.md', () => {
  it('is a valid dataset', async () => {
    const readme = readFileSync(resolve(ROOT, 'data/README.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const { parseDataset } = await import('../../src/data/validate');
    const result = parseDataset(JSON.parse(example!));
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });
});
