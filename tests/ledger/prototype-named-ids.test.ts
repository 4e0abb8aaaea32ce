import { describe, expect, test } from "vitest";
import { loadExamples } from "../../examples/load-examples.js";
import { createAdjudicator, isValidationError, toDotPath, type Decision } from "../../src/index.js";
import { smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

// Issue 9: ids named like Object.prototype members broke the ledger (a DecimalError for a sub-limit "constructor",
// a tier "constructor" that never enforced maxPayouts and wrote "function Object() { [native code] }1"). Every record
// keyed by an id is read through own keys only (Maps, Object.hasOwn), and "__proto__", which no JavaScript object
// holds as data, is refused wherever it would key a record.
const NAMES = ["constructor", "toString", "valueOf", "hasOwnProperty"] as const;

/** Every id of a document: the values of `id`, `invoiceNumber` and `incident.id`, with where the first one sits. */
function idsIn(value: unknown, found: Map<string, string>, where: string): void {
  if (Array.isArray(value)) return value.forEach((item) => idsIn(item, found, `${where}[]`));
  if (typeof value !== "object" || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    if ((key === "id" || key === "invoiceNumber") && typeof child === "string" && !found.has(child)) found.set(child, `${where}.${key}`);
    idsIn(child, found, `${where}.${key}`);
  }
}

/** The same documents with one id renamed everywhere it appears as a whole string (values and keys). */
function renamed<T>(value: T, from: string, to: string): T {
  return JSON.parse(JSON.stringify(value).split(JSON.stringify(from)).join(JSON.stringify(to))) as T;
}

/** What must not change when an id is renamed: outcome, amounts, reasons, what the ledger counts. */
function summary(decision: Decision | string): unknown {
  if (typeof decision === "string") return decision;
  // In the policy's order of coverages, which a renaming keeps (sorting by id would not).
  const counters = Object.values(decision.counters.after.coverages).map((entry) => Object.values(entry as object));
  return { outcome: decision.outcome, billed: decision.billed, payable: decision.payable, reasons: decision.reasons.map((reason) => reason.code).sort(), counters };
}

type Adjudicator = ReturnType<typeof createAdjudicator>;
type Case = { readonly claim: unknown; readonly asOf: string; readonly accumulators?: unknown };

/** A case, then another claim of the same bills on the ledger it leaves (a second payout, a sub-limit used, the same invoice again). */
async function twice(adjudicator: Adjudicator, entry: Case): Promise<unknown[]> {
  const first = await adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });
  const claim = entry.claim as { id: string };
  const second = await adjudicator.adjudicate({ ...claim, id: `${claim.id}-again` }, { asOf: entry.asOf, accumulators: first.accumulatorsAfter }).catch((error: unknown) => (isValidationError(error) ? "ValidationError" : Promise.reject(error)));
  return [summary(first), summary(second)];
}

describe.each(loadExamples().map((product) => [product.product, product] as const))("%s: every id renamed to an Object.prototype name", (_name, product) => {
  const found = new Map<string, string>();
  idsIn(product.policy, found, "policy");
  for (const entry of product.cases) idsIn(entry.claim, found, "claim");
  const base = createAdjudicator({ policy: product.policy, rules: product.rules });
  // The ids that key a record of the ledger or the counters get all four names; every other id one of them in turn.
  const keysRecord = /coverages\[\]\.id|subLimits|benefits|tiers|conditions|insureds|^claim\.id|lines\[\]\.(id|invoiceNumber)|incident\.id/;
  const rows = [...found].flatMap(([id, where], i) => (keysRecord.test(where) ? NAMES : [NAMES[i % NAMES.length] as string]).map((name) => ({ id, where, name })));
  // What each case's decision names, computed once: a row runs the cases its id takes part in.
  const named = Promise.all(
    product.cases.map(async (entry) => {
      const decision = await base.adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });
      return { entry, text: JSON.stringify([entry.claim, entry.accumulators, decision.accumulatorsAfter, decision.calculation]) };
    }),
  );

  test.each(rows)("$where $id → $name", async ({ id, name }) => {
    const adjudicator = createAdjudicator(renamed({ policy: product.policy, rules: product.rules }, id, name));
    // The cases the id takes part in: its claim names it, or the decision does (a coverage, a sub-limit, a tier).
    const cases = (await named).filter(({ text }) => text.includes(JSON.stringify(id))).map(({ entry }) => entry);
    // An id no decision names (a clause no rule cites, the holder) still renames: the first case must decide the same.
    for (const entry of cases.length === 0 ? product.cases.slice(0, 1) : cases.slice(0, name === "constructor" ? 2 : 1)) {
      const expected = await twice(base, entry);
      expect(renamed(await twice(adjudicator, renamed(entry, id, name)), name, id)).toEqual(expected);
    }
  });
});

describe('"__proto__" never keys a record', () => {
  const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });
  const paths = async (claim: unknown, options: unknown): Promise<string[]> => {
    const error: unknown = await adjudicator.adjudicate(claim, options as never).catch((thrown: unknown) => thrown);
    if (!isValidationError(error)) throw new Error(`expected a ValidationError, got ${String(error)}`);
    return error.issues.map((issue) => toDotPath(issue.path));
  };

  test("as an invoice number: refused, it would vanish from the ledger's paid invoices and be paid twice", async () => {
    const claim = smallClaim([{ amount: "100.00" }]);
    expect(await paths({ ...claim, lines: [{ ...claim.lines[0]!, invoiceNumber: "__proto__" }] }, { asOf: "2026-06-20" })).toEqual(["claim.lines[0].invoiceNumber"]);
  });

  test("as a key of a ledger, counters or a claim: refused with its path", async () => {
    const ledger = JSON.parse('{"policyId":"P-TEST","claims":{"__proto__":{}},"opening":[{"coverages":{"__proto__":{"paid":"1.00"}}}]}');
    expect(await paths(smallClaim([{ amount: "1.00" }]), { asOf: "2026-06-20", accumulators: ledger })).toEqual(["options.accumulators.claims.__proto__", "options.accumulators.opening[0].coverages.__proto__"]);
    const counters = JSON.parse('{"coverages":{"inpatient":{"paid":"1.00"},"__proto__":{"paid":"5.00"}}}');
    expect(await paths(smallClaim([{ amount: "1.00" }]), { asOf: "2026-06-20", accumulators: counters })).toEqual(["options.accumulators.coverages.__proto__"]);
  });

  test("as an id of the policy or rules: refused", () => {
    const policy = JSON.parse(JSON.stringify(smallPolicy()).replace('"id":"inpatient"', '"id":"__proto__"'));
    expect(() => createAdjudicator({ policy, rules: smallRules() })).toThrow(/policy\.coverages\[0\]\.id: must be an identifier/);
    const rules = JSON.parse(JSON.stringify(smallRules()).replace('"rules":[', '"__proto__":{},"rules":['));
    expect(() => createAdjudicator({ policy: smallPolicy(), rules })).toThrow(/rules\.__proto__: the key "__proto__" cannot be data/);
  });
});
