import { OUTCOMES } from "../decision/decision-schema.js";

/** Where an object given to `analyzeDecisions` is not shaped as a decision, and what is wrong there. */
export interface DecisionShapeProblem {
  readonly path: string;
  readonly message: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const STRINGS = ["claimId", "policyId", "currency", "billed", "payable"] as const;
const ARRAYS = ["reasons", "flags", "lines", "triggeredRules", "coverages", "clauses", "missingDocuments"] as const;
const OBJECTS = ["meta", "revision", "deadlines", "automation"] as const;
const OUTCOME_SET: ReadonlySet<unknown> = new Set(OUTCOMES);

/**
 * A cheap look at an object given to `analyzeDecisions` (not read through `parseDecisionLines`, which validates each
 * line with `DecisionSchema`): the fields of a decision the report reads, with their types. An object that is not a
 * decision or a record `{ decision, … }` is reported and left out instead of failing the whole run. It is not the
 * full validation (that costs about 0.3 ms a decision): objects from elsewhere go through `DecisionSchema`.
 * @example
 * decisionShapeProblem({ foo: 1 }) //=> { path: "decision.claimId", message: "expected a string (the object is not a decision as adjudicate returns it)" }
 */
export function decisionShapeProblem(input: unknown): DecisionShapeProblem | undefined {
  if (!isObject(input)) return { path: "", message: `expected a decision or a record { decision, product?, provider?, events? }, received ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}` };
  const isRecord = "decision" in input;
  const decision = isRecord ? input["decision"] : input;
  const at = (field: string) => (field === "" ? "decision" : `decision.${field}`);
  const not = "(the object is not a decision as adjudicate returns it)";
  if (!isObject(decision)) return { path: at(""), message: `expected a decision object, received ${decision === null ? "null" : typeof decision} ${not}` };
  for (const field of STRINGS) if (typeof decision[field] !== "string") return { path: at(field), message: `expected a string ${not}` };
  if (!OUTCOME_SET.has(decision["outcome"])) return { path: at("outcome"), message: `expected one of ${OUTCOMES.join(", ")} ${not}` };
  for (const field of OBJECTS) if (!isObject(decision[field])) return { path: at(field), message: `expected an object ${not}` };
  for (const field of ARRAYS) if (!Array.isArray(decision[field])) return { path: at(field), message: `expected an array ${not}` };
  const meta = decision["meta"] as Record<string, unknown>;
  if (typeof meta["asOf"] !== "string") return { path: at("meta.asOf"), message: `expected the decision date YYYY-MM-DD ${not}` };
  if (typeof meta["ruleSetId"] !== "string") return { path: at("meta.ruleSetId"), message: `expected a string ${not}` };
  if (typeof (decision["revision"] as Record<string, unknown>)["number"] !== "number") return { path: at("revision.number"), message: `expected a number ${not}` };
  return undefined;
}
