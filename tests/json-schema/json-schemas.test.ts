import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { createAdjudicator } from "../../src/create-adjudicator.js";
import { generateJsonSchema, JSON_SCHEMA_NAMES } from "../../src/json-schema/generate-json-schemas.js";

const root = new URL("../../", import.meta.url).pathname;
const schemasDir = join(root, "schemas");
// Example documents read and mutated freely.
type Json = any;
const readJson = (file: string): Json => JSON.parse(readFileSync(file, "utf8"));

// ajv knows no string format (`date-time`, `date`, …) until ajv-formats adds them: without it each schema compiled
// warns "unknown format" and the format goes unchecked. Warnings are collected so that a test can say there are none.
const warnings: unknown[] = [];
const ajv = new Ajv2020({ allErrors: true, strict: false, logger: { log: () => undefined, warn: (...args: unknown[]) => warnings.push(args), error: (...args: unknown[]) => warnings.push(args) } });
addFormats(ajv);
const validators = Object.fromEntries(JSON_SCHEMA_NAMES.map((name) => [name, ajv.compile(readJson(join(schemasDir, `${name}.schema.json`)))]));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.name.endsWith(".json") ? [join(dir, entry.name)] : []));
}

describe("schemas/*.schema.json", () => {
  test.each(JSON_SCHEMA_NAMES)("%s is in sync with the zod schemas (run `npm run schemas` after changing them)", (name) => {
    const shipped = readFileSync(join(schemasDir, `${name}.schema.json`), "utf8");
    expect(shipped).toBe(`${JSON.stringify(generateJsonSchema(name), null, 2)}\n`);
  });

  test("ajv compiles every schema without a warning (every format is known)", () => {
    expect(warnings).toEqual([]);
  });

  test("there is no other file in schemas/", () => {
    expect(readdirSync(schemasDir).sort()).toEqual(JSON_SCHEMA_NAMES.map((name) => `${name}.schema.json`).sort());
  });
});

describe("every example file names its $schema, and validates against it", () => {
  // Every product folder (one with a policy): its policy, rule set, claims and cases.
  const products = readdirSync(join(root, "examples"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(root, "examples", entry.name)).includes("policy.json"))
    .map((entry) => join(root, "examples", entry.name));
  // history/history.json lists a demo's claims in order: the demo's own file, not a document of the library.
  const files = products.flatMap((product) => filesUnder(product)).filter((file) => !file.endsWith(`${join("history", "history.json")}`));
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

  test("a ledger validates against the ledger schema, and one with a claim record missing its revision does not", async () => {
    const adjudicator = createAdjudicator({ policy: readJson(join(root, "examples/medical/policy.json")), rules: readJson(join(root, "examples/medical/rules.json")) });
    const decision = await adjudicator.adjudicate(readJson(join(root, "examples/medical/claims/02-deductible-partly-reached.json")), { asOf: "2026-11-30" });
    const validate = validators["ledger"];
    const ledger = JSON.parse(JSON.stringify(decision.accumulatorsAfter));
    expect(validate?.(ledger) ? [] : validate?.errors).toEqual([]);
    delete ledger.claims["CLM-2026-0525-0007"].revision;
    expect(validate?.(ledger)).toBe(false);
    expect(validate?.errors?.map((error) => [error.instancePath, error.keyword])).toContainEqual(["/claims/CLM-2026-0525-0007", "required"]);
  });
});

describe("what an editor flags as the rule file is typed", () => {
  const rules = readJson(join(root, "examples/medical/rules.json"));
  const mistakes = [
    { name: "a fact not in the catalogue", change: (r: Json) => (r.rules[1].conditions.all[0].fact = "incidentTyp"), at: "/rules/1/conditions/all/0/fact", keyword: "enum" },
    { name: "an unknown operator", change: (r: Json) => (r.rules[9].conditions.all[0].operator = "moneyGreater"), at: "/rules/9/conditions/all/0/operator", keyword: "enum" },
    { name: "an unknown key", change: (r: Json) => (r.rules[0].event.severity_ = "low"), at: "/rules/0/event", keyword: "additionalProperties" },
    { name: "a missing message", change: (r: Json) => delete r.rules[0].event.message.en, at: "/rules/0/event/message", keyword: "required" },
    { name: "an event type that does not exist", change: (r: Json) => (r.rules[0].event.type = "reject"), at: "/rules/0/event/type", keyword: "enum" },
    { name: "an empty Chinese message", change: (r: Json) => (r.rules[0].event.message = { zh: "", en: "x" }), at: "/rules/0/event/message/zh", keyword: "minLength" },
  ];

  test.each(mistakes)("$name", ({ change, at, keyword }) => {
    const copy = structuredClone(rules);
    change(copy);
    const validate = validators["rule-set"];
    expect(validate?.(copy)).toBe(false);
    expect(validate?.errors?.map((error) => [error.instancePath, error.keyword])).toContainEqual([at, keyword]);
  });
});
