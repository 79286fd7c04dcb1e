// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/bundled';

const eslint = new ESLint({ cwd: ROOT });

/** The layer problems lint reports for `code` as if it stood at `file` (a path under src/). */
async function layerProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${file}` });
  return result!.messages.filter((m) => m.ruleId === 'src/layers').map((m) => m.message);
}

// Loading ESLint and the TypeScript parser takes seconds on a busy machine.
const SLOW = 120_000;

describe('lint keeps the imports between the folders of src/ flowing one way', () => {
  it('refuses a feature that imports another feature', async () => {
    const problems = await layerProblems('src/features/aid/Probe.ts', "import { OilChart } from '../oil/OilChart';\nexport const probe = OilChart;\n");
    expect(problems).toEqual(['src/features/aid may not import src/features/oil: a feature never imports another feature.']);
  }, SLOW);

  it('lets a feature import its own folder, the export service and the shared layers', async () => {
    const code = [
      "import { describeAidRecord } from './describe-aid';",
      "import { toCsv } from '../export/csv';",
      "import { ChartFrame } from '../../components/ChartFrame';",
      "import { useFiltersStore } from '../../stores/filters-store';",
      "import { formatInteger } from '../../model/format';",
      "import { useModel } from '../../app/model-context';",
      'export const probe = [describeAidRecord, toCsv, ChartFrame, useFiltersStore, formatInteger, useModel];',
    ].join('\n');
    expect(await layerProblems('src/features/aid/Probe.ts', code)).toEqual([]);
  }, SLOW);

  it('refuses a model file that imports a store, a component or a feature', async () => {
    const code = [
      "import { useFiltersStore } from '../stores/filters-store';",
      "import { ChartFrame } from '../components/ChartFrame';",
      "import type { PlacedAidBar } from '../features/aid/compute-aid-bars';",
      'export const probe = [useFiltersStore, ChartFrame] as unknown as PlacedAidBar;',
    ].join('\n');
    expect(await layerProblems('src/model/probe.ts', code)).toEqual([
      'src/model may not import src/stores: the model is pure functions over the data’s types.',
      'src/model may not import src/components: the model is pure functions over the data’s types.',
      'src/model may not import src/features/aid: the model is pure functions over the data’s types.',
    ]);
  }, SLOW);

  it('lets the model import types from the data layer, and no values', async () => {
    const types = "import type { AidRecord } from '../data/schema';\nimport { type Money } from '../data/schema';\nexport type Probe = AidRecord | Money;\n";
    expect(await layerProblems('src/model/probe.ts', types)).toEqual([]);
    const values = "import { AID_TYPES } from '../data/constants';\nexport const probe = AID_TYPES;\n";
    expect(await layerProblems('src/model/probe.ts', values)).toEqual([
      'src/model may not import src/data (types only, with import type): the model is pure functions over the data’s types.',
    ]);
  }, SLOW);

  it('refuses a component that imports a feature or a store, and data that imports a store or the model', async () => {
    expect(await layerProblems('src/components/Probe.tsx', "export { AidChart } from '../features/aid/AidChart';\n")).toEqual([
      'src/components may not import src/features/aid: shared components take what they show as props.',
    ]);
    expect(await layerProblems('src/components/Probe.tsx', "import { useFiltersStore } from '../stores/filters-store';\nexport const probe = useFiltersStore;\n")).toEqual([
      'src/components may not import src/stores: shared components take what they show as props.',
    ]);
    expect(await layerProblems('src/data/probe.ts', "export const load = () => import('../stores/dataset-store');\n")).toEqual([
      'src/data may not import src/stores: the data layer stands on nothing of the app.',
    ]);
    expect(await layerProblems('src/data/probe.ts', "import { startDay } from '../model/dates';\nexport const probe = startDay;\n")).toEqual([
      'src/data may not import src/model: the data layer stands on nothing of the app.',
    ]);
  }, SLOW);

  it('refuses an import of the app from below it, but for the model context', async () => {
    expect(await layerProblems('src/stores/probe.ts', "import { App } from '../app/App';\nexport const probe = App;\n")).toEqual([
      'src/stores may not import src/app/App: a store holds client state over the model.',
    ]);
    expect(await layerProblems('src/stores/probe.ts', "import { useModel } from '../app/model-context';\nexport const probe = useModel;\n")).toEqual([]);
  }, SLOW);
});

describe('lint keeps compute and describe files pure', () => {
  it('refuses a store, even for a type, in a compute or describe file', async () => {
    const code = "import type { FiltersState } from '../../stores/filters-store';\nexport type Probe = FiltersState;\n";
    expect(await layerProblems('src/features/aid/compute-probe.ts', code)).toEqual([
      'src/features/aid may not import src/stores: a compute or describe file is pure: it reads no store and no context.',
    ]);
    expect(await layerProblems('src/features/oil/describe-probe.ts', code)).toHaveLength(1);
    // The hook beside it may read the store.
    expect(await layerProblems('src/features/aid/use-probe.ts', code)).toEqual([]);
  }, SLOW);
});
