/** The source of src/data/fast-check.generated.js for a JSON Schema. */
export function fastCheckSource(schema: object): string;
