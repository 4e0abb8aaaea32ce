import { closest } from "fastest-levenshtein";
import { isValidIsoDate } from "../dates/iso-date.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { isFactCondition, type Condition, type FactCondition } from "../rules/condition-schema.js";
import type { FactType } from "./fact-definition.js";
import { LIBRARY_FACTS, type FactRegistry } from "./fact-registry.js";
import { findOperator, OPERATORS } from "../rules/operators.js";

type Path = readonly (string | number)[];

/**
 * Checks a condition tree against the fact catalogue and the operators before any claim arrives,
 * so that evaluation can never meet an unknown fact or operator, or compare incompatible types.
 */
export function checkConditions(condition: Condition, scope: "claim" | "item", path: Path, facts: FactRegistry = LIBRARY_FACTS): Issue[] {
  if (isFactCondition(condition)) return checkComparison(condition, scope, path, facts);
  if ("all" in condition) return condition.all.flatMap((child, i) => checkConditions(child, scope, [...path, "all", i], facts));
  if ("any" in condition) return condition.any.flatMap((child, i) => checkConditions(child, scope, [...path, "any", i], facts));
  return checkConditions(condition.not, scope, [...path, "not"], facts);
}

function suggestion(name: string, candidates: readonly string[]): string {
  return candidates.length === 0 ? "" : ` Did you mean "${closest(name, candidates as string[])}"?`;
}

function knownFacts(scope: "claim" | "item", facts: FactRegistry): string[] {
  return facts.facts.filter((fact) => scope === "item" || fact.scope === "claim").map((fact) => fact.name);
}

/** Resolves the type a condition compares, following `path` into an object fact. */
function resolveFactType(name: string, factPath: string | undefined, scope: "claim" | "item", path: Path, issues: Issue[], facts: FactRegistry): FactType | undefined {
  const definition = facts.find(name);
  if (definition === undefined || (definition.scope === "item" && scope !== "item")) {
    const why = definition === undefined ? "is not in the fact catalogue" : 'is only available to rules with "scope": "item"';
    issues.push({ code: "unknown_fact", path, message: `fact "${name}" ${why}.${suggestion(name, knownFacts(scope, facts))}` });
    return undefined;
  }
  if (factPath === undefined) return definition.type;
  const fields = definition.fields;
  if (fields === undefined) {
    issues.push({ code: "invalid_input", path: [...path.slice(0, -1), "path"], message: `fact "${name}" is a ${definition.type}, it has no fields to reach with a path` });
    return undefined;
  }
  const field = /^\$\.([A-Za-z_]\w*)$/.exec(factPath)?.[1];
  // Own fields only: "$.constructor" or "$.toString" reach Object.prototype, not a field of the fact.
  const fieldType = field === undefined || !Object.hasOwn(fields, field) ? undefined : fields[field];
  if (fieldType === undefined) {
    issues.push({
      code: "invalid_input",
      path: [...path.slice(0, -1), "path"],
      message: `path "${factPath}" does not reach a field of "${name}"; its fields are ${Object.keys(fields).map((f) => `$.${f}`).join(", ")}`,
    });
    return undefined;
  }
  return fieldType;
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function valueMatchesType(value: unknown, type: FactType): boolean {
  switch (type) {
    case "boolean":
      return typeof value === "boolean";
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "string":
      return typeof value === "string";
    case "money":
      return typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value);
    case "date":
      return typeof value === "string" && isValidIsoDate(value);
    case "string[]":
      return Array.isArray(value) && value.every((item) => typeof item === "string");
    case "object":
      return typeof value === "object" && value !== null;
    default:
      return false;
  }
}

/** How to write the value the author meant: an amount as a string, a real calendar date. */
function fixFor(value: unknown, want: string): string {
  if (typeof value === "number" && Number.isFinite(value) && want.startsWith("a decimal string")) return `: write it as a string, "${String(value)}"`;
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) && want.startsWith("an ISO date")) return ": that day does not exist";
  return "";
}

/** The same comparison on each ordered type: `greaterThan` on a number is `moneyGreaterThan` on money, `dateAfter` on a date. */
const SAME_COMPARISON: readonly Readonly<Partial<Record<FactType, string>>>[] = [
  { number: "greaterThan", money: "moneyGreaterThan", date: "dateAfter" },
  { number: "greaterThanInclusive", money: "moneyGreaterThanInclusive", date: "dateOnOrAfter" },
  { number: "lessThan", money: "moneyLessThan", date: "dateBefore" },
  { number: "lessThanInclusive", money: "moneyLessThanInclusive", date: "dateOnOrBefore" },
];

/**
 * What to write instead of an operator that cannot compare a fact of this type: its counterpart for the type when
 * there is one (`moneyGreaterThan` for `greaterThan` on money), else the operators that can. Amounts are never
 * pointed to `equal`/`notEqual`/`in`/`notIn`, which compare them as text ("2000" is not "2000.00").
 */
function operatorFor(name: string, factType: FactType): string {
  const counterpart = SAME_COMPARISON.find((names) => Object.values(names).includes(name))?.[factType];
  if (counterpart !== undefined) return `use "${counterpart}"`;
  const textual = new Set(["equal", "notEqual", "in", "notIn"]);
  const alternatives = OPERATORS.filter((o) => o.factTypes === "any" || o.factTypes.includes(factType))
    .map((o) => o.name)
    .filter((alternative) => factType !== "money" || !textual.has(alternative));
  return `use one of ${alternatives.join(", ")}`;
}

/** The type of fact an operator's value may name instead of a literal (`"same"`: the compared fact's own type). */
const FACT_VALUE_TYPE: Readonly<Partial<Record<string, FactType>>> = { money: "money", number: "number", date: "date", element: "string", "string[]": "string[]", array: "string[]" };

function checkComparison(condition: FactCondition, scope: "claim" | "item", path: Path, facts: FactRegistry): Issue[] {
  const issues: Issue[] = [];
  const factType = resolveFactType(condition.fact, condition.path, scope, [...path, "fact"], issues, facts);
  const operator = findOperator(condition.operator);
  if (operator === undefined) {
    issues.push({
      code: "unknown_operator",
      path: [...path, "operator"],
      message: `operator "${condition.operator}" is not supported.${suggestion(condition.operator, OPERATORS.map((o) => o.name))}`,
    });
  }
  if (factType === undefined || operator === undefined) return issues;

  if (operator.factTypes !== "any" && !operator.factTypes.includes(factType)) {
    issues.push({
      code: "invalid_input",
      path: [...path, "operator"],
      message: `operator "${operator.name}" cannot compare a ${factType} fact ("${condition.fact}"); ${operatorFor(operator.name, factType)}`,
    });
    return issues;
  }

  const value = condition.value;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && "fact" in value) {
    const referenced = String((value as { fact: unknown }).fact);
    const referencedType = resolveFactType(referenced, (value as { path?: string }).path, scope, [...path, "value", "fact"], issues, facts);
    const wanted = FACT_VALUE_TYPE[operator.value] ?? factType;
    if (referencedType !== undefined && referencedType !== wanted) {
      issues.push({
        code: "invalid_input",
        path: [...path, "value", "fact"],
        message: `"${operator.name}" on ${factType} fact "${condition.fact}" compares it with a ${wanted} fact, but "${referenced}" is a ${referencedType}: compare it with a ${wanted} fact or a value`,
      });
    }
    return issues;
  }
  const expected: { ok: boolean; want: string } = (() => {
    switch (operator.value) {
      case "same":
        return { ok: valueMatchesType(value, factType), want: `a ${factType}` };
      case "array":
        return { ok: Array.isArray(value), want: "an array of values" };
      case "element":
        return { ok: typeof value === "string", want: "a string" };
      case "money":
        return { ok: valueMatchesType(value, "money"), want: 'a decimal string such as "2000.00"' };
      case "number":
        return { ok: valueMatchesType(value, "number"), want: "a number" };
      case "date":
        return { ok: valueMatchesType(value, "date"), want: "an ISO date YYYY-MM-DD" };
      case "string[]":
        return { ok: valueMatchesType(value, "string[]"), want: "an array of strings" };
      default:
        return { ok: false, want: "a valid value" };
    }
  })();
  if (!expected.ok) {
    issues.push({
      code: "invalid_input",
      path: [...path, "value"],
      message: `"${operator.name}" on ${factType} fact "${condition.fact}" needs ${expected.want}, got ${describe(value)}${fixFor(value, expected.want)}`,
    });
  }
  return issues;
}
