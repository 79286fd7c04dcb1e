/** The dataset's JSON Schema (data/schema.json) as a compiled check: true when `data` has its shape. */
declare function validate(data: unknown): boolean;
export default validate;
