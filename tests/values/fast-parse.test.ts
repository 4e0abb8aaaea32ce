import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { z } from "zod";
import { loadExamples } from "../../examples/load-examples.js";
import { ClaimSchema } from "../../src/claim/claim-schema.js";
import { createAdjudicator } from "../../src/create-adjudicator.js";
import { AdjudicateOptionsSchema } from "../../src/intake/validate-claim-input.js";
import { checkNestingDepth } from "../../src/values/check-nesting-depth.js";
import { checkPrototypeKeys } from "../../src/values/check-prototype-keys.js";
import { compileFastParser, fastParserFor, fastPathSupports } from "../../src/values/fast-parse.js";
import { version as zodVersion } from "zod/v4/core";

const examples = loadExamples();
const claims: unknown[] = examples.flatMap((product) => product.cases.map((entry) => entry.claim));
const options: unknown[] = examples.flatMap((product) => product.cases.map((entry) => ({ asOf: entry.asOf, ...(entry.accumulators === undefined ? {} : { accumulators: entry.accumulators }) })));
// Ledgers as adjudicate leaves them: each product's cases decided in turn, each on the previous decision's ledger.
const ledgers: unknown[] = [];
for (const product of examples) {
  const adjudicator = createAdjudicator({ policy: product.policy, rules: product.rules } as never);
  let ledger: unknown;
  for (const entry of product.cases) {
    try {
      const decision = (await adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, ...(ledger === undefined ? {} : { accumulators: ledger }) } as never)) as { accumulatorsAfter?: unknown };
      if (decision.accumulatorsAfter !== undefined) {
        ledger = decision.accumulatorsAfter;
        ledgers.push(JSON.parse(JSON.stringify(ledger)));
      }
    } catch {
      // a case that expects an error, or a claim this ledger refuses: the ledger stays as it was
    }
  }
}

const claimParser = fastParserFor(ClaimSchema);
const optionsParser = fastParserFor(AdjudicateOptionsSchema);

/** Every object and array in a value. */
function containers(value: unknown, into: object[] = []): object[] {
  if (value !== null && typeof value === "object") {
    into.push(value);
    for (const key of Object.keys(value)) containers((value as Record<string, unknown>)[key], into);
  }
  return into;
}

/**
 * The fast path's contract for one input: it hands over, or zod accepts and gives a value deep-equal (key order and
 * `undefined` keys included) and JSON-identical to the fast path's; an accepted input passes the nesting and
 * prototype-key checks, and the value shares no object with the input.
 */
function expectAgreement(schema: z.ZodType, input: unknown): boolean {
  const fast = fastParserFor(schema)?.(input);
  if (fast === undefined) return false;
  const zod = schema.safeParse(input);
  expect(zod.success).toBe(true);
  expect(isDeepStrictEqual(fast.value, zod.data)).toBe(true);
  expect(Object.keys(fast.value as object)).toEqual(Object.keys(zod.data as object));
  expect(JSON.stringify(fast.value)).toBe(JSON.stringify(zod.data));
  expect(checkNestingDepth(input)).toBeUndefined();
  expect(checkPrototypeKeys(input)).toEqual([]);
  const given = new Set(containers(input));
  expect(containers(fast.value).filter((part) => given.has(part))).toEqual([]);
  return true;
}

describe("the fast path of the claim and options schemas", () => {
  test("compiles for the claim and the options", () => {
    expect(claimParser).toBeDefined();
    expect(optionsParser).toBeDefined();
    expect(claims.length).toBeGreaterThan(50);
    expect(ledgers.length).toBeGreaterThan(20);
  });

  test("accepts every example claim of every product, with zod's value", () => {
    const refused = claims.filter((claim) => ClaimSchema.safeParse(claim).success && !expectAgreement(ClaimSchema, claim));
    expect(refused).toEqual([]);
  });

  test("accepts every example's options and every ledger adjudicate leaves, with zod's value", () => {
    for (const given of options) if (AdjudicateOptionsSchema.safeParse(given).success) expect(expectAgreement(AdjudicateOptionsSchema, given)).toBe(true);
    for (const ledger of ledgers) expect(expectAgreement(AdjudicateOptionsSchema, { asOf: "2027-06-30", accumulators: ledger })).toBe(true);
  });
});

// Values that sit at the edges of the schemas: formats, lengths, numbers, dates, amounts, unicode, containers.
const edgeValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    "",
    " ",
    "a",
    "x".repeat(5),
    "𝒳",
    "__proto__",
    "constructor",
    "0",
    "0.00",
    "1.005",
    "1234.50",
    "-1",
    "1e3",
    "999999999999999",
    "9999999999999.99",
    "99999999999999999",
    "0.000000000000001",
    "9007199254740993",
    "2026-02-28",
    "2026-02-29",
    "2024-02-29",
    "2026-13-01",
    "1899-12-31",
    "1900-01-01",
    "2199-12-31",
    "2200-01-01",
    "2026-07-01T08:30:00+08:00",
    "2026-07-01T08:30:00",
    "CNY",
    "USD",
    "XXX",
    "cny",
    "K35.8",
    "illness",
    "accident",
    "used",
    "self",
    0,
    1,
    -1,
    1.5,
    10,
    11,
    2 ** 53,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    true,
    false,
    null,
    undefined,
    [],
    {},
    [""],
  ),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.stringMatching(/^\d{1,17}(\.\d{1,4})?$/),
);

type Mutation = { readonly at: number; readonly kind: "drop" | "add" | "rename" | "replace" | "proto" | "deep" | "copy" | "alike"; readonly key: string; readonly value: unknown; readonly pick: number };

// Boundary values of the kind of string a field holds: a date, an amount, an id, a date-time.
const ALIKE: readonly (readonly [RegExp, readonly string[]])[] = [
  [/^\d{4}-\d{2}-\d{2}$/, ["1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01", "2026-02-29", "2024-02-29", "2026-04-31", "2026-00-10", "20260101", "2026-1-01"]],
  [/^\d+(\.\d+)?$/, ["0", "0.00", "0.001", "1.005", "999999999999999", "9999999999999.99", "9999999999999.999", "1e5", "-1.00", "1,000.00", "１２", "12."]],
  [/^\d{4}-\d{2}-\d{2}T/, ["2026-07-01T08:30:00+08:00", "2026-07-01T08:30:00", "2026-07-01T08:30:00Z", "2200-07-01T08:30:00+08:00", "2026-07-01 08:30:00+08:00"]],
  [/^[A-Za-z0-9][A-Za-z0-9._-]*$/, ["", "a", "-a", "a b", "a/b", "__proto__", "𝒳", "A".repeat(300), "ok.id_1-2"]],
];

/** Every string in a value, with the container and key that hold it. */
function stringsIn(value: unknown, into: [Record<string, unknown>, string][] = []): [Record<string, unknown>, string][] {
  if (value !== null && typeof value === "object") {
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (typeof item === "string") into.push([value as Record<string, unknown>, key]);
      else stringsIn(item, into);
    }
  }
  return into;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom("drop", "add", "rename", "replace", "replace", "replace", "proto", "deep", "copy", "alike", "alike", "alike", "alike"),
  pick: fc.nat(),
  key: fc.constantFrom("id", "amount", "selfPay", "extra", "date", "type", "lines", "description", "__proto__", "constructor", "toString", "0", "1", "quantity", "socialInsurance"),
  value: edgeValue,
});

/** A deep copy that keeps `undefined`, NaN and an own `__proto__` key as they are. */
function copyOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOf);
  if (value === null || typeof value !== "object") return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) Object.defineProperty(copy, key, { value: copyOf((value as Record<string, unknown>)[key]), enumerable: true, writable: true, configurable: true });
  return copy;
}

const nested = (levels: number): unknown => (levels === 0 ? {} : [nested(levels - 1)]);

/** A copy of `input` (JSON data) with one mutation at one of its containers. */
function mutate(input: unknown, { at, kind, key, value, pick }: Mutation): unknown {
  const copy = copyOf(input);
  if (kind === "alike") {
    const strings = stringsIn(copy);
    if (strings.length === 0) return copy;
    const [holder, name] = strings[at % strings.length] as [Record<string, unknown>, string];
    const alike = ALIKE.find(([pattern]) => pattern.test(holder[name] as string))?.[1] ?? ["", " ", "𝒳", "x"];
    holder[name] = alike[pick % alike.length];
    return copy;
  }
  const all = containers(copy);
  const target = all[at % all.length] as Record<string, unknown> | unknown[];
  const keys = Object.keys(target);
  const existing = keys.length === 0 ? key : (keys[at % keys.length] as string);
  const record = target as Record<string, unknown>;
  switch (kind) {
    case "drop":
      if (Array.isArray(target)) target.splice(at % Math.max(1, target.length), 1);
      else delete record[existing];
      break;
    case "add":
      if (Array.isArray(target)) target.push(value);
      else record[key] = value;
      break;
    case "rename":
      if (!Array.isArray(target) && keys.length > 0) {
        record[key] = record[existing];
        if (key !== existing) delete record[existing];
      }
      break;
    case "replace":
      if (Array.isArray(target) && target.length === 0) target.push(value);
      else record[existing] = value;
      break;
    case "proto":
      Object.defineProperty(target, "__proto__", { value, enumerable: true, writable: true, configurable: true });
      break;
    case "deep":
      record[existing] = nested(110);
      break;
    case "copy":
      // an element or key repeated: the same line twice, the same document twice
      if (Array.isArray(target) && target.length > 0) target.push(copyOf(target[0]));
      else record[key] = copyOf(record[existing]);
      break;
  }
  return copy;
}

describe("the fast path never accepts what zod refuses, nor gives another value", () => {
  test("random mutations of the example claims", () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const claim = mutations.reduce((current, step) => mutate(current, step), claims[which % claims.length]);
        if (expectAgreement(ClaimSchema, claim)) accepted++;
      }),
      { numRuns: 1500 },
    );
    // Mutations that keep the claim valid (a description changed, an optional part dropped) are still taken fast.
    expect(accepted).toBeGreaterThan(50);
  });

  test("random mutations of the example options and ledgers", () => {
    const inputs = [...options, ...ledgers.map((ledger) => ({ asOf: "2027-06-30", accumulators: ledger }))];
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 3 }), (which, mutations) => {
        const given = mutations.reduce((current, step) => mutate(current, step), inputs[which % inputs.length]);
        if (expectAgreement(AdjudicateOptionsSchema, given)) accepted++;
      }),
      { numRuns: 800 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  test("inputs zod accepts but the prototype-key check refuses are handed over", () => {
    const claim = JSON.parse(JSON.stringify(claims.find((candidate) => (candidate as { signals?: unknown }).signals !== undefined) ?? claims[0])) as Record<string, unknown>;
    const signals = JSON.parse('{"__proto__": 1}') as Record<string, unknown>;
    claim["signals"] = signals;
    expect(claimParser?.(claim)).toBeUndefined();
    const ledger = JSON.parse(JSON.stringify(ledgers[0])) as { claims: Record<string, unknown> };
    const withProto = JSON.parse(`{"__proto__": ${JSON.stringify(Object.values(ledger.claims)[0])}}`) as Record<string, unknown>;
    expect(optionsParser?.({ asOf: "2027-06-30", accumulators: { ...ledger, claims: withProto } })).toBeUndefined();
  });
});

describe("the zod versions the fast path copies", () => {
  test.each([
    [{ major: 4, minor: 6 }, true],
    [{ major: 4, minor: 5 }, false],
    [{ major: 4, minor: 7 }, false],
    [{ major: 5, minor: 6 }, false],
  ])("zod %o: fast path %s", (version, on) => {
    expect(fastPathSupports(version)).toBe(on);
  });
  test("the installed zod is one of them, so the fast path is in use", () => {
    expect(fastPathSupports(zodVersion)).toBe(true);
    expect(fastParserFor(ClaimSchema)).toBeDefined();
  });
});

describe("the compiler", () => {
  // Every node type zod has that the compiler does not model hands the whole schema to zod.
  test.each([
    ["a transform", z.strictObject({ a: z.string().transform((text) => text.length) })],
    ["a lazy schema", z.strictObject({ a: z.lazy(() => z.string()) })],
    ["a catch", z.strictObject({ a: z.string().catch("x") })],
    ["a loose object", z.looseObject({ a: z.string() })],
    ["a discriminated union", z.discriminatedUnion("k", [z.strictObject({ k: z.literal("a") }), z.strictObject({ k: z.literal("b") })])],
    ["a nullable", z.strictObject({ a: z.string().nullable() })],
    ["a coerced number", z.strictObject({ a: z.coerce.number() })],
    ["an unknown", z.strictObject({ a: z.unknown() })],
  ])("hands %s to zod", (_, schema) => {
    expect(compileFastParser(schema)).toBeUndefined();
  });

  test("a schema nested deeper than the nesting limit is not compiled", () => {
    let schema: z.ZodType = z.string();
    for (let i = 0; i < 101; i++) schema = z.array(schema);
    expect(compileFastParser(schema)).toBeUndefined();
  });

  test("a stripping object hands an unknown key to zod, and gives zod's value otherwise", () => {
    const schema = z.object({ a: z.string(), b: z.string().optional() });
    expect(compileFastParser(schema)?.({ a: "x", c: {} })).toBeUndefined();
    expect(compileFastParser(schema)?.({ a: "x", b: undefined })).toEqual({ value: { a: "x", b: undefined } });
  });

  test("defaults, optional keys given as undefined, refinements and unions as zod has them", () => {
    const schema = z.strictObject({
      list: z.array(z.string().min(2)).default([]),
      count: z.int().min(1).default(1),
      note: z.string().optional(),
      either: z.union([z.strictObject({ a: z.string() }), z.strictObject({ b: z.number() })]).optional(),
      text: z.string().refine((text) => text !== "no", { error: "not no" }),
    });
    const inputs: unknown[] = [
      { text: "yes" },
      { text: "no" },
      { text: "yes", note: undefined, list: undefined },
      { text: "yes", list: ["ab", "𝒳𝒳"] },
      { text: "yes", list: ["a"] },
      { text: "yes", list: ["𝒳"] },
      { text: "yes", count: 0 },
      { text: "yes", count: 1.5 },
      { text: "yes", either: { b: 1 } },
      { text: "yes", either: { a: "x", b: 1 } },
      { text: "yes", extra: 1 },
    ];
    for (const input of inputs) {
      const fast = compileFastParser(schema)?.(input);
      const zod = schema.safeParse(input);
      if (fast !== undefined) expect(isDeepStrictEqual(fast.value, zod.data)).toBe(true);
      expect(fast === undefined).toBe(!zod.success);
    }
  });
});
