import { SignalDeclarationSchema, type SignalDeclaration, type SignalDeclarationInput } from "../claim/signal-declaration-schema.js";
import { ValidationError } from "../errors/validation-error.js";
import { safeParseInputInWords } from "../values/parse-input.js";
import { FACT_NAMES, generateWithFacts } from "./generate-json-schemas.js";

/** What one policy adds to the claim and rule-set schemas: its signals, and the integrator's own facts and signals. */
export interface PolicyJsonSchemaOptions {
  /** The policy (e.g. `adjudicator.policy`): its `id` names the schemas, its `signals` are listed. */
  readonly policy: { readonly id: string; readonly signals?: readonly SignalDeclarationInput[] | undefined };
  /** The signals given to `createAdjudicator({ signals })`, besides the policy's. */
  readonly signals?: readonly SignalDeclarationInput[];
  /** The facts given to `createAdjudicator({ facts })` (their names are what rule sets may name). */
  readonly facts?: readonly { readonly name: string }[];
}

/** A signal's value as JSON Schema: its type, range or values, its meaning in both languages. */
function signalValueSchema(signal: SignalDeclaration): Record<string, unknown> {
  const description = `${signal.description.en} / ${signal.description.zh}${signal.source === undefined ? "" : ` (${signal.source})`}`;
  const base = { description, ...(signal.default !== undefined ? { default: signal.default } : {}) };
  switch (signal.type) {
    case "number":
      return { ...base, type: "number", ...(signal.min !== undefined ? { minimum: signal.min } : {}), ...(signal.max !== undefined ? { maximum: signal.max } : {}) };
    case "boolean":
      return { ...base, type: "boolean" };
    case "string":
      return { ...base, type: "string", ...(signal.values !== undefined ? { enum: [...signal.values] } : {}) };
    case "money":
      return { ...base, type: "string", pattern: "^-?\\d+(\\.\\d+)?$" };
    case "date":
      return { ...base, type: "string", format: "date" };
    default:
      return signal.type satisfies never;
  }
}

/**
 * The claim and rule-set JSON Schemas of one policy: the claim's `signals` lists exactly the signals declared for it
 * (each with its type, range or values and meaning; those without a `default` required; no other), and a rule's
 * `fact` completes the library's facts, the integrator's and the signals. What `createAdjudicator` would refuse in
 * the declarations is a `ValidationError` here too.
 * @example
 * const schemas = generatePolicyJsonSchemas({ policy: adjudicator.policy, signals });
 * Object.keys(schemas.claim.properties.signals.properties); //=> ["fraudScore", "invoiceVerified"]
 */
export function generatePolicyJsonSchemas(options: PolicyJsonSchemaOptions): { readonly claim: Record<string, unknown>; readonly "rule-set": Record<string, unknown> } {
  const policySignals = safeParseInputInWords(SignalDeclarationSchema.array(), options.policy.signals ?? [], "policy.signals");
  const ownSignals = safeParseInputInWords(SignalDeclarationSchema.array(), options.signals ?? [], "signals");
  const issues = [...(policySignals.ok ? [] : policySignals.issues), ...(ownSignals.ok ? [] : ownSignals.issues)];
  if (!policySignals.ok || !ownSignals.ok) throw new ValidationError("signal declarations", issues);
  const signals = [...policySignals.value, ...ownSignals.value];
  const claim = generateWithFacts("claim", FACT_NAMES);
  const properties = claim["properties"] as Record<string, Record<string, unknown>> | undefined;
  if (properties !== undefined) {
    properties["signals"] = {
      type: "object",
      description: `The signals declared for policy ${options.policy.id}, by name (an undeclared one is refused).`,
      properties: Object.fromEntries(signals.map((signal) => [signal.name, signalValueSchema(signal)])),
      required: signals.filter((signal) => signal.default === undefined).map((signal) => signal.name),
      additionalProperties: false,
    };
    const required = (claim["required"] as string[] | undefined) ?? [];
    if (signals.some((signal) => signal.default === undefined) && !required.includes("signals")) claim["required"] = [...required, "signals"];
  }
  const factNames = [...new Set([...FACT_NAMES, ...(options.facts ?? []).map((fact) => fact.name), ...signals.map((signal) => signal.name)])];
  const ruleSet = generateWithFacts("rule-set", factNames);
  const named = (schema: Record<string, unknown>) => ({ ...schema, title: `${String(schema["title"])} for policy ${options.policy.id}` });
  return { claim: named(claim), "rule-set": named(ruleSet) };
}
