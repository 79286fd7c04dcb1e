// npm run schema: writes data/schema.json, the JSON Schema generated from the zod schema in
// src/data/schema.ts, and src/data/fast-check.generated.js, that schema compiled into a check.
import { writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { fastCheckSource } from './fast-check-source.mjs';

const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { datasetJsonSchema } = await server.ssrLoadModule('/src/data/json-schema.ts');
  const schema = datasetJsonSchema();
  writeFileSync(new URL('../data/schema.json', import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
  writeFileSync(new URL('../src/data/fast-check.generated.js', import.meta.url), fastCheckSource(schema));
  console.log('wrote data/schema.json and src/data/fast-check.generated.js');
} finally {
  await server.close();
}
