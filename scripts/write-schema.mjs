// npm run schema: writes data/schema.json, the JSON Schema generated from the zod schema in
// src/data/schema.ts, for other tools to check a dataset with (the dashboard checks with zod).
import { writeFileSync } from 'node:fs';
import { createServer } from 'vite';

const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'error' });
try {
  const { datasetJsonSchema } = await server.ssrLoadModule('/src/data/json-schema.ts');
  writeFileSync(new URL('../data/schema.json', import.meta.url), `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
  console.log('wrote data/schema.json');
} finally {
  await server.close();
}
