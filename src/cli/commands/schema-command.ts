import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateJsonSchema, JSON_SCHEMA_NAMES, type JsonSchemaName } from "../../json-schema/generate-json-schemas.js";
import { EXIT, UsageError, writeLine, type CliIo } from "../cli-io.js";

export interface SchemaOptions {
  readonly outDir?: string;
  readonly list?: boolean;
}

const ALIASES: Readonly<Record<string, JsonSchemaName>> = { rules: "rule-set", ruleset: "rule-set", case: "case-file", cases: "case-file" };

/** The text of a schema file: two-space JSON and a final newline, as the shipped files are written. */
export function schemaFileText(name: JsonSchemaName): string {
  return `${JSON.stringify(generateJsonSchema(name), null, 2)}\n`;
}

/**
 * `claim-adjudicator schema <name>`: prints the JSON Schema of a policy, rule set, claim, case file or decision;
 * `--out-dir <dir>` writes all of them as `<name>.schema.json`; `--list` names them.
 */
export function schemaCommand(io: CliIo, name: string | undefined, options: SchemaOptions): number {
  if (options.list === true) {
    for (const known of JSON_SCHEMA_NAMES) writeLine(io.stdout, known);
    return EXIT.ok;
  }
  if (options.outDir !== undefined) {
    if (name !== undefined) throw new UsageError("--out-dir writes every schema: give no name with it");
    mkdirSync(options.outDir, { recursive: true });
    for (const known of JSON_SCHEMA_NAMES) {
      const file = join(options.outDir, `${known}.schema.json`);
      writeFileSync(file, schemaFileText(known));
      writeLine(io.stdout, `wrote ${file}`);
    }
    return EXIT.ok;
  }
  if (name === undefined) throw new UsageError(`name the schema to print: ${JSON_SCHEMA_NAMES.join(", ")}`);
  const resolved = (JSON_SCHEMA_NAMES as readonly string[]).includes(name) ? (name as JsonSchemaName) : ALIASES[name];
  if (resolved === undefined) throw new UsageError(`no schema "${name}": the schemas are ${JSON_SCHEMA_NAMES.join(", ")}`);
  io.stdout.write(schemaFileText(resolved));
  return EXIT.ok;
}
