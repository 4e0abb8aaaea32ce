import { Dec } from "../money/money.js";
import { compare, toConstraint, type Constraint, type Ordered } from "./atom-constraint.js";
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

/**
 * Membership in a list of values under `same`, in constant time: values are keyed by `keyOf` (equal values, equal
 * keys). `===` for strings and booleans (a value that is not equal to itself, NaN, is in no list).
 */
type Membership = (value: unknown) => boolean;

function strictKey(value: unknown): unknown {
  return value;
}

function membership(values: readonly unknown[], keyOf: (value: unknown) => unknown): Membership {
  const keys = new Set(values.filter((value) => value === value).map(keyOf));
  return (value) => value === value && keys.has(keyOf(value));
}

/** Equal values of an ordered type get equal keys: `"100.50"` and `"100.5"` are the same amount. */
function orderedKey(type: Ordered): (value: unknown) => unknown {
  return type === "money" ? (value) => new Dec(value as string).toString() : strictKey;
}

function orderedSatisfiable(type: Ordered, constraints: readonly Constraint[]): boolean {
  let lower: Bound | undefined = type === "money" ? { value: "0", inclusive: true } : undefined; // money facts are never negative
  let upper: Bound | undefined;
  let candidates: unknown[] | undefined;
  const excluded: unknown[] = [];
  const keyOf = orderedKey(type);
  for (const constraint of constraints) {
    if (constraint.kind === "lower") {
      const c = lower === undefined ? 1 : compare(type, constraint.value, lower.value);
      if (c > 0 || (c === 0 && !constraint.inclusive)) lower = { value: constraint.value, inclusive: constraint.inclusive };
    } else if (constraint.kind === "upper") {
      const c = upper === undefined ? -1 : compare(type, constraint.value, upper.value);
      if (c < 0 || (c === 0 && !constraint.inclusive)) upper = { value: constraint.value, inclusive: constraint.inclusive };
    } else if (constraint.kind === "in") {
      const allowed = candidates === undefined ? undefined : membership(constraint.values, keyOf);
      candidates = allowed === undefined ? [...constraint.values] : (candidates ?? []).filter(allowed);
    } else if (constraint.kind === "notIn") for (const value of constraint.values) excluded.push(value);
  }
  const isExcluded = membership(excluded, keyOf);
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
  if (candidates !== undefined) return candidates.some((value) => withinBounds(value) && !isExcluded(value));
  if (lower === undefined || upper === undefined) return true;
  const c = compare(type, lower.value, upper.value);
  if (c > 0) return false;
  if (c < 0) return true;
  return lower.inclusive && upper.inclusive && !isExcluded(lower.value);
}

/** The values a string or boolean fact can still take under the constraints; `undefined` when unbounded. */
function discreteCandidates(constraints: readonly Constraint[], universe: readonly unknown[] | undefined): unknown[] | undefined {
  let candidates: unknown[] | undefined = universe === undefined ? undefined : [...universe];
  const excluded: unknown[] = [];
  for (const constraint of constraints) {
    if (constraint.kind === "in") candidates = candidates === undefined ? [...constraint.values] : candidates.filter(membership(constraint.values, strictKey));
    else if (constraint.kind === "notIn") for (const value of constraint.values) excluded.push(value);
  }
  if (candidates === undefined) return undefined;
  const isExcluded = membership(excluded, strictKey);
  return candidates.filter((value) => !isExcluded(value));
}

function discreteSatisfiable(constraints: readonly Constraint[], universe: readonly unknown[] | undefined): boolean {
  const candidates = discreteCandidates(constraints, universe);
  return candidates === undefined || candidates.length > 0;
}

function setSatisfiable(constraints: readonly Constraint[]): boolean {
  const forbidden = new Set(constraints.flatMap((constraint) => (constraint.kind === "forbid" ? constraint.values : [])));
  return constraints.every((constraint) => constraint.kind !== "requireAny" || constraint.values.some((value) => !forbidden.has(value)));
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

/** The comparisons on one fact (one key), read once: each check of a subset of them is linear in its size. */
interface KeyGroup {
  readonly atoms: readonly Atom[];
  readonly constraints: readonly Constraint[];
  readonly type: Atom["type"];
  readonly universe: readonly unknown[] | undefined;
}

function groupOf(atoms: readonly Atom[], domain: FactDomain): KeyGroup {
  const type = atoms.find((atom) => atom.type !== undefined)?.type;
  return { atoms, constraints: atoms.map(toConstraint), type, universe: type === "string" ? domain.valuesOf(atoms[0]?.key ?? "") : undefined };
}

/** Whether these constraints of a group can all hold at once. */
function satisfiable(group: KeyGroup, constraints: readonly Constraint[]): boolean {
  if (!opaqueSatisfiable(constraints)) return false;
  const type = group.type;
  if (type === "number" || type === "money" || type === "date") return orderedSatisfiable(type, constraints);
  if (type === "boolean") return discreteSatisfiable(constraints, [true, false]);
  if (type === "string") return discreteSatisfiable(constraints, group.universe);
  if (type === "string[]") return setSatisfiable(constraints);
  return true;
}

/** Up to this many comparisons of one fact, every pair is tried (at most 2,016 pairs); past it, bisection. */
const EVERY_PAIR_LIMIT = 64;

/**
 * The smallest conflict of an unsatisfiable group: one comparison that can never hold; else a pair that cannot hold
 * together; else (three or more needed together) the whole group. The pair is the first in order (by its first
 * comparison, then its second) for up to `EVERY_PAIR_LIMIT` comparisons; past that, to stay linear, it is the first
 * comparison, reading in order, that completes a contradiction, with the first earlier one it contradicts.
 */
function conflictOf(group: KeyGroup): readonly Atom[] {
  const { atoms, constraints } = group;
  for (const [i, constraint] of constraints.entries()) if (!satisfiable(group, [constraint])) return [atoms[i] as Atom];
  if (constraints.length <= EVERY_PAIR_LIMIT) {
    for (let i = 0; i < constraints.length; i++) {
      for (let j = i + 1; j < constraints.length; j++) {
        if (!satisfiable(group, [constraints[i] as Constraint, constraints[j] as Constraint])) return [atoms[i] as Atom, atoms[j] as Atom];
      }
    }
    return atoms;
  }
  // Satisfiability only decreases as comparisons are added: the shortest unsatisfiable prefix, by bisection.
  let low = 1;
  let high = constraints.length;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (satisfiable(group, constraints.slice(0, middle))) low = middle + 1;
    else high = middle;
  }
  const last = low - 1;
  const completing = constraints[last] as Constraint;
  for (let i = 0; i < last; i++) if (!satisfiable(group, [constraints[i] as Constraint, completing])) return [atoms[i] as Atom, atoms[last] as Atom];
  return atoms;
}

function groupsByKey(atoms: readonly Atom[]): Map<string, Atom[]> {
  const byKey = new Map<string, Atom[]>();
  for (const atom of atoms) {
    const group = byKey.get(atom.key);
    if (group === undefined) byKey.set(atom.key, [atom]);
    else group.push(atom);
  }
  return byKey;
}

/**
 * The smallest set of comparisons found that cannot all hold at once, or `undefined` when they can (as far as the
 * linter can tell). Linear in the number of comparisons (up to a logarithm), however many there are.
 * @param atoms - the comparisons of one term, all required to hold
 * @param domain - what values some facts can take
 * @example
 * findContradiction([gt10, lt5], domain); //=> [gt10, lt5]
 */
export function findContradiction(atoms: readonly Atom[], domain: FactDomain): readonly Atom[] | undefined {
  for (const sameKey of groupsByKey(atoms).values()) {
    const group = groupOf(sameKey, domain);
    if (!satisfiable(group, group.constraints)) return conflictOf(group);
  }
  return undefined;
}

/** Whether a comparison holds whatever the claim (its negation can never hold), e.g. an amount `moneyGreaterThanInclusive "0"`. */
export function alwaysHolds(atom: Atom, domain: FactDomain): boolean {
  const negation: Atom = { ...atom, negated: !atom.negated };
  const group = groupOf([negation], domain);
  return !satisfiable(group, group.constraints);
}

/**
 * The values of which a comparison requires a string or boolean fact to take one (`equal`, `in`, or a negated
 * `notEqual`/`notIn`), or a list fact to contain one (`contains`, `containsAny`); `undefined` for any other comparison.
 * @example
 * requiredValues(incidentTypeEqualIllness); //=> ["illness"]
 */
export function requiredValues(atom: Atom): readonly unknown[] | undefined {
  const constraint = toConstraint(atom);
  if ((atom.type === "string" || atom.type === "boolean") && constraint.kind === "in") return constraint.values;
  if (atom.type === "string[]" && constraint.kind === "requireAny") return constraint.values;
  return undefined;
}

/**
 * Values that comparisons on one fact leave for it, such that any comparison they imply and `requiredValues` applies
 * to requires one of them: for a string or boolean fact, one of the values it can still take (all of them must be
 * required, so one stands for all); for a list fact, every value it must contain one of and is not forbidden.
 * `[]` when nothing requiring values can be implied (the fact is left open).
 * @param atoms - satisfiable comparisons on one key
 * @param domain - what values some facts can take
 * @example
 * impliedValueCandidates([incidentTypeNotIllness], FACT_DOMAIN); //=> ["accident"]
 */
export function impliedValueCandidates(atoms: readonly Atom[], domain: FactDomain): readonly unknown[] {
  const group = groupOf(atoms, domain);
  if (group.type === "boolean" || group.type === "string") {
    const left = discreteCandidates(group.constraints, group.type === "boolean" ? [true, false] : group.universe);
    return left === undefined ? [] : left.slice(0, 1);
  }
  if (group.type === "string[]") {
    const forbidden = new Set(group.constraints.flatMap((constraint) => (constraint.kind === "forbid" ? constraint.values : [])));
    return group.constraints.flatMap((constraint) => (constraint.kind === "requireAny" ? constraint.values.filter((value) => !forbidden.has(value)) : []));
  }
  return [];
}
