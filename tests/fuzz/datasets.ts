import fc from 'fast-check';
import { bundledJson } from '../helpers/bundled';

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** A parsed JSON value. */
export type Json = unknown;
/** A path into a JSON value: object keys and array indexes. */
export type Path = (string | number)[];

/** Every path into a JSON value, objects and arrays included. */
export function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** The bundled dataset, parsed; copy it before changing it. */
export const base = bundledJson();
/** Every path into the bundled dataset but the root. */
export const allPaths = paths(base).filter((p) => p.length > 0);

const HOSTILE = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', '<svg onload=alert(1)>', '=1+1', '\u0000', '\u202e', '"quoted"', '../../etc/passwd', ''];
const DATES = ['2022-13-01', '2022-02-30', '2022', '2022-04', '1990', '0000-00-00', 'someday', '2022-04-19T00:00:00Z'];

const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...HOSTILE, ...DATES),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.anything({ maxDepth: 1 }), { maxKeys: 3 }),
  fc.string({ minLength: 5000, maxLength: 6000 }),
);

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...allPaths), value }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...allPaths) }),
  fc.record({ kind: fc.constant('copy' as const), path: fc.constantFrom(...allPaths), from: fc.constantFrom(...allPaths) }),
  fc.record({ kind: fc.constant('duplicate' as const), path: fc.constantFrom(...allPaths.filter((p) => typeof p[p.length - 1] === 'number')) }),
);

/** The value at `path`, or undefined where the path leads nowhere. */
export function get(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node && typeof node === 'object' ? (node as Record<string | number, Json>)[key] : undefined), root);
}

/** Sets the value at `path` where its parent exists. */
export function set(root: Json, path: Path, next: Json): void {
  const parent = get(root, path.slice(0, -1));
  if (parent && typeof parent === 'object') (parent as Record<string | number, Json>)[path[path.length - 1]!] = next;
}

function apply(root: Json, m: ValueOf<typeof mutation>): void {
  const parent = get(root, m.path.slice(0, -1)) as Record<string | number, Json> | Json[] | undefined;
  const key = m.path[m.path.length - 1]!;
  if (!parent || typeof parent !== 'object') return;
  if (m.kind === 'set') (parent as Record<string | number, Json>)[key] = structuredClone(m.value);
  else if (m.kind === 'delete') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete (parent as Record<string | number, Json>)[key];
  } else if (m.kind === 'copy') (parent as Record<string | number, Json>)[key] = structuredClone(get(root, m.from)) as Json;
  else if (Array.isArray(parent) && typeof key === 'number') parent.push(structuredClone(parent[key]));
}

/** The bundled dataset with one to three random mutations applied. */
export const mutatedDataset = fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
  const copy = structuredClone(base) as Json;
  for (const m of mutations) apply(copy, m);
  return copy;
});
