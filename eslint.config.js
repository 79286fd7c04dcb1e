import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), 'src');

/**
 * The folders of src/ and what each may import, so that imports flow one way: data → model →
 * stores → components → features → app. `types` may be imported with `import type` only. A feature
 * may import its own folder and export (a service every view uses), never another feature.
 */
const LAYERS = {
  data: { values: ['data'], why: 'the data layer stands on nothing of the app' },
  model: { values: ['model'], types: ['data'], why: 'the model is pure functions over the data’s types' },
  stores: { values: ['data', 'model', 'stores'], why: 'a store holds client state over the model' },
  components: { values: ['data', 'model', 'components'], why: 'shared components take what they show as props' },
  // compute-<view>.ts and describe-<view>.ts of a feature: pure functions of data and size.
  pure: {
    values: ['data', 'model', 'components', 'features/export'],
    why: 'a compute or describe file is pure: it reads no store and no context',
  },
  features: {
    values: ['data', 'model', 'stores', 'components', 'features/export'],
    why: 'a feature never imports another feature',
  },
  app: { values: ['data', 'model', 'stores', 'components', 'features', 'app'], why: '' },
  main: { values: ['data', 'model', 'stores', 'components', 'features', 'app'], why: '' },
};

/**
 * Where a file of src/ stands: its layer, the place an import of it names ("features/aid",
 * "app/model-context"), and whether it is a feature's compute or describe file.
 */
function placeOf(file) {
  const parts = relative(SRC, file).split(sep);
  if (parts[0] === '..' || parts.length === 0) return null;
  if (parts.length === 1) return { layer: 'main', place: 'main' };
  const [layer, second] = parts;
  if (!(layer in LAYERS)) return null;
  if (layer === 'features') return { layer, place: `features/${second}`, pure: parts.length === 3 && /^(compute|describe)-/.test(parts[2]) };
  if (layer === 'app') return { layer, place: `app/${second.replace(/\.[jt]sx?$/, '')}` };
  return { layer, place: layer };
}

const allows = (list, to) => (list ?? []).some((entry) => entry === to.layer || entry === to.place);

const layersRule = {
  meta: { type: 'problem', schema: [], docs: { description: 'Imports between the folders of src/ flow one way.' } },
  create(context) {
    const from = placeOf(context.filename);
    if (!from) return {};
    const check = (node, source, typeOnly) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = placeOf(resolve(dirname(context.filename), source));
      if (!to || to.place === from.place) return;
      const rules = LAYERS[from.pure ? 'pure' : from.layer];
      if (allows(rules.values, to) || (typeOnly && allows(rules.types, to))) return;
      const typesOnly = allows(rules.types, to) ? ` (types only, with import type)` : '';
      context.report({ node, message: `src/${from.place} may not import src/${to.place}${typesOnly}: ${rules.why}.` });
    };
    const typeOnlyImport = (node) =>
      node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'));
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, node.exportKind === 'type'),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value, false),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report', 'bench/out', 'src/**/*.generated.js'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from data or the URL is always rendered as text.',
        },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'd3', message: 'Import D3 per module (d3-scale, d3-shape, …).' }] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { src: { rules: { layers: layersRule } } },
    rules: { 'src/layers': 'error' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended],
    // Node scripts that also pass functions to the browser (benchmarks, screenshots).
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
);
