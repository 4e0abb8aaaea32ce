export { generateJsonSchema, generateJsonSchemas, JSON_SCHEMA_NAMES } from "./generate-json-schemas.js";
export type { JsonSchemaName } from "./generate-json-schemas.js";
export { generatePolicyJsonSchemas } from "./policy-json-schemas.js";
export type { PolicyJsonSchemaOptions } from "./policy-json-schemas.js";
