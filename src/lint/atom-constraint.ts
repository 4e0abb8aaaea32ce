import { Dec } from "../money/money.js";
import type { Atom } from "./condition-terms.js";

/**
 * What one comparison says of the value of its fact, once its negation is folded in: a bound, a set of values it is
 * in or not in, values a list must or must not contain, or something the linter does not reason about (`opaque`,
 * only compared with itself).
 */
export type Constraint =
  | { readonly kind: "lower" | "upper"; readonly value: unknown; readonly inclusive: boolean }
  | { readonly kind: "in"; readonly values: readonly unknown[] }
  | { readonly kind: "notIn"; readonly values: readonly unknown[] }
  | { readonly kind: "requireAny"; readonly values: readonly unknown[] }
  | { readonly kind: "forbid"; readonly values: readonly unknown[] }
  | { readonly kind: "opaque"; readonly signature: string; readonly negated: boolean }
  | { readonly kind: "none" };

/** Each operator with the operator that holds exactly when it does not. */
const OPPOSITES: Readonly<Record<string, string>> = {
  lessThan: "greaterThanInclusive",
  greaterThanInclusive: "lessThan",
  lessThanInclusive: "greaterThan",
  greaterThan: "lessThanInclusive",
  moneyLessThan: "moneyGreaterThanInclusive",
  moneyGreaterThanInclusive: "moneyLessThan",
  moneyLessThanInclusive: "moneyGreaterThan",
  moneyGreaterThan: "moneyLessThanInclusive",
  dateBefore: "dateOnOrAfter",
  dateOnOrAfter: "dateBefore",
  dateOnOrBefore: "dateAfter",
  dateAfter: "dateOnOrBefore",
  equal: "notEqual",
  notEqual: "equal",
  in: "notIn",
  notIn: "in",
  contains: "doesNotContain",
  doesNotContain: "contains",
};

const MONEY = /^\d+(\.\d+)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type Ordered = "number" | "money" | "date";

function isOrderedValue(type: Ordered, value: unknown): boolean {
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  if (type === "money") return typeof value === "string" && MONEY.test(value);
  return typeof value === "string" && DATE.test(value);
}

/** Orders two values of an ordered type: amounts as decimals, dates as ISO strings. */
export function compare(type: Ordered, a: unknown, b: unknown): number {
  if (type === "number") return (a as number) - (b as number);
  if (type === "money") return new Dec(a as string).comparedTo(b as string);
  return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
}

/**
 * The constraint one comparison puts on its fact.
 * @example
 * toConstraint(reportDelayDaysGreaterThan10); //=> { kind: "lower", value: 10, inclusive: false }
 */
export function toConstraint(atom: Atom): Constraint {
  const opaque: Constraint = { kind: "opaque", signature: `${atom.operator}\u0000${JSON.stringify(atom.value)}`, negated: atom.negated };
  const { type, value } = atom;
  const isFactReference = typeof value === "object" && value !== null && !Array.isArray(value);
  if (type === undefined || isFactReference) return opaque;
  // Money `moneyEqual` negated is "not equal as a decimal"; every other operator has an opposite in the list.
  const operator = atom.negated ? (atom.operator === "moneyEqual" ? "moneyNotEqual" : OPPOSITES[atom.operator]) : atom.operator;
  if (operator === undefined) return opaque;

  if (type === "number" || type === "money" || type === "date") {
    const ordered: Ordered = type;
    const one = (kind: "lower" | "upper", inclusive: boolean): Constraint => (isOrderedValue(ordered, value) ? { kind, value, inclusive } : opaque);
    const list = Array.isArray(value) && value.every((item) => isOrderedValue(ordered, item)) ? (value as unknown[]) : undefined;
    switch (operator) {
      case "lessThan":
      case "moneyLessThan":
      case "dateBefore":
        return one("upper", false);
      case "lessThanInclusive":
      case "moneyLessThanInclusive":
      case "dateOnOrBefore":
        return one("upper", true);
      case "greaterThan":
      case "moneyGreaterThan":
      case "dateAfter":
        return one("lower", false);
      case "greaterThanInclusive":
      case "moneyGreaterThanInclusive":
      case "dateOnOrAfter":
        return one("lower", true);
      case "equal":
      case "moneyEqual":
        return isOrderedValue(ordered, value) ? { kind: "in", values: [value] } : opaque;
      case "in":
        return list === undefined ? opaque : { kind: "in", values: list };
      // `equal`/`notEqual` compare money as text ("100" is not "100.00"): a text inequality says nothing about the amount.
      case "notEqual":
        return type === "money" ? { kind: "none" } : isOrderedValue(ordered, value) ? { kind: "notIn", values: [value] } : opaque;
      case "notIn":
        return type === "money" ? { kind: "none" } : list === undefined ? opaque : { kind: "notIn", values: list };
      case "moneyNotEqual":
        return isOrderedValue(ordered, value) ? { kind: "notIn", values: [value] } : opaque;
      default:
        return opaque;
    }
  }
  if (type === "string" || type === "boolean") {
    switch (operator) {
      case "equal":
        return { kind: "in", values: [value] };
      case "notEqual":
        return { kind: "notIn", values: [value] };
      case "in":
        return Array.isArray(value) ? { kind: "in", values: value } : opaque;
      case "notIn":
        return Array.isArray(value) ? { kind: "notIn", values: value } : opaque;
      default:
        return opaque;
    }
  }
  if (type === "string[]") {
    switch (operator) {
      case "contains":
        return { kind: "requireAny", values: [value] };
      case "doesNotContain":
        return { kind: "forbid", values: [value] };
      case "containsAny":
        if (!Array.isArray(value)) return opaque;
        return atom.negated ? { kind: "forbid", values: value } : { kind: "requireAny", values: value };
      default:
        return opaque;
    }
  }
  return opaque;
}

