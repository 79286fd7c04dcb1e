import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The layers of src/, by folder. Imports flow one way: the shared layers (data → model → stores,
 * and components) → features → app → the entry files. A feature never imports another feature
 * (but for export, the service every view uses).
 */
const ELEMENTS = [
  { type: 'data', pattern: 'src/data', partialMatch: false },
  { type: 'model', pattern: 'src/model', partialMatch: false },
  { type: 'stores', pattern: 'src/stores', partialMatch: false },
  { type: 'components', pattern: 'src/components', partialMatch: false },
  { type: 'feature', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
  { type: 'app', pattern: 'src/app', partialMatch: false },
];

const FILES = [
  /** A compute-<view>.ts or describe-<view>.ts file, at any depth: pure functions of data and size. */
  { category: 'pure', pattern: ['src/**/compute-*.{ts,tsx}', 'src/**/describe-*.{ts,tsx}'] },
  /** The pages' entry files (main.tsx, embed-main.tsx), which start the app. */
  { category: 'entry', pattern: 'src/*.{ts,tsx}' },
];

const element = (types) => ({ element: { types: { anyOf: [types].flat() } } });
const packages = (source) => ({ module: { origin: 'external', source } });
/** D3 modules do the math; nothing else of them is needed below the features. */
const D3 = packages('d3-*');

/**
 * What each layer may import, every specifier counted (packages and Node's modules too). A first
 * policy refuses everything with the layer's reason; the ones after it allow what the layer
 * stands on. The last policy that matches decides.
 */
function layer(type, why, allowed, typesOnly = []) {
  const from = type === 'entry' ? { file: { categories: 'entry' } } : element(type);
  const name = type === 'feature' ? 'src/features/{{from.captured.feature}}' : type === 'entry' ? '{{from.internalPath}}' : `src/${type}`;
  return [
    { from, disallow: { to: { module: { origin: '*' } } }, message: `${name} may not import {{dependency.source}}: ${why}.` },
    ...allowed.map((to) => ({ from, allow: { to } })),
    ...typesOnly.map((to) => ({ from, allow: { to, dependency: { kind: 'type' } } })),
  ];
}

const POLICIES = [
  ...layer('data', 'the data layer stands on nothing of the app', [element('data'), packages(['zod', 'papaparse', 'idb-keyval', '@tanstack/react-query'])]),
  ...layer('model', 'the model is pure functions over the data’s types (import type)', [element('model'), D3], [element('data')]),
  ...layer('stores', 'a store holds client state over the model', [element(['data', 'model', 'stores']), packages(['react', 'zustand', '@tanstack/react-query', 'zod'])]),
  ...layer('components', 'shared components take what they show as props', [element(['data', 'model', 'components']), packages('react'), D3]),
  ...layer('feature', 'a feature stands on its own folder, export and the shared layers, never on another feature or the app', [
    element(['data', 'model', 'stores', 'components']),
    { element: { types: { anyOf: ['feature'] }, captured: { feature: '{{from.captured.feature}}' } } },
    { element: { types: { anyOf: ['feature'] }, captured: { feature: 'export' } } },
    { module: { origin: 'external' } },
  ]),
  ...layer('app', 'the app stands on the features and the shared layers', [element(['data', 'model', 'stores', 'components', 'feature', 'app']), { module: { origin: 'external' } }]),
  ...layer('entry', 'an entry file starts the app', [element(['data', 'stores', 'app']), { module: { origin: 'external' } }]),
  // After the layers: a compute or describe file, wherever it is, reads no store, context or React.
  {
    from: { file: { categories: 'pure' } },
    disallow: { to: [element(['stores', 'app']), { module: { origin: ['external', 'core'] } }] },
    message: 'a compute or describe file is pure: it reads no store, no context and no React ({{dependency.source}}).',
  },
  { from: { file: { categories: 'pure' } }, allow: { to: D3 } },
];

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
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': ROOT,
      'boundaries/include': ['src/**/*'],
      'boundaries/ignore': ['src/**/*.d.ts'],
      'boundaries/elements': ELEMENTS,
      'boundaries/files': FILES,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', checkAllOrigins: true, policies: POLICIES }],
      // Every file of src/ belongs to a layer, and every import to a file or a package.
      'boundaries/no-unknown-files': 'error',
      'boundaries/no-unknown-dependencies': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [js.configs.recommended],
    // Node scripts that also pass functions to the browser (benchmarks, screenshots).
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node, ...globals.browser } },
  },
);
