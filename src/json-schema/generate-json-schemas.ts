import { z } from "zod";
import { FACT_CATALOGUE } from "../facts/library-facts.js";
import { OPERATORS } from "../rules/operators.js";
import { ClaimSchema } from "../claim/claim-schema.js";
import { DecisionSchema } from "../decision/decision-schema.js";
import { OperationsSchema } from "../operations/operations-schema.js";
import { LedgerSchema } from "../ledger/ledger-schema.js";
import { PolicySchema } from "../policy/policy-schema.js";
import { RuleSetSchema } from "../rules/rule-set-schema.js";
import { CaseFileSchema } from "../testing/case-file-schema.js";

/** The documents the library reads or writes, by the name of their JSON Schema file (`schemas/<name>.schema.json`). */
export const JSON_SCHEMA_NAMES = ["policy", "rule-set", "claim", "case-file", "decision", "ledger", "operations"] as const;
/** The name of a JSON Schema the package generates (policy, rules, claim, decision, case file, …). */
export type JsonSchemaName = (typeof JSON_SCHEMA_NAMES)[number];

const SOURCES: Readonly<Record<JsonSchemaName, { schema: z.ZodType; title: string; description: string; io: "input" | "output" }>> = {
  policy: { schema: PolicySchema, title: "claim-adjudicator policy", description: "A policy: clauses, coverages and document requirements.", io: "input" },
  "rule-set": {
    schema: RuleSetSchema,
    title: "claim-adjudicator rule set",
    description: "Adjudication rules: json-rules-engine conditions over the fact catalogue, each enforcing a policy clause.",
    io: "input",
  },
  claim: { schema: ClaimSchema, title: "claim-adjudicator claim", description: "A claim: incident, documents and bill lines.", io: "input" },
  "case-file": {
    schema: CaseFileSchema,
    title: "claim-adjudicator case file",
    description: "A test case: a claim (or the path of its file), the decision date, accumulators and the expected decision.",
    io: "input",
  },
  decision: { schema: DecisionSchema, title: "claim-adjudicator decision", description: "An explained decision, as adjudicate returns it.", io: "output" },
  ledger: {
    schema: LedgerSchema,
    title: "claim-adjudicator ledger",
    description: "A policy's claim history: a record of every claim decided (revision, outcome, insured, incident, policy year, what it paid) and the opening counters; a decision's accumulatorsAfter, passed as the next claim's accumulators.",
    io: "input",
  },
  operations: {
    schema: OperationsSchema,
    title: "claim-adjudicator operations configuration",
    description: "How claims are worked: red-flag indicators and the risk score, routing to queues with the authority each decision needs, and QA sampling.",
    io: "input",
  },
};

/** The library's fact names, as the shipped schemas list them. */
export const FACT_NAMES: readonly string[] = FACT_CATALOGUE.map((fact) => fact.name);
const OPERATOR_NAMES = OPERATORS.map((operator) => operator.name);

/** A condition node, recognised by its keys: editors then complete fact and operator names. */
function isConditionNode(schema: Record<string, unknown>): boolean {
  const properties = schema["properties"] as Record<string, unknown> | undefined;
  return properties !== undefined && ["fact", "operator", "value", "all", "any", "not"].every((key) => key in properties);
}

/**
 * The JSON Schema (draft 2020-12) of one document, generated from its zod schema, with the fact and operator names
 * listed so an editor completes them. Input documents describe what may be written (defaults optional); the
 * decision describes what the library returns.
 * @param name - `policy`, `rule-set`, `claim`, `case-file`, `decision`, `ledger` or `operations`
 * @returns the schema as a JSON value
 * @example
 * generateJsonSchema("rule-set").title; //=> "claim-adjudicator rule set"
 */
export function generateJsonSchema(name: JsonSchemaName): Record<string, unknown> {
  return generateWithFacts(name, FACT_NAMES);
}

/** The schema of one document, the condition nodes' facts listed as `factNames`. */
export function generateWithFacts(name: JsonSchemaName, factNames: readonly string[]): Record<string, unknown> {
  const source = SOURCES[name];
  const generated = z.toJSONSchema(source.schema, {
    target: "draft-2020-12",
    io: source.io,
    unrepresentable: "any",
    override: (context) => {
      const json = context.jsonSchema as Record<string, unknown>;
      if (!isConditionNode(json)) return;
      const properties = json["properties"] as Record<string, Record<string, unknown>>;
      properties["fact"] = { ...properties["fact"], enum: [...factNames], description: "A fact of the catalogue (see the README's fact catalogue)." };
      properties["operator"] = { ...properties["operator"], enum: OPERATOR_NAMES, description: "An operator the library registers; money and dates have their own." };
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, title: source.title, description: source.description, ...rest };
}

/**
 * Every JSON Schema, by name.
 * @example
 * Object.keys(generateJsonSchemas()); //=> ["policy", "rule-set", "claim", "case-file", "decision", "ledger", "operations"]
 */
export function generateJsonSchemas(): Record<JsonSchemaName, Record<string, unknown>> {
  return Object.fromEntries(JSON_SCHEMA_NAMES.map((name) => [name, generateJsonSchema(name)])) as Record<JsonSchemaName, Record<string, unknown>>;
}
