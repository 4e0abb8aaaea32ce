import { Dec } from "../money/money.js";
import { exactComparison } from "../money/exact-comparison.js";
import type { FactType } from "./fact-type.js";

/** What an operator compares: the fact types it accepts and what its value must be. */
export interface OperatorDefinition {
  readonly name: string;
  readonly factTypes: readonly FactType[] | "any";
  readonly value: "same" | "array" | "element" | "money" | "number" | "date" | "string[]";
  /** Custom operators are implemented here; built-in ones come from json-rules-engine. */
  readonly evaluate?: (factValue: unknown, value: unknown) => boolean;
}

const MONEY = /^-?\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function compareMoney(factValue: unknown, value: unknown, test: (comparison: number) => boolean): boolean {
  // A value that is not a decimal string never matches (the schemas make this unreachable for catalogue facts).
  if (typeof factValue !== "string" || typeof value !== "string" || !MONEY.test(factValue) || !MONEY.test(value)) return false;
  // Both as whole units of their finer decimals when they fit a double exactly; else as Decimal (the same answer).
  const exact = exactComparison(factValue, value);
  return test(exact ?? new Dec(factValue).comparedTo(value));
}

function compareDate(factValue: unknown, value: unknown, test: (comparison: number) => boolean): boolean {
  if (typeof factValue !== "string" || typeof value !== "string" || !DATE.test(factValue) || !DATE.test(value)) return false;
  // YYYY-MM-DD strings order like the dates they name.
  return test(factValue < value ? -1 : factValue > value ? 1 : 0);
}

/**
 * Whether a string of `codes` starts with a string of `prefixes`, each a string or an array whose strings count
 * (anything else, and an array's other items, count as none), without building arrays of them.
 */
function someStartsWith(codes: unknown, prefixes: unknown): boolean {
  if (typeof codes === "string") return startsWithAnyOf(codes, prefixes);
  if (!Array.isArray(codes)) return false;
  for (const code of codes) if (typeof code === "string" && startsWithAnyOf(code, prefixes)) return true;
  return false;
}

function startsWithAnyOf(code: string, prefixes: unknown): boolean {
  if (typeof prefixes === "string") return code.startsWith(prefixes);
  if (!Array.isArray(prefixes)) return false;
  for (const prefix of prefixes) if (typeof prefix === "string" && code.startsWith(prefix)) return true;
  return false;
}

/**
 * Money is compared as Decimal, never with json-rules-engine's numeric operators
 * (which reject strings and would drift on floats).
 */
export const OPERATORS: readonly OperatorDefinition[] = [
  { name: "equal", factTypes: "any", value: "same" },
  { name: "notEqual", factTypes: "any", value: "same" },
  { name: "in", factTypes: ["string", "number", "boolean", "date"], value: "array" },
  { name: "notIn", factTypes: ["string", "number", "boolean", "date"], value: "array" },
  { name: "contains", factTypes: ["string[]"], value: "element" },
  { name: "doesNotContain", factTypes: ["string[]"], value: "element" },
  { name: "lessThan", factTypes: ["number"], value: "number" },
  { name: "lessThanInclusive", factTypes: ["number"], value: "number" },
  { name: "greaterThan", factTypes: ["number"], value: "number" },
  { name: "greaterThanInclusive", factTypes: ["number"], value: "number" },
  { name: "moneyEqual", factTypes: ["money"], value: "money", evaluate: (a, b) => compareMoney(a, b, (c) => c === 0) },
  { name: "moneyGreaterThan", factTypes: ["money"], value: "money", evaluate: (a, b) => compareMoney(a, b, (c) => c > 0) },
  { name: "moneyGreaterThanInclusive", factTypes: ["money"], value: "money", evaluate: (a, b) => compareMoney(a, b, (c) => c >= 0) },
  { name: "moneyLessThan", factTypes: ["money"], value: "money", evaluate: (a, b) => compareMoney(a, b, (c) => c < 0) },
  { name: "moneyLessThanInclusive", factTypes: ["money"], value: "money", evaluate: (a, b) => compareMoney(a, b, (c) => c <= 0) },
  { name: "dateBefore", factTypes: ["date"], value: "date", evaluate: (a, b) => compareDate(a, b, (c) => c < 0) },
  { name: "dateOnOrBefore", factTypes: ["date"], value: "date", evaluate: (a, b) => compareDate(a, b, (c) => c <= 0) },
  { name: "dateAfter", factTypes: ["date"], value: "date", evaluate: (a, b) => compareDate(a, b, (c) => c > 0) },
  { name: "dateOnOrAfter", factTypes: ["date"], value: "date", evaluate: (a, b) => compareDate(a, b, (c) => c >= 0) },
  {
    name: "startsWithAny",
    factTypes: ["string", "string[]"],
    value: "string[]",
    // ICD-10 exclusions are written as prefixes: "Z41" covers Z41.0 … Z41.9.
    evaluate: (a, b) => someStartsWith(a, b),
  },
  {
    name: "containsAny",
    factTypes: ["string[]"],
    value: "array",
    evaluate: (a, b) => {
      const wanted = new Set(Array.isArray(b) ? b : []);
      return Array.isArray(a) && a.some((item) => wanted.has(item));
    },
  },
];

const BY_NAME = new Map(OPERATORS.map((operator) => [operator.name, operator]));

export function findOperator(name: string): OperatorDefinition | undefined {
  return BY_NAME.get(name);
}
