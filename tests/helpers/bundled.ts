import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from '../../src/data/validate';
import type { Dataset } from '../../src/data/schema';

/** The repository root. */
export const ROOT = resolve(__dirname, '../..');

/** The bundled dataset as JSON text. */
export const bundledText = readFileSync(resolve(ROOT, 'data/dataset.json'), 'utf8');

/** The bundled dataset, validated; throws with the problems when it is not valid. */
export function loadBundled(): Dataset {
  const result = parseDataset(JSON.parse(bundledText));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.data;
}

/** A fresh deep copy of the bundled JSON, for tests that break it on purpose. */
export function bundledJson(): Record<string, unknown> & { aid: Record<string, unknown>[]; milestones: Record<string, unknown>[]; oil: Record<string, unknown>[] } {
  return JSON.parse(bundledText);
}
