import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetJsonSchema } from '../../src/data/json-schema';
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
