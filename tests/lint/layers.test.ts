// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/bundled';

const eslint = new ESLint({ cwd: ROOT });

/** The layer problems lint reports for `code` as if it stood at `file` (a path under src/). */
async function layerProblems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}/${file}` });
  return result!.messages.filter((m) => m.ruleId?.startsWith('boundaries/')).map((m) => m.message);
}

/** A module that imports each of `specifiers` and uses what it imports. */
const importing = (...specifiers: string[]) => `${specifiers.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}\nexport const probe = [${specifiers.map((_, i) => `m${i}`).join(', ')}];\n`;

// Loading ESLint and the TypeScript parser takes seconds on a busy machine.
const SLOW = 120_000;

describe('lint keeps the imports between the folders of src/ flowing one way', () => {
  it('refuses a feature that imports another feature', async () => {
    expect(await layerProblems('src/features/aid/Probe.ts', importing('../oil/OilChart'))).toEqual([
      'src/features/aid may not import ../oil/OilChart: a feature stands on its own folder, export and the shared layers, never on another feature or the app.',
    ]);
  }, SLOW);

  it('lets a feature import its own folder, the export service, the shared layers and packages', async () => {
    const code = importing('./describe-aid', '../export/csv', '../../components/ChartFrame', '../../stores/filters-store', '../../stores/use-model', '../../model/format', '../../data/constants', 'react', 'd3-scale', 'zustand/react/shallow');
    expect(await layerProblems('src/features/aid/Probe.ts', code)).toEqual([]);
  }, SLOW);

  it('refuses a model file that imports a store, a component, a feature or React', async () => {
    expect(await layerProblems('src/model/probe.ts', importing('../stores/filters-store', '../components/ChartFrame', '../features/aid/compute-aid', 'react', 'zustand'))).toEqual([
      'src/model may not import ../stores/filters-store: the model is pure functions over the data’s types (import type).',
      'src/model may not import ../components/ChartFrame: the model is pure functions over the data’s types (import type).',
      'src/model may not import ../features/aid/compute-aid: the model is pure functions over the data’s types (import type).',
      'src/model may not import react: the model is pure functions over the data’s types (import type).',
      'src/model may not import zustand: the model is pure functions over the data’s types (import type).',
    ]);
    expect(await layerProblems('src/model/probe.ts', importing('./dates', 'd3-array'))).toEqual([]);
  }, SLOW);

  it('lets the model import the data layer’s types with import type, and nothing that runs', async () => {
    const types = "import type { AidRecord } from '../data/schema';\nexport type { Money } from '../data/schema';\nexport type Probe = AidRecord;\n";
    expect(await layerProblems('src/model/probe.ts', types)).toEqual([]);
    expect(await layerProblems('src/model/probe.ts', importing('../data/constants'))).toEqual([
      'src/model may not import ../data/constants: the model is pure functions over the data’s types (import type).',
    ]);
    // Under verbatimModuleSyntax an inline `type` keeps the import, and the module runs.
    const inline = "import { type Money } from '../data/schema';\nexport type Probe = Money;\n";
    expect(await layerProblems('src/model/probe.ts', inline)).toHaveLength(1);
  }, SLOW);

  it('refuses a component that imports a feature or a store, and data that imports a store or the model', async () => {
    expect(await layerProblems('src/components/Probe.tsx', "export { AidChart } from '../features/aid/AidChart';\n")).toEqual([
      'src/components may not import ../features/aid/AidChart: shared components take what they show as props.',
    ]);
    expect(await layerProblems('src/components/Probe.tsx', importing('../stores/filters-store', 'zustand'))).toEqual([
      'src/components may not import ../stores/filters-store: shared components take what they show as props.',
      'src/components may not import zustand: shared components take what they show as props.',
    ]);
    expect(await layerProblems('src/data/probe.ts', "export const load = () => import('../stores/dataset-store');\n")).toEqual([
      'src/data may not import ../stores/dataset-store: the data layer stands on nothing of the app.',
    ]);
    expect(await layerProblems('src/data/csv/probe.ts', importing('../../model/dates', 'react'))).toEqual([
      'src/data may not import ../../model/dates: the data layer stands on nothing of the app.',
      'src/data may not import react: the data layer stands on nothing of the app.',
    ]);
  }, SLOW);

  it('refuses an import of the app from anywhere below it, and of an entry file from the app', async () => {
    expect(await layerProblems('src/stores/probe.ts', importing('../app/App'))).toEqual(['src/stores may not import ../app/App: a store holds client state over the model.']);
    expect(await layerProblems('src/features/filters/Probe.ts', importing('../../app/Providers'))).toEqual([
      'src/features/filters may not import ../../app/Providers: a feature stands on its own folder, export and the shared layers, never on another feature or the app.',
    ]);
    expect(await layerProblems('src/app/Probe.tsx', importing('../main'))).toEqual([
      'src/app may not import ../main: the app stands on the features and the shared layers.',
    ]);
    expect(await layerProblems('src/app/Probe.tsx', importing('../features/aid/AidChart', '../stores/use-model', './Providers'))).toEqual([]);
  }, SLOW);

  it('checks every specifier: one it cannot place (a root-absolute path) is refused too', async () => {
    expect(await layerProblems('src/stores/probe.ts', importing('/src/app/App'))).toEqual(['Dependencies to unknown elements and files are not allowed']);
    expect(await layerProblems('src/main.tsx', importing('./app/App', './stores/filters-store', 'react-dom/client'))).toEqual([]);
  }, SLOW);
});

describe('lint keeps compute and describe files pure, at any depth', () => {
  it('refuses a store, even for a type, React, or any package but D3', async () => {
    const store = "import type { FiltersState } from '../../stores/filters-store';\nexport type Probe = FiltersState;\n";
    expect(await layerProblems('src/features/aid/compute-probe.ts', store)).toEqual([
      'a compute or describe file is pure: it reads no store, no context and no React (../../stores/filters-store).',
    ]);
    expect(await layerProblems('src/features/oil/describe-probe.ts', store)).toHaveLength(1);
    expect(await layerProblems('src/features/timeline/parts/compute-probe.ts', importing('react', 'dompurify', 'd3-shape', '../../../model/format'))).toEqual([
      'a compute or describe file is pure: it reads no store, no context and no React (react).',
      'a compute or describe file is pure: it reads no store, no context and no React (dompurify).',
    ]);
    // The hook beside it may read the store.
    expect(await layerProblems('src/features/aid/use-probe.ts', store)).toEqual([]);
  }, SLOW);

  it('holds outside the features too', async () => {
    expect(await layerProblems('src/model/describe-probe.ts', importing('node:fs'))).toEqual([
      'a compute or describe file is pure: it reads no store, no context and no React (node:fs).',
    ]);
  }, SLOW);
});
