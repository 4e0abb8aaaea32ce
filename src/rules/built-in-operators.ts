/**
 * json-rules-engine's own operators (`engine-default-operators.js`, v7), reproduced callback for callback and
 * validator for validator, so the compiled evaluator gives the same result as the engine on every input, odd ones
 * included: `in` over a string value tests for a substring, `in` over a value with no `indexOf` throws, the numeric
 * operators are false for a fact that does not parse as a number. The differential property test holds them to it.
 */

/** One of json-rules-engine's operators: `validate(fact) && compare(fact, value)`. */
export interface BuiltInOperator {
  readonly compare: (factValue: unknown, value: unknown) => boolean;
  /** json-rules-engine's `factValueValidator`; absent when it accepts every fact. */
  readonly validate?: (factValue: unknown) => boolean;
  /** Whether `compare` can throw for some value (it calls `value.indexOf`). */
  readonly mayThrow?: (value: unknown, valueIsConstant: boolean) => boolean;
}

interface Indexable {
  indexOf(item: unknown): number;
}

const isNumeric = (factValue: unknown): boolean => Number.parseFloat(factValue as string).toString() !== "NaN";
// `indexOf` exists on strings and arrays; any other constant makes `in`/`notIn` throw, as in json-rules-engine.
const indexOfMayThrow = (value: unknown, valueIsConstant: boolean): boolean => !valueIsConstant || !(typeof value === "string" || Array.isArray(value));

export const BUILT_IN_OPERATORS: ReadonlyMap<string, BuiltInOperator> = new Map<string, BuiltInOperator>([
  ["equal", { compare: (a, b) => a === b }],
  ["notEqual", { compare: (a, b) => a !== b }],
  ["in", { compare: (a, b) => (b as Indexable).indexOf(a) > -1, mayThrow: indexOfMayThrow }],
  ["notIn", { compare: (a, b) => (b as Indexable).indexOf(a) === -1, mayThrow: indexOfMayThrow }],
  ["contains", { compare: (a, b) => (a as Indexable).indexOf(b) > -1, validate: Array.isArray }],
  ["doesNotContain", { compare: (a, b) => (a as Indexable).indexOf(b) === -1, validate: Array.isArray }],
  ["lessThan", { compare: (a, b) => (a as number) < (b as number), validate: isNumeric }],
  ["lessThanInclusive", { compare: (a, b) => (a as number) <= (b as number), validate: isNumeric }],
  ["greaterThan", { compare: (a, b) => (a as number) > (b as number), validate: isNumeric }],
  ["greaterThanInclusive", { compare: (a, b) => (a as number) >= (b as number), validate: isNumeric }],
]);
