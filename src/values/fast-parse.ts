import { z } from "zod";
import { isRecursiveSchema, regexes, util, version as zodVersion } from "zod/v4/core";
import { MAX_NESTING_DEPTH } from "./check-nesting-depth.js";

/**
 * A fast path for `schema.safeParse` on the common, valid input: the zod schema's definition (`schema._zod.def`) is
 * compiled once into closures that walk the input a single time and give exactly what zod gives (keys in shape order,
 * absent optional keys dropped, defaults filled in, fresh objects and arrays), running the schema's own checks
 * (`.refine`, `.superRefine`, `.regex`, `.min`, formats) as zod runs them. Anything else hands over: a refused input,
 * a node type the compiler does not know, a `__proto__` key, an asynchronous check. The caller then runs zod
 * unchanged, so every error, message and path stays zod's.
 *
 * An input the fast path accepts also passes `checkNestingDepth` and `checkPrototypeKeys`: every own key of every
 * object in it is a key of a strict object's shape or a record's key (never `__proto__`), and a schema compiled here
 * nests at most `MAX_NESTING_DEPTH` levels.
 */

/** zod refused the input: no value (a union tries its next option). */
const NO: unique symbol = Symbol("refused");
/** The fast path cannot tell what zod would say: zod decides. */
const UNSURE: unique symbol = Symbol("unsure");
type Stop = typeof NO | typeof UNSURE;
type Parser = (input: unknown) => unknown;

// The internals read here are zod's own (`zod/v4/core`): a schema's def, traits, checks and optin/optout.
interface Internals {
  readonly def: Record<string, unknown> & { readonly type: string; readonly checks?: readonly Check[] };
  readonly traits: ReadonlySet<string>;
  readonly optin?: "optional" | "defaulted" | undefined;
  readonly optout?: "optional" | undefined;
  readonly values?: ReadonlySet<unknown> | undefined;
  readonly check?: (payload: Payload) => unknown;
}
interface Check {
  readonly _zod: { readonly def: { readonly when?: (payload: Payload) => boolean }; readonly check: (payload: Payload) => unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}
type Schema = { readonly _zod: Internals };

class Unsupported extends Error {}

const isStop = (value: unknown): value is Stop => value === NO || value === UNSURE;

/** The checks zod runs after parsing a node (the node itself first when it is a check, as a string format is). */
function checksOf(schema: Schema): readonly Check[] {
  const own = schema._zod.def.checks ?? [];
  return schema._zod.traits.has("$ZodCheck") ? [schema as unknown as Check, ...own] : own;
}

/** A check on a value of the right type: passed, refused, or for zod to decide. */
type FastCheck = (value: unknown) => boolean | typeof UNSURE;

// The default `when` of a length check (zod's `_whenHasLength`, one function for every such check): it runs on any
// string or array, which is all a compiled node gives it.
const DEFAULT_LENGTH_WHEN = (z.string().min(1)._zod.def.checks?.[0] as unknown as Check | undefined)?._zod.def.when;

/**
 * The checks a rule author writes most (`.regex`, `.min` on a string or an array, `.refine`) as zod's own check
 * functions do them, without a payload; `undefined` for any other (it runs as zod's check function, on a payload).
 */
function fastCheckOf(check: Check): FastCheck | undefined {
  const internals = (check as unknown as Schema)._zod;
  const def = internals.def as Record<string, unknown>;
  const traits = internals.traits;
  if (traits.has("$ZodCheckRegex") && def["when"] === undefined && def["pattern"] instanceof RegExp) {
    const pattern = def["pattern"];
    return (value) => {
      pattern.lastIndex = 0;
      return pattern.test(value as string);
    };
  }
  if (traits.has("$ZodCheckMinLength") && DEFAULT_LENGTH_WHEN !== undefined && def["when"] === DEFAULT_LENGTH_WHEN && typeof def["minimum"] === "number") {
    const minimum = def["minimum"];
    return (value) => {
      if (Array.isArray(value)) return value.length >= minimum;
      if (typeof value !== "string") return UNSURE;
      const units = value.length;
      return (units >= minimum && units < minimum * 2 ? util.codePointLength(value) : units) >= minimum;
    };
  }
  if (traits.has("$ZodCustom") && def["when"] === undefined && typeof def["fn"] === "function") {
    const fn = def["fn"] as (value: unknown) => unknown;
    return (value) => {
      const result = fn(value);
      return result instanceof Promise ? UNSURE : Boolean(result);
    };
  }
  return undefined;
}

/** Runs a node's checks as zod's `runChecks` does on a payload without issues: any issue is a refusal. */
function withChecks(parse: Parser, checks: readonly Check[]): Parser {
  if (checks.length === 0) return parse;
  for (const check of checks) if (typeof check._zod.check !== "function") throw new Unsupported("a check without a function");
  const fast = checks.map(fastCheckOf);
  if (fast.every((check) => check !== undefined)) {
    const only = fast as FastCheck[];
    if (only.length === 1) {
      const [check] = only as [FastCheck];
      return (input) => {
        const parsed = parse(input);
        if (isStop(parsed)) return parsed;
        const passed = check(parsed);
        return passed === true ? parsed : passed === false ? NO : UNSURE;
      };
    }
    return (input) => {
      const parsed = parse(input);
      if (isStop(parsed)) return parsed;
      for (const check of only) {
        const passed = check(parsed);
        if (passed !== true) return passed === false ? NO : UNSURE;
      }
      return parsed;
    };
  }
  return (input) => {
    const parsed = parse(input);
    if (isStop(parsed)) return parsed;
    const payload: Payload = { value: parsed, issues: [] };
    for (const check of checks) {
      const when = check._zod.def.when;
      if (when !== undefined && !when(payload)) continue;
      const result = check._zod.check(payload);
      if (result instanceof Promise) return UNSURE;
      if (payload.issues.length > 0) return NO;
    }
    return payload.value;
  };
}

interface Compiled {
  parse: Parser;
  /** Objects and arrays nested in what it accepts. */
  depth: number;
}

function compileNode(schema: Schema, memo: Map<Schema, Compiled | "compiling">): Compiled {
  const known = memo.get(schema);
  if (known === "compiling") throw new Unsupported("a recursive schema");
  if (known !== undefined) return known;
  memo.set(schema, "compiling");
  const compiled = compileFresh(schema, memo);
  memo.set(schema, compiled);
  return compiled;
}

const has = (schema: Schema, trait: string): boolean => schema._zod.traits.has(trait);

function compileFresh(schema: Schema, memo: Map<Schema, Compiled | "compiling">): Compiled {
  const internals = schema._zod;
  const def = internals.def;
  const checks = checksOf(schema);
  const leaf = (parse: Parser): Compiled => ({ parse: withChecks(parse, checks), depth: 0 });
  if (def["coerce"] === true) throw new Unsupported("coercion");
  switch (def.type) {
    case "string": {
      if (!has(schema, "$ZodString")) break;
      // The commonest node (an id, a date, an amount): its type test and its checks in one closure.
      const fast = checks.map(fastCheckOf);
      if (fast.length === 0) return { parse: (input) => (typeof input === "string" ? input : NO), depth: 0 };
      if (checks.every((check) => typeof check._zod.check === "function") && fast.every((check) => check !== undefined)) {
        const only = fast as FastCheck[];
        if (only.length === 1) {
          const [check] = only as [FastCheck];
          return {
            parse: (input) => {
              if (typeof input !== "string") return NO;
              const passed = check(input);
              return passed === true ? input : passed === false ? NO : UNSURE;
            },
            depth: 0,
          };
        }
        if (only.length === 2) {
          const [first, second] = only as [FastCheck, FastCheck];
          return {
            parse: (input) => {
              if (typeof input !== "string") return NO;
              const passed = first(input);
              if (passed !== true) return passed === false ? NO : UNSURE;
              const then = second(input);
              return then === true ? input : then === false ? NO : UNSURE;
            },
            depth: 0,
          };
        }
      }
      return leaf((input) => (typeof input === "string" ? input : NO));
    }
    case "number":
      if (!has(schema, "$ZodNumber")) break;
      return leaf((input) => (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input) ? input : NO));
    case "boolean":
      if (!has(schema, "$ZodBoolean")) break;
      return leaf((input) => (typeof input === "boolean" ? input : NO));
    case "enum": {
      const values = internals.values;
      if (!has(schema, "$ZodEnum") || values === undefined) break;
      return leaf((input) => (values.has(input) ? input : NO));
    }
    case "optional": {
      if (!has(schema, "$ZodOptional") || has(schema, "$ZodExactOptional")) break;
      const innerSchema = def["innerType"] as Schema;
      if (innerSchema._zod.optin === "defaulted") break;
      const inner = compileNode(innerSchema, memo);
      const parse = inner.parse;
      return { parse: withChecks((input) => (input === undefined ? undefined : parse(input)), checks), depth: inner.depth };
    }
    case "default": {
      if (!has(schema, "$ZodDefault")) break;
      const inner = compileNode(def["innerType"] as Schema, memo);
      const parse = inner.parse;
      // The default is not parsed (zod returns it as is); `def.defaultValue` is zod's getter, a fresh copy each time.
      const fallback = () => def["defaultValue"];
      return {
        parse: withChecks((input) => {
          if (input === undefined) return fallback();
          const parsed = parse(input);
          return parsed === undefined ? fallback() : parsed;
        }, checks),
        depth: inner.depth,
      };
    }
    case "array": {
      if (!has(schema, "$ZodArray")) break;
      const element = compileNode(def["element"] as Schema, memo);
      const parseElement = element.parse;
      return {
        parse: withChecks((input) => {
          if (!Array.isArray(input)) return NO;
          const length = input.length;
          const out = Array(length);
          for (let i = 0; i < length; i++) {
            const parsed = parseElement(input[i]);
            if (isStop(parsed)) return parsed;
            out[i] = parsed;
          }
          return out;
        }, checks),
        depth: element.depth + 1,
      };
    }
    case "object":
      if (!has(schema, "$ZodObject")) break;
      return compileObject(schema, checks, memo);
    case "record": {
      if (!has(schema, "$ZodRecord") || def["mode"] === "loose") break;
      const keySchema = def["keyType"] as Schema;
      if (keySchema._zod.values !== undefined) break;
      const parseKey = compileNode(keySchema, memo).parse;
      const valueCompiled = compileNode(def["valueType"] as Schema, memo);
      const parseValue = valueCompiled.parse;
      return {
        parse: withChecks((input) => {
          if (!util.isPlainObject(input)) return NO;
          const out: Record<PropertyKey, unknown> = {};
          for (const key of Reflect.ownKeys(input)) {
            // zod skips it silently; the prototype-key check refuses it: let both run.
            if (key === "__proto__") return UNSURE;
            if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
            const outKey = parseKey(key);
            if (outKey === UNSURE) return UNSURE;
            // zod retries a numeric key as a number: let zod decide.
            if (outKey === NO) return typeof key === "string" && regexes.number.test(key) ? UNSURE : NO;
            if (outKey === "__proto__" || (typeof outKey !== "string" && typeof outKey !== "number" && typeof outKey !== "symbol")) return UNSURE;
            const parsed = parseValue((input as Record<PropertyKey, unknown>)[key]);
            if (isStop(parsed)) return parsed;
            out[outKey] = parsed;
          }
          return out;
        }, checks),
        depth: valueCompiled.depth + 1,
      };
    }
    case "union": {
      if (!has(schema, "$ZodUnion") || has(schema, "$ZodXor") || has(schema, "$ZodDiscriminatedUnion")) break;
      const options = (def["options"] as readonly Schema[]).map((option) => compileNode(option, memo));
      if (options.length === 0) break;
      const parsers = options.map((option) => option.parse);
      // The first option that accepts wins, as in zod; one the fast path is unsure of leaves the union to zod.
      return {
        parse: withChecks((input) => {
          for (const parse of parsers) {
            const parsed = parse(input);
            if (parsed === UNSURE) return UNSURE;
            if (parsed !== NO) return parsed;
          }
          return NO;
        }, checks),
        depth: Math.max(...options.map((option) => option.depth)),
      };
    }
  }
  throw new Unsupported(`a ${def.type} node`);
}

interface Property {
  readonly key: string;
  /** The property's parser; for a plain `.optional()`, its inner schema's (the object gives `undefined` for `undefined`). */
  readonly parse: Parser;
  /** A plain `.optional()`: `undefined` given is kept as `undefined`, anything else parsed by its inner schema. */
  readonly plainOptional: boolean;
  readonly optin: "optional" | "defaulted" | undefined;
  readonly optionalOut: boolean;
  /** An absent key is dropped without parsing: a plain `.optional()` gives `undefined` for it and zod ignores that. */
  readonly skipWhenAbsent: boolean;
}

function compileObject(schema: Schema, checks: readonly Check[], memo: Map<Schema, Compiled | "compiling">): Compiled {
  const def = schema._zod.def;
  const shape = def["shape"] as Record<string, Schema>;
  if (Object.getOwnPropertySymbols(shape).length > 0) throw new Unsupported("a symbol key");
  const catchall = def["catchall"] as Schema | undefined;
  const strict = catchall !== undefined && catchall._zod.def.type === "never";
  if (catchall !== undefined && !strict) throw new Unsupported("an object with a catchall");
  const keys = Object.keys(shape);
  if (keys.includes("__proto__")) throw new Unsupported("a __proto__ key in a shape");
  const keySet = new Set(keys);
  let depth = 0;
  const properties: Property[] = keys.map((key) => {
    const field = shape[key] as Schema;
    const compiled = compileNode(field, memo);
    depth = Math.max(depth, compiled.depth);
    const optin = field._zod.optin;
    const optionalOut = field._zod.optout === "optional";
    const plainOptional = has(field, "$ZodOptional") && !has(field, "$ZodExactOptional") && checksOf(field).length === 0 && optin === "optional" && optionalOut;
    // compileNode compiled the optional (and its inner schema, memoised): its inner parser skips one call per value.
    const parse = plainOptional ? compileNode(field._zod.def["innerType"] as Schema, memo).parse : compiled.parse;
    return { key, parse, plainOptional, optin, optionalOut, skipWhenAbsent: plainOptional };
  });
  const parse: Parser = (input) => {
    if (typeof input !== "object" || input === null || Array.isArray(input)) return NO;
    const record = input as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    // As zod's handlePropertyResult, for a property whose parse gave a value or a refusal.
    for (const { key, parse: parseProperty, plainOptional, optin, optionalOut, skipWhenAbsent } of properties) {
      const present = key in record;
      if (!present && skipWhenAbsent) continue;
      const given = record[key];
      // A plain `.optional()` gives `undefined` for `undefined` without its inner schema, as zod's $ZodOptional does.
      const parsed = plainOptional && given === undefined ? undefined : parseProperty(given);
      if (parsed === UNSURE) return UNSURE;
      if (!present && optionalOut && optin === "optional") continue;
      if (parsed === NO) {
        if (optin !== undefined && optionalOut && !present) continue;
        return NO;
      }
      if (!present && optin === undefined) return NO;
      if (parsed === undefined) {
        if (present || (optin === "defaulted" && !optionalOut)) out[key] = undefined;
      } else out[key] = parsed;
    }
    // A strict object refuses any other key (`__proto__` included); a stripping one drops it, unseen by the
    // prototype-key and nesting checks, so zod decides.
    for (const key in record) if (!keySet.has(key)) return strict ? NO : UNSURE;
    return out;
  };
  return { parse: withChecks(parse, checks), depth: depth + 1 };
}

/** What a compiled fast path gives: zod's value, or `undefined` when zod must decide. */
export type FastParse<T> = (input: unknown) => { readonly value: T } | undefined;

const compiledParsers = new WeakMap<object, FastParse<unknown> | null>();

/**
 * The fast path of a schema, compiled on first use and kept for the schema (a WeakMap keyed by it); `undefined`
 * when the schema has a node the compiler does not support (zod always decides then).
 */
export function fastParserFor<S extends z.ZodType>(schema: S): FastParse<z.output<S>> | undefined {
  let parser = compiledParsers.get(schema);
  if (parser === undefined) {
    parser = compileFastParser(schema) ?? null;
    compiledParsers.set(schema, parser);
  }
  return (parser ?? undefined) as FastParse<z.output<S>> | undefined;
}

/**
 * Whether the installed zod is one whose internals and behaviour the fast path copies (`schema._zod.def`, traits,
 * checks, key order, defaults), as its property tests check: zod 4.6. With any other zod the fast path stays off and
 * zod validates everything, as before it existed (slower, never different).
 */
export function fastPathSupports(version: { readonly major: number; readonly minor: number }): boolean {
  return version.major === 4 && version.minor === 6;
}

/** Compiles a schema's fast path (see `fastParserFor`); `undefined` when a node is not supported or zod is not 4.6. */
export function compileFastParser<S extends z.ZodType>(schema: S): FastParse<z.output<S>> | undefined {
  if (!fastPathSupports(zodVersion)) return undefined;
  // zod's memoizer (installed by default) steps in only where a parse can re-enter a schema: never here.
  if (isRecursiveSchema(schema as never)) return undefined;
  let compiled: Compiled;
  try {
    compiled = compileNode(schema as unknown as Schema, new Map());
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  if (compiled.depth > MAX_NESTING_DEPTH) return undefined;
  const parse = compiled.parse;
  return (input) => {
    let parsed: unknown;
    try {
      parsed = parse(input);
    } catch {
      // A check that throws throws in zod too, after what the caller checks first (the nesting depth): zod decides.
      return undefined;
    }
    return isStop(parsed) ? undefined : { value: parsed as z.output<S> };
  };
}
