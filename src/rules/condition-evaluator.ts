/**
 * The compiled evaluator of the rules' condition JSON (json-rules-engine's format, with our operators). The pipeline
 * sees a narrow interface: compile a list of conditions once, then evaluate them against plain fact values, as often
 * as needed, synchronously.
 *
 * Each condition tree is turned once into closures (no `eval`): one that only answers whether it holds, allocating
 * nothing, and one that also writes the evidence of every comparison. The evidence is written only for entries that
 * held (or for all, on request), by evaluating the tree a second time: conditions are pure, so both give the same.
 *
 * It gives what json-rules-engine 7 gives for the same conditions and facts (`tests/rules/condition-evaluator-
 * differential.test.ts` compares them on random conditions and facts, with json-rules-engine as the reference):
 * - every comparison of an `all`/`any` is evaluated, whatever its siblings gave (json-rules-engine evaluates the
 *   comparisons of one priority together, and ours have no priorities), so every comparison has a result;
 * - a fact the conditions name and the facts lack is an error (`allowUndefinedFacts: false`), never false;
 * - a `path` is resolved only in an object fact; in anything else the fact itself is compared, as there;
 * - a value `{ "fact": … }` (with its own `path`) is that fact's value; the evidence's `expected` is the value the
 *   comparison used, or the reference itself where that resolved to `undefined`;
 * - json-rules-engine's operators are reproduced exactly (`built-in-operators.ts`), ours are `operators.ts`.
 * Only where nothing can throw does a closure stop at the first comparison that settles an `all` or `any`.
 *
 * Concurrency: nothing mutable is shared between evaluations; the compiled closures only read.
 */
import { BUILT_IN_OPERATORS } from "./built-in-operators.js";
import type { Condition, FactCondition } from "./condition-schema.js";
import { findOperator } from "./operators.js";
import { UndefinedFactError } from "./undefined-fact-error.js";

export interface ConditionEntry {
  readonly id: string;
  readonly conditions: Condition;
}

/** One comparison as it was evaluated: what was compared, what was expected, what was found. */
export interface EvaluatedComparison {
  /** Where the comparison sits in the conditions, e.g. `all[1].any[0]`. */
  readonly path: string;
  readonly fact: string;
  readonly factPath?: string;
  readonly operator: string;
  readonly expected: unknown;
  readonly actual: unknown;
  /** `null` for a comparison that was not evaluated (none is, today: every comparison of an `all`/`any` is). */
  readonly result: boolean | null;
}

export interface ConditionOutcome {
  readonly id: string;
  readonly result: boolean;
  readonly evidence: readonly EvaluatedComparison[];
}

export type FactValues = Readonly<Record<string, unknown>>;

export interface EvaluateOptions {
  /** `hits` (default): evidence only for entries whose conditions held; `all`: for every entry (rule coverage). */
  readonly evidence?: "hits" | "all";
}

export interface ConditionEvaluator {
  /**
   * Evaluates every compiled entry, in the order they were given.
   * @throws {UndefinedFactError} when a condition names a fact that `facts` lacks.
   */
  evaluate(facts: FactValues, options?: EvaluateOptions): ConditionOutcome[];
  /** The entries whose conditions held, in the order they were given, with their evidence; nothing for the others. */
  held(facts: FactValues): ConditionOutcome[];
}

/** A compiled condition tree. */
interface CompiledCondition {
  /** Whether the condition holds. */
  readonly holds: (facts: FactValues) => boolean;
  /** Whether it holds, writing the evidence of every comparison under it to `evidence`, in document order. */
  readonly explain: (facts: FactValues, evidence: EvaluatedComparison[]) => boolean;
  /** Whether evaluating it can throw (so its siblings may not be skipped: json-rules-engine would throw). */
  readonly mayThrow: boolean;
}

/**
 * Compiles conditions once; the returned evaluator is safe to share between concurrent calls.
 *
 * @example
 * const evaluator = compileConditionEvaluator([{ id: "late", conditions: { all: [{ fact: "reportDelayDays", operator: "greaterThan", value: 30 }] } }]);
 * evaluator.evaluate({ reportDelayDays: 45 })[0]?.result; //=> true
 */
export function compileConditionEvaluator(entries: readonly ConditionEntry[]): ConditionEvaluator {
  const ids = entries.map((entry) => entry.id);
  const compiled = entries.map((entry) => compileTop(entry.conditions));
  const referenced = [...new Set(entries.flatMap((entry) => referencedFacts(entry.conditions)))].sort();
  const requireFacts = (facts: FactValues): void => {
    for (const name of referenced) if (!(name in facts)) throw new UndefinedFactError(name);
  };
  const count = compiled.length;

  return {
    evaluate(facts, options) {
      requireFacts(facts);
      const allEvidence = options?.evidence === "all";
      const outcomes: ConditionOutcome[] = new Array(count);
      for (let i = 0; i < count; i++) {
        const condition = compiled[i] as CompiledCondition;
        if (allEvidence) {
          const evidence: EvaluatedComparison[] = [];
          outcomes[i] = { id: ids[i] as string, result: condition.explain(facts, evidence), evidence };
        } else {
          const result = condition.holds(facts);
          outcomes[i] = { id: ids[i] as string, result, evidence: result ? explained(condition, facts) : [] };
        }
      }
      return outcomes;
    },
    held(facts) {
      requireFacts(facts);
      const outcomes: ConditionOutcome[] = [];
      for (let i = 0; i < count; i++) {
        const condition = compiled[i] as CompiledCondition;
        if (condition.holds(facts)) outcomes.push({ id: ids[i] as string, result: true, evidence: explained(condition, facts) });
      }
      return outcomes;
    },
  };
}

function explained(condition: CompiledCondition, facts: FactValues): EvaluatedComparison[] {
  const evidence: EvaluatedComparison[] = [];
  condition.explain(facts, evidence);
  return evidence;
}

/** The top of a rule: json-rules-engine looks for `any`, then `all`, then `not`, and takes anything else for a condition reference. */
function compileTop(condition: Condition): CompiledCondition {
  if (Object.hasOwn(condition, "any") || Object.hasOwn(condition, "all") || Object.hasOwn(condition, "not")) return compileCondition(condition, "");
  // Unreachable through the schema (the top must be all/any/not); json-rules-engine fails the same way.
  const fail = (): never => {
    throw new Error("No condition undefined exists");
  };
  return { holds: fail, explain: fail, mayThrow: true };
}

function compileCondition(condition: Condition, at: string): CompiledCondition {
  const prefix = at === "" ? "" : `${at}.`;
  if (Object.hasOwn(condition, "any")) return compileList((condition as { any: readonly Condition[] }).any, "any", prefix);
  if (Object.hasOwn(condition, "all")) return compileList((condition as { all: readonly Condition[] }).all, "all", prefix);
  if (Object.hasOwn(condition, "not")) {
    const child = compileCondition((condition as { not: Condition }).not, `${prefix}not`);
    return { holds: (facts) => !child.holds(facts), explain: (facts, evidence) => !child.explain(facts, evidence), mayThrow: child.mayThrow };
  }
  return compileComparison(condition as FactCondition, at);
}

function compileList(list: readonly Condition[], key: "all" | "any", prefix: string): CompiledCondition {
  const children = list.map((child, i) => compileCondition(child, `${prefix}${key}[${i}]`));
  const count = children.length;
  const mayThrow = children.some((child) => child.mayThrow);
  // json-rules-engine: an empty list holds, for `any` as for `all` (the schema refuses empty lists).
  if (count === 0) return { holds: () => true, explain: () => true, mayThrow: false };
  const only = children[0] as CompiledCondition;
  if (count === 1) return only;
  const every = key === "all";
  const explain = (facts: FactValues, evidence: EvaluatedComparison[]): boolean => {
    let settled = false;
    for (let i = 0; i < count; i++) if ((children[i] as CompiledCondition).explain(facts, evidence) !== every) settled = true;
    return every ? !settled : settled;
  };
  const holds = mayThrow
    ? (facts: FactValues): boolean => {
        let settled = false;
        for (let i = 0; i < count; i++) if ((children[i] as CompiledCondition).holds(facts) !== every) settled = true;
        return every ? !settled : settled;
      }
    : (facts: FactValues): boolean => {
        for (let i = 0; i < count; i++) if ((children[i] as CompiledCondition).holds(facts) !== every) return !every;
        return every;
      };
  return { holds, explain, mayThrow };
}

type Read = (facts: FactValues) => unknown;

function compileComparison(condition: FactCondition, at: string): CompiledCondition {
  const { fact, operator } = condition;
  const readFact = compileRead(fact, condition.path);
  const value: unknown = condition.value;
  const isReference = value !== null && typeof value === "object" && Object.hasOwn(value, "fact");
  // The constant (or the reference, for the evidence) is copied and frozen: decisions share it, nobody may change it.
  const frozenValue = deepFreeze(structuredClone(value));
  const readValue: Read = isReference ? compileRead(String((value as { fact: unknown }).fact), (value as { path?: string }).path) : () => frozenValue;
  const test = compileOperator(operator, value, !isReference);
  const mayThrow = test === undefined || test.mayThrow;
  const compare = test?.compare ?? unknownOperator(operator);
  const factPath = condition.path;
  return {
    holds: (facts) => compare(readFact(facts), readValue(facts)),
    explain: (facts, evidence) => {
      const expected = readValue(facts);
      const actual = readFact(facts);
      const result = compare(actual, expected);
      // Written as one literal either way (no spread of a temporary object), keys in the same order.
      evidence.push(
        factPath !== undefined
          ? { path: at, fact, factPath, operator, expected: expected !== undefined ? expected : frozenValue, actual, result }
          : { path: at, fact, operator, expected: expected !== undefined ? expected : frozenValue, actual, result },
      );
      return result;
    },
    mayThrow,
  };
}

function unknownOperator(operator: string): never {
  throw new Error(`Unknown operator: ${operator}`);
}

/** `validate(fact) && compare(fact, value)`, as json-rules-engine's `Operator.evaluate`, as a strict boolean. */
function compileOperator(name: string, value: unknown, valueIsConstant: boolean): { compare: (factValue: unknown, value: unknown) => boolean; mayThrow: boolean } | undefined {
  const builtIn = BUILT_IN_OPERATORS.get(name);
  if (builtIn !== undefined) {
    const { compare, validate } = builtIn;
    return {
      compare: validate === undefined ? (a, b) => compare(a, b) === true : (a, b) => validate(a) === true && compare(a, b) === true,
      mayThrow: builtIn.mayThrow?.(value, valueIsConstant) ?? false,
    };
  }
  const evaluate = findOperator(name)?.evaluate;
  if (evaluate === undefined) return undefined;
  return { compare: (a, b) => evaluate(a, b) === true, mayThrow: false };
}

/** Reads a fact, then its `path` if it has one and the fact is an object (json-rules-engine compares a non-object as it is). */
function compileRead(fact: string, path: string | undefined): Read {
  if (!path) return (facts) => facts[fact];
  const segments = pathSegments(path);
  return (facts) => {
    const value = facts[fact];
    return value !== null && typeof value === "object" ? resolvePath(value, segments) : value;
  };
}

const PATH_SEGMENT = /\.([A-Za-z_]\w*)|\[(\d+)\]/g;

function pathSegments(path: string): readonly (string | number)[] {
  return [...path.matchAll(PATH_SEGMENT)].map((match) => (match[1] !== undefined ? match[1] : Number(match[2])));
}

/**
 * Resolves the paths the condition schema allows (`$.field`, `$[0]`, chained) without jsonpath-plus, which
 * json-rules-engine would otherwise call. The value there, or `undefined`.
 */
function resolvePath(value: unknown, segments: readonly (string | number)[]): unknown {
  let current = value;
  for (const segment of segments) {
    if (current === null || typeof current !== "object" || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

/** Every fact a condition tree reads, including facts referenced as values (`"value": { "fact": "…" }`). */
export function referencedFacts(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(referencedFacts);
  if ("any" in condition) return condition.any.flatMap(referencedFacts);
  if ("not" in condition) return referencedFacts(condition.not);
  const value = condition.value;
  const valueFact = typeof value === "object" && value !== null && !Array.isArray(value) && "fact" in value ? [String((value as { fact: unknown }).fact)] : [];
  return [condition.fact, ...valueFact];
}
