import type { Issue } from "../errors/adjudicator-error.js";
import { BUILT_IN_OPERATORS } from "../rules/built-in-operators.js";
import type { Condition } from "../rules/condition-schema.js";
import { findOperator } from "../rules/operators.js";
import { ROUNDING_MODES, type RoundingMode } from "../money/money.js";
import { currencyMinorUnits, isKnownCurrency } from "../money/currency-minor-units.js";
import { checkNestingDepth } from "../values/check-nesting-depth.js";
import { InputReader, describe, type Path } from "./input-reader.js";
import { PRECHECK_FACT_NAMES, PRECHECK_FACTS } from "./precheck-facts.js";

/** The policy's currency as the pre-check uses it. */
export interface PrecheckCurrency {
  readonly code: string;
  readonly minorUnits: number;
  readonly rounding: RoundingMode;
}

/** A document requirement of the policy, read and defaulted as the policy schema does. */
export interface PrecheckRequirement {
  readonly id: string;
  readonly documentType: string;
  readonly clauseId: string;
  readonly description: { readonly zh: string; readonly en: string };
  readonly when?: Condition;
  readonly per: "claim" | "invoice";
  readonly originalRequired: boolean;
  readonly issuedFromDay?: number;
}

/** A `require_document` rule of the rule set: what the pre-check needs of it. */
export interface PrecheckDocumentRule {
  readonly id: string;
  readonly clauseId: string;
  readonly conditions: Condition;
  readonly documentType: string;
  readonly message: { readonly zh: string; readonly en: string };
  /** Higher first, as `adjudicate` orders its rule hits (default 1). */
  readonly priority: number;
}

/** What a pre-check is compiled from: the policy's currency, clause titles and document requirements, and the document rules. */
export interface PrecheckConfig {
  readonly policyId: string;
  readonly currency: PrecheckCurrency;
  readonly clauseTitles: ReadonlyMap<string, { readonly zh: string; readonly en: string }>;
  readonly requirements: readonly PrecheckRequirement[];
  readonly documentRules: readonly PrecheckDocumentRule[];
}

const CONDITION_KEYS = new Set(["fact", "operator", "value", "path", "params", "name", "all", "any", "not"]);

/**
 * Reads the policy and the rule set for a pre-check, every problem at once. Only what the pre-check uses is read:
 * the policy's id, currency, clauses and document requirements, and the rule set's `require_document` rules.
 */
export function readPrecheckConfig(policyInput: unknown, rulesInput: unknown): PrecheckConfig | Issue[] {
  const read = new InputReader();
  const deep = checkNestingDepth(policyInput, undefined, ["policy"]) ?? (rulesInput === undefined ? undefined : checkNestingDepth(rulesInput, undefined, ["rules"]));
  if (deep !== undefined) return [deep];
  const policy = read.object(policyInput, ["policy"]);
  if (policy === undefined) return read.issues;
  const policyId = read.id(policy["id"], ["policy", "id"]);
  const currency = readCurrency(read, policy["currency"]);

  const clauseTitles = new Map<string, { zh: string; en: string }>();
  (read.array(policy["clauses"], ["policy", "clauses"]) ?? []).forEach((clauseInput, i) => {
    const clause = read.object(clauseInput, ["policy", "clauses", i]);
    if (clause === undefined) return;
    const id = read.id(clause["id"], ["policy", "clauses", i, "id"]);
    const title = read.localized(clause["title"], ["policy", "clauses", i, "title"]);
    if (id !== undefined && title !== undefined) clauseTitles.set(id, title);
  });
  const clauseId = (value: unknown, path: Path): string | undefined => {
    const id = read.id(value, path);
    if (id !== undefined && clauseTitles.size > 0 && !clauseTitles.has(id)) return read.problem(path, `clause "${id}" is not among the policy's clauses`, "unknown_clause");
    return id;
  };

  const requirements: PrecheckRequirement[] = [];
  const requirementIds = new Set<string>();
  (read.array(policy["documentRequirements"], ["policy", "documentRequirements"], []) ?? []).forEach((input, i) => {
    const path = ["policy", "documentRequirements", i];
    const requirement = read.object(input, path);
    if (requirement === undefined) return;
    const id = read.id(requirement["id"], [...path, "id"]);
    if (id !== undefined && requirementIds.has(id)) read.problem([...path, "id"], `duplicate requirement id "${id}"`, "duplicate_id");
    if (id !== undefined) requirementIds.add(id);
    const documentType = read.id(requirement["documentType"], [...path, "documentType"]);
    const clause = clauseId(requirement["clauseId"], [...path, "clauseId"]);
    const description = read.localized(requirement["description"], [...path, "description"]);
    const when = requirement["when"] === undefined ? undefined : readCondition(read, requirement["when"], [...path, "when"]);
    const per = requirement["per"] === undefined ? "claim" : read.choice(requirement["per"], [...path, "per"], ["claim", "invoice"] as const);
    const originalRequired = read.boolean(requirement["originalRequired"], [...path, "originalRequired"], false);
    const day = requirement["issuedFromDay"];
    if (day !== undefined && !(Number.isInteger(day) && (day as number) >= 1)) read.problem([...path, "issuedFromDay"], `must be a whole number of days, 1 or more, got ${describe(day)}`);
    if (id === undefined || documentType === undefined || clause === undefined || description === undefined || per === undefined || originalRequired === undefined) return;
    if (requirement["when"] !== undefined && when === undefined) return;
    requirements.push({
      id,
      documentType,
      clauseId: clause,
      description,
      per,
      originalRequired,
      ...(when !== undefined ? { when } : {}),
      ...(typeof day === "number" && Number.isInteger(day) && day >= 1 ? { issuedFromDay: day } : {}),
    });
  });

  const documentRules: PrecheckDocumentRule[] = [];
  if (rulesInput !== undefined) {
    const ruleSet = read.object(rulesInput, ["rules"]);
    (ruleSet === undefined ? [] : (read.array(ruleSet["rules"], ["rules", "rules"]) ?? [])).forEach((input, i) => {
      const path = ["rules", "rules", i];
      const rule = read.object(input, path);
      if (rule === undefined) return;
      const event = read.object(rule["event"], [...path, "event"]);
      if (event === undefined || event["type"] !== "require_document") return;
      const id = read.id(rule["id"], [...path, "id"]);
      const clause = clauseId(rule["clauseId"], [...path, "clauseId"]);
      if (rule["scope"] !== undefined && rule["scope"] !== "claim") {
        read.problem([...path, "scope"], `a "require_document" rule evaluated per bill line ("scope": ${JSON.stringify(rule["scope"])}) cannot be pre-checked: give it "scope": "claim"`);
      }
      const conditions = readCondition(read, rule["conditions"], [...path, "conditions"], true);
      const documentType = read.id(event["documentType"], [...path, "event", "documentType"]);
      const message = read.localized(event["message"], [...path, "event", "message"]);
      const priority = rule["priority"] ?? 1;
      if (!(Number.isInteger(priority) && (priority as number) >= 1)) read.problem([...path, "priority"], `must be a whole number, 1 or more, got ${describe(priority)}`);
      if (id === undefined || clause === undefined || conditions === undefined || documentType === undefined || message === undefined) return;
      documentRules.push({ id, clauseId: clause, conditions, documentType, message, priority: priority as number });
    });
  }
  if (read.issues.length > 0 || policyId === undefined || currency === undefined) return read.issues;
  // Highest priority first, then in rule-set order (a stable sort), as `adjudicate` orders its hits.
  documentRules.sort((a, b) => b.priority - a.priority);
  return { policyId, currency, clauseTitles, requirements, documentRules };
}

function readCurrency(read: InputReader, input: unknown): PrecheckCurrency | undefined {
  const currency = read.object(input, ["policy", "currency"]);
  if (currency === undefined) return undefined;
  const code = read.text(currency["code"], ["policy", "currency", "code"]);
  if (code !== undefined && !(/^[A-Z]{3}$/.test(code) && isKnownCurrency(code))) return read.problem(["policy", "currency", "code"], `"${code}" is not an ISO 4217 currency code (e.g. CNY, USD, JPY)`);
  const minorUnits = currency["minorUnits"];
  if (minorUnits !== undefined && !(Number.isInteger(minorUnits) && (minorUnits as number) >= 0 && (minorUnits as number) <= 4)) {
    return read.problem(["policy", "currency", "minorUnits"], `must be a whole number from 0 to 4, got ${describe(minorUnits)}`);
  }
  const rounding = currency["rounding"] === undefined ? "half_up" : read.choice(currency["rounding"], ["policy", "currency", "rounding"], ROUNDING_MODES);
  if (code === undefined || rounding === undefined) return undefined;
  return { code, minorUnits: (minorUnits as number | undefined) ?? currencyMinorUnits(code), rounding };
}

/**
 * A condition in json-rules-engine's format, checked as the rule set's schema checks it (exactly one of `fact`,
 * `all`, `any`, `not`; a known operator), and naming only facts a pre-check knows.
 */
function readCondition(read: InputReader, input: unknown, path: Path, top = false): Condition | undefined {
  const before = read.issues.length;
  const visit = (value: unknown, at: Path, isTop: boolean): void => {
    const condition = read.object(value, at);
    if (condition === undefined) return;
    for (const key of Object.keys(condition)) if (!CONDITION_KEYS.has(key)) read.problem([...at, key], `"${key}" is not part of a condition: use "fact", "operator", "value", "path", "params", "name", or one of "all", "any", "not"`);
    const kinds = ["fact", "all", "any", "not"].filter((key) => condition[key] !== undefined);
    if (kinds.length !== 1) {
      read.problem(at, kinds.length === 0 ? 'a condition needs either "fact" + "operator" + "value", or one of "all", "any", "not"' : `a condition has exactly one of "fact", "all", "any", "not"; this one has ${kinds.join(" and ")}`);
      return;
    }
    if (isTop && kinds[0] === "fact") read.problem(at, 'the top of "conditions" must be "all", "any" or "not"; wrap a single comparison as { "all": [ … ] }');
    if (kinds[0] === "all" || kinds[0] === "any") {
      const key = kinds[0];
      (read.array(condition[key], [...at, key]) ?? []).forEach((child, i) => visit(child, [...at, key, i], false));
      return;
    }
    if (kinds[0] === "not") return visit(condition["not"], [...at, "not"], false);
    const fact = read.text(condition["fact"], [...at, "fact"]);
    if (fact !== undefined) knownFact(read, fact, [...at, "fact"]);
    const operator = read.text(condition["operator"], [...at, "operator"]);
    if (operator !== undefined && findOperator(operator) === undefined && !BUILT_IN_OPERATORS.has(operator)) read.problem([...at, "operator"], `unknown operator "${operator}"`, "unknown_operator");
    if (!("value" in condition)) read.problem([...at, "value"], "is required: the value the fact is compared with");
    const reference = condition["value"];
    if (reference !== null && typeof reference === "object" && !Array.isArray(reference) && "fact" in reference) {
      const other = (reference as Record<string, unknown>)["fact"];
      if (typeof other === "string") knownFact(read, other, [...at, "value", "fact"]);
      else read.problem([...at, "value", "fact"], "must name a fact");
    }
    if (condition["path"] !== undefined) read.problem([...at, "path"], "the facts a pre-check knows are not objects: a comparison cannot have a path");
  };
  visit(input, path, top);
  // A copy: changing the policy or rule set afterwards cannot change what the compiled pre-check answers.
  return read.issues.length === before ? (copyJson(input) as Condition) : undefined;
}

/** A deep copy of a JSON-like value (its depth is already bounded). */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyJson);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, copyJson(entry)]));
}

function knownFact(read: InputReader, fact: string, path: Path): void {
  if (Object.hasOwn(PRECHECK_FACTS, fact)) return;
  read.problem(
    path,
    `fact "${fact}" cannot be known before the claim is submitted, so a pre-check cannot tell whether this document is needed; a pre-check knows ${PRECHECK_FACT_NAMES.join(", ")}`,
    "unknown_fact",
  );
}
