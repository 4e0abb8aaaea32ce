import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { createAdjudicator } from "../../src/create-adjudicator.js";
import { generateJsonSchema, JSON_SCHEMA_NAMES } from "../../src/json-schema/generate-json-schemas.js";

const root = new URL("../../", import.meta.url).pathname;
const schemasDir = join(root, "schemas");
const readJson = (file: string): any => JSON.parse(readFileSync(file, "utf8")); // eslint-disable-line @typescript-eslint/no-explicit-any

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validators = Object.fromEntries(JSON_SCHEMA_NAMES.map((name) => [name, ajv.compile(readJson(join(schemasDir, `${name}.schema.json`)))]));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith(".json") ? [join(dir, entry.name)] : []));
}

describe("schemas/*.schema.json", () => {
  test.each(JSON_SCHEMA_NAMES)("%s is in sync with the zod schemas (run `npm run schemas` after changing them)", (name) => {
    const shipped = readFileSync(join(schemasDir, `${name}.schema.json`), "utf8");
    expect(shipped).toBe(`${JSON.stringify(generateJsonSchema(name), null, 2)}\n`);
  });

  test("there is no other file in schemas/", () => {
    expect(readdirSync(schemasDir).sort()).toEqual(JSON_SCHEMA_NAMES.map((name) => `${name}.schema.json`).sort());
  });
});

describe("every example file names its $schema, and validates against it", () => {
  const files = filesUnder(join(root, "examples", "medical"));
  test.each(files.map((file) => relative(root, file)))("%s", (file) => {
    const document = readJson(join(root, file));
    expect(typeof document.$schema).toBe("string");
    const target = resolve(dirname(join(root, file)), document.$schema);
    expect(dirname(target)).toBe(schemasDir);
    const name = target.slice(schemasDir.length + 1).replace(/\.schema\.json$/, "");
    const validate = validators[name];
    if (validate === undefined) throw new Error(`${file} names ${document.$schema}, which is not a shipped schema`);
    expect(validate(document) ? [] : validate.errors).toEqual([]);
  });

  test("a decision validates against the decision schema", async () => {
    const adjudicator = createAdjudicator({ policy: readJson(join(root, "examples/medical/policy.json")), rules: readJson(join(root, "examples/medical/rules.json")) });
    const decision = await adjudicator.adjudicate(readJson(join(root, "examples/medical/claims/09-partial-items-excluded.json")), {
      asOf: "2026-11-20",
      accumulators: { coverages: { "inpatient-medical": { deductibleUsed: "10000.00", paid: "23400.00" } } },
    });
    const validate = validators["decision"];
    expect(validate?.(JSON.parse(JSON.stringify(decision))) ? [] : validate?.errors).toEqual([]);
  });
});

describe("what an editor flags as the rule file is typed", () => {
  const rules = readJson(join(root, "examples/medical/rules.json"));
  const mistakes = [
    { name: "a fact not in the catalogue", change: (r: any) => (r.rules[1].conditions.all[0].fact = "incidentTyp"), at: "/rules/1/conditions/all/0/fact", keyword: "enum" }, // eslint-disable-line @typescript-eslint/no-explicit-any
    { name: "an unknown operator", change: (r: any) => (r.rules[9].conditions.all[0].operator = "moneyGreater"), at: "/rules/9/conditions/all/0/operator", keyword: "enum" }, // eslint-disable-line @typescript-eslint/no-explicit-any
    { name: "an unknown key", change: (r: any) => (r.rules[0].event.severity_ = "low"), at: "/rules/0/event", keyword: "additionalProperties" }, // eslint-disable-line @typescript-eslint/no-explicit-any
    { name: "a missing message", change: (r: any) => delete r.rules[0].event.message.en, at: "/rules/0/event/message", keyword: "required" }, // eslint-disable-line @typescript-eslint/no-explicit-any
    { name: "an event type that does not exist", change: (r: any) => (r.rules[0].event.type = "reject"), at: "/rules/0/event/type", keyword: "enum" }, // eslint-disable-line @typescript-eslint/no-explicit-any
    { name: "an empty Chinese message", change: (r: any) => (r.rules[0].event.message = { zh: "", en: "x" }), at: "/rules/0/event/message/zh", keyword: "minLength" }, // eslint-disable-line @typescript-eslint/no-explicit-any
  ];

  test.each(mistakes)("$name", ({ change, at, keyword }) => {
    const copy = structuredClone(rules);
    change(copy);
    const validate = validators["rule-set"];
    expect(validate?.(copy)).toBe(false);
    expect(validate?.errors?.map((error) => [error.instancePath, error.keyword])).toContainEqual([at, keyword]);
  });
});
