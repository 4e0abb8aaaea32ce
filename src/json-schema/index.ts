export { generateJsonSchema, generateJsonSchemas, JSON_SCHEMA_NAMES } from "./generate-json-schemas.js";
export type { JsonSchemaName } from "./generate-json-schemas.js";
