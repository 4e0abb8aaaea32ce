import { Dec } from "../money/money.js";
import type { Atom } from "./condition-terms.js";

/**
 * Decides, conservatively, whether comparisons can all hold at once. "Cannot" is only answered when it is certain:
 * bounds that do not overlap, values outside every allowed set, a comparison and its own negation. Anything the
 * linter cannot reason about (a fact compared with another fact, prefixes) is taken as satisfiable.
 */
export interface FactDomain {
  /** The only values a fact can take (booleans, enumerations of the claim schema), by atom key. */
  readonly valuesOf: (key: string) => readonly unknown[] | undefined;
}

type Bound = { readonly value: unknown; readonly inclusive: boolean };

type Constraint =
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

type Ordered = "number" | "money" | "date";

function isOrderedValue(type: Ordered, value: unknown): boolean {
  if (type === "number") return typeof value === "number" && Number.isFinite(value);
  if (type === "money") return typeof value === "string" && MONEY.test(value);
  return typeof value === "string" && DATE.test(value);
}

function compare(type: Ordered, a: unknown, b: unknown): number {
  if (type === "number") return (a as number) - (b as number);
  if (type === "money") return new Dec(a as string).comparedTo(b as string);
  return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
}

function toConstraint(atom: Atom): Constraint {
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

const sameValue = (a: unknown, b: unknown) => a === b;
const includesValue = (values: readonly unknown[], value: unknown, same: (a: unknown, b: unknown) => boolean) => values.some((item) => same(item, value));

function orderedSatisfiable(type: Ordered, constraints: readonly Constraint[]): boolean {
  let lower: Bound | undefined = type === "money" ? { value: "0", inclusive: true } : undefined; // money facts are never negative
  let upper: Bound | undefined;
  let candidates: unknown[] | undefined;
  const excluded: unknown[] = [];
  const same = (a: unknown, b: unknown) => compare(type, a, b) === 0;
  for (const constraint of constraints) {
    if (constraint.kind === "lower") {
      const c = lower === undefined ? 1 : compare(type, constraint.value, lower.value);
      if (c > 0 || (c === 0 && !constraint.inclusive)) lower = { value: constraint.value, inclusive: constraint.inclusive };
    } else if (constraint.kind === "upper") {
      const c = upper === undefined ? -1 : compare(type, constraint.value, upper.value);
      if (c < 0 || (c === 0 && !constraint.inclusive)) upper = { value: constraint.value, inclusive: constraint.inclusive };
    } else if (constraint.kind === "in") {
      candidates = candidates === undefined ? [...constraint.values] : candidates.filter((value) => includesValue(constraint.values, value, same));
    } else if (constraint.kind === "notIn") excluded.push(...constraint.values);
  }
  const withinBounds = (value: unknown) => {
    if (lower !== undefined) {
      const c = compare(type, value, lower.value);
      if (c < 0 || (c === 0 && !lower.inclusive)) return false;
    }
    if (upper !== undefined) {
      const c = compare(type, value, upper.value);
      if (c > 0 || (c === 0 && !upper.inclusive)) return false;
    }
    return true;
  };
  if (candidates !== undefined) return candidates.some((value) => withinBounds(value) && !includesValue(excluded, value, same));
  if (lower === undefined || upper === undefined) return true;
  const c = compare(type, lower.value, upper.value);
  if (c > 0) return false;
  if (c < 0) return true;
  return lower.inclusive && upper.inclusive && !includesValue(excluded, lower.value, same);
}

function discreteSatisfiable(constraints: readonly Constraint[], universe: readonly unknown[] | undefined): boolean {
  let candidates: unknown[] | undefined = universe === undefined ? undefined : [...universe];
  const excluded: unknown[] = [];
  for (const constraint of constraints) {
    if (constraint.kind === "in") candidates = candidates === undefined ? [...constraint.values] : candidates.filter((value) => includesValue(constraint.values, value, sameValue));
    else if (constraint.kind === "notIn") excluded.push(...constraint.values);
  }
  return candidates === undefined || candidates.some((value) => !includesValue(excluded, value, sameValue));
}

function setSatisfiable(constraints: readonly Constraint[]): boolean {
  const forbidden = constraints.flatMap((constraint) => (constraint.kind === "forbid" ? constraint.values : []));
  return constraints.every((constraint) => constraint.kind !== "requireAny" || constraint.values.some((value) => !forbidden.includes(value)));
}

function opaqueSatisfiable(constraints: readonly Constraint[]): boolean {
  const polarity = new Map<string, boolean>();
  for (const constraint of constraints) {
    if (constraint.kind !== "opaque") continue;
    const seen = polarity.get(constraint.signature);
    if (seen !== undefined && seen !== constraint.negated) return false;
    polarity.set(constraint.signature, constraint.negated);
  }
  return true;
}

/** Whether comparisons on one fact (one key) can all hold at once. */
function keySatisfiable(atoms: readonly Atom[], domain: FactDomain): boolean {
  const constraints = atoms.map(toConstraint);
  if (!opaqueSatisfiable(constraints)) return false;
  const type = atoms.find((atom) => atom.type !== undefined)?.type;
  if (type === "number" || type === "money" || type === "date") return orderedSatisfiable(type, constraints);
  if (type === "boolean") return discreteSatisfiable(constraints, [true, false]);
  if (type === "string") return discreteSatisfiable(constraints, domain.valuesOf(atoms[0]?.key ?? ""));
  if (type === "string[]") return setSatisfiable(constraints);
  return true;
}

/**
 * The smallest set of comparisons found that cannot all hold at once, or `undefined` when they can (as far as the
 * linter can tell).
 * @param atoms - the comparisons of one term, all required to hold
 * @param domain - what values some facts can take
 * @example
 * findContradiction([gt10, lt5], domain); //=> [gt10, lt5]
 */
export function findContradiction(atoms: readonly Atom[], domain: FactDomain): readonly Atom[] | undefined {
  const byKey = new Map<string, Atom[]>();
  for (const atom of atoms) byKey.set(atom.key, [...(byKey.get(atom.key) ?? []), atom]);
  for (const group of byKey.values()) {
    if (keySatisfiable(group, domain)) continue;
    for (const atom of group) if (!keySatisfiable([atom], domain)) return [atom];
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const pair = [group[i] as Atom, group[j] as Atom];
        if (!keySatisfiable(pair, domain)) return pair;
      }
    }
    return group;
  }
  return undefined;
}
