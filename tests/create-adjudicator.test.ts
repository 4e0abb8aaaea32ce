import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { ClaimSchema, contentHash, createAdjudicator, DecisionSchema, LIBRARY_VERSION, type Decision } from "../src/index.js";
import { Dec } from "../src/money/money.js";
import packageJson from "../package.json" with { type: "json" };
import { smallClaim, smallPolicy, smallRules } from "./support/fixtures.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: smallRules() });

describe("adjudicate", () => {
  test("same input, same output, byte for byte; inputs are not mutated", async () => {
    const policy = deepFreeze(smallPolicy());
    const rules = deepFreeze(smallRules());
    const claim = deepFreeze(smallClaim([{ amount: "28000.00", socialInsurancePaid: "15000.00" }, { amount: "500.00", category: "outpatient" }]));
    const options = deepFreeze({ asOf: "2026-06-20", accumulators: { coverages: { inpatient: { deductibleUsed: "100.00", paid: "10.00" } } } });
    const snapshot = JSON.stringify([policy, rules, claim, options]);
    const first = await createAdjudicator({ policy, rules }).adjudicate(claim, options);
    const second = await createAdjudicator({ policy, rules }).adjudicate(claim, options);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(JSON.stringify([policy, rules, claim, options])).toBe(snapshot);
  });

  test("the decision validates against DecisionSchema and records its provenance", async () => {
    const decision = await adjudicator.adjudicate(smallClaim([{ amount: "100.00" }]), { asOf: "2026-06-20" });
    expect(DecisionSchema.parse(decision)).toEqual(decision);
    expect(decision.meta).toMatchObject({ ruleSetId: "RS-TEST", ruleSetVersion: "1.0.0", asOf: "2026-06-20", libraryVersion: packageJson.version });
    expect(decision.meta.policyHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(LIBRARY_VERSION).toBe(packageJson.version);
  });

  test("the content hashes ignore key order but see every change of meaning", async () => {
    const policy = smallPolicy();
    const reordered = Object.fromEntries(Object.entries(policy).reverse());
    const changed = { ...policy, coverages: [{ ...policy.coverages[0]!, annualDeductible: "9000.00" }] };
    const hash = async (p: unknown) => (await createAdjudicator({ policy: p, rules: smallRules() }).adjudicate(smallClaim([{ amount: "1.00" }]), { asOf: "2026-06-20" })).meta.policyHash;
    expect(await hash(reordered)).toBe(await hash(policy));
    expect(await hash(changed)).not.toBe(await hash(policy));
  });

  test("200 concurrent adjudications equal the same claims run one by one", async () => {
    // Claims of every kind: waiting-period denials (a rule fires), pending, and paid ones, so that a lost rule would show.
    const claims = Array.from({ length: 200 }, (_, i) =>
      smallClaim([{ amount: `${1000 + i * 137}.${String(i % 100).padStart(2, "0")}` }, { amount: "250.00", category: i % 2 === 0 ? "bed" : "outpatient" }], {
        id: `C-${i}`,
        incident: { date: i % 3 === 0 ? "2026-01-10" : "2026-06-01", type: "illness", diagnosisCodes: ["K35.8"], description: "x" },
        reportedOn: "2026-06-02",
        documents: i % 5 === 0 ? [] : [{ type: "claim_form", id: "CF", issuedOn: "2026-06-10", original: true }],
      }),
    );
    const sequential: Decision[] = [];
    for (const claim of claims) sequential.push(await adjudicator.adjudicate(claim, { asOf: "2026-06-20" }));
    const concurrent = await Promise.all(claims.map((claim) => adjudicator.adjudicate(claim, { asOf: "2026-06-20" })));
    expect(concurrent).toEqual(sequential);
    expect(new Set(sequential.map((d) => d.outcome))).toEqual(new Set(["denied", "pending_documents", "approved", "partially_approved"]));
  });
});

describe("invariants (property tests)", () => {
  const cents = fc.integer({ min: 0, max: 5_000_000 }).map((n) => new Dec(n).dividedBy(100));
  const lineArb = fc
    .record({
      amount: cents,
      siShare: fc.integer({ min: 0, max: 100 }),
      selfShare: fc.integer({ min: 0, max: 100 }),
      category: fc.constantFrom("bed", "medicine", "surgery", "outpatient"),
      day: fc.integer({ min: 1, max: 28 }),
    })
    .map(({ amount, siShare, selfShare, category, day }) => {
      const si = amount.times(siShare).div(100).toDecimalPlaces(2, Dec.ROUND_DOWN);
      const self = amount.minus(si).times(selfShare).div(100).toDecimalPlaces(2, Dec.ROUND_DOWN);
      return { amount: amount.toFixed(2), socialInsurancePaid: si.toFixed(2), selfPay: self.toFixed(2), category, serviceDate: `2026-06-${String(day).padStart(2, "0")}` };
    });
  const accumulatorArb = fc.record({ deductibleUsed: fc.integer({ min: 0, max: 1_200_000 }), paid: fc.integer({ min: 0, max: 11_000_000 }) }).map((a) => ({
    deductibleUsed: new Dec(a.deductibleUsed).div(100).toFixed(2),
    paid: new Dec(a.paid).div(100).toFixed(2),
  }));
  const socialArb = fc.constantFrom("used", "not_used", "could_not_be_used" as const);
  // A bill not settled through social insurance shows nothing paid by its fund (the claim is refused otherwise).
  const settled = <Line extends { socialInsurancePaid: string }>(lines: readonly Line[], socialInsurance: string) =>
    socialInsurance === "used" ? [...lines] : lines.map((line) => ({ ...line, socialInsurancePaid: "0.00" }));

  propTest.prop([fc.array(lineArb, { minLength: 1, maxLength: 8 }), accumulatorArb, socialArb], { numRuns: 150 })(
    "0 ≤ payable ≤ billed and ≤ the remaining limits; billed − Σ adjustments = payable per line and in total",
    async (lines, accumulator, socialInsurance) => {
      const claim = smallClaim(settled(lines, socialInsurance), { socialInsurance });
      const decision = await adjudicator.adjudicate(claim, { asOf: "2026-06-20", accumulators: { coverages: { inpatient: accumulator } } });
      const payable = new Dec(decision.payable);
      expect(payable.isNegative()).toBe(false);
      expect(payable.lessThanOrEqualTo(decision.billed)).toBe(true);
      expect(payable.lessThanOrEqualTo("50000.00")).toBe(true);
      const annualRemaining = Dec.max(0, new Dec("100000.00").minus(accumulator.paid));
      expect(payable.lessThanOrEqualTo(annualRemaining)).toBe(true);
      let total = new Dec(0);
      for (const line of decision.lines) {
        const adjusted = line.adjustments.reduce((sum, adjustment) => sum.plus(adjustment.amount), new Dec(0));
        expect(new Dec(line.billed).minus(adjusted).toFixed(2)).toBe(line.payable);
        expect(line.adjustments.every((adjustment) => new Dec(adjustment.amount).greaterThan(0))).toBe(true);
        total = total.plus(line.payable);
      }
      expect(total.toFixed(2)).toBe(decision.payable);
      const after = decision.counters.after.coverages["inpatient"]!;
      expect(new Dec(after.paid).minus(accumulator.paid).toFixed(2)).toBe(decision.payable);
      expect(new Dec(after.deductibleUsed).lessThanOrEqualTo(Dec.max("10000.00", accumulator.deductibleUsed))).toBe(true);
    },
  );

  propTest.prop([fc.array(lineArb, { minLength: 1, maxLength: 8 }), socialArb, fc.integer({ min: 0, max: 2 ** 31 - 1 })], { numRuns: 100 })(
    "the order of the lines never changes the payable",
    async (lines, socialInsurance, seed) => {
      const claim = smallClaim(settled(lines, socialInsurance), { socialInsurance });
      const forward = await adjudicator.adjudicate(claim, { asOf: "2026-06-20" });
      // Each line keeps its id; only their order in the claim changes (a seeded Fisher–Yates shuffle).
      const shuffled = [...claim.lines];
      let state = seed;
      for (let i = shuffled.length - 1; i > 0; i--) {
        state = (state * 1103515245 + 12345) % 2 ** 31;
        const j = state % (i + 1);
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      const reordered = await adjudicator.adjudicate({ ...claim, lines: shuffled }, { asOf: "2026-06-20" });
      expect(reordered.payable).toBe(forward.payable);
      const byId = (d: Decision) => Object.fromEntries(d.lines.map((line) => [line.lineId, line.payable]));
      expect(byId(reordered)).toEqual(byId(forward));
    },
  );
});

describe("traceRules", () => {
  test("evaluates every rule, held or not, with every comparison's result", async () => {
    const inWaiting = smallClaim([{ amount: "100.00" }], { incident: { date: "2026-01-10", type: "illness", diagnosisCodes: ["K35.8"], description: "x" }, reportedOn: "2026-01-10", submittedOn: "2026-01-10" });
    const afterWaiting = smallClaim([{ amount: "100.00" }]);
    const [held] = await adjudicator.traceRules(inWaiting, { asOf: "2026-06-20" });
    const [notHeld] = await adjudicator.traceRules(afterWaiting, { asOf: "2026-06-20" });
    expect(held).toEqual({ ruleId: "waiting-period", result: true, evidence: [{ path: "all[0]", fact: "waitingPeriodPassed", operator: "equal", expected: false, actual: false, result: true }] });
    expect(notHeld).toEqual({ ruleId: "waiting-period", result: false, evidence: [{ path: "all[0]", fact: "waitingPeriodPassed", operator: "equal", expected: false, actual: true, result: false }] });
  });
});

describe("reproducible decisions", () => {
  test("the same inputs give the same decision, decision id and content hash; any input changed changes the id", async () => {
    const claim = smallClaim([{ amount: "28000.00", socialInsurancePaid: "15000.00" }]);
    const options = { asOf: "2026-06-20", accumulators: { coverages: { inpatient: { deductibleUsed: "100.00" } } } };
    const first = await createAdjudicator({ policy: smallPolicy(), rules: smallRules() }).adjudicate(claim, options);
    // Same meaning, other key order: same claim hash.
    const reordered = Object.fromEntries(Object.entries(claim).reverse());
    const again = await createAdjudicator({ policy: smallPolicy(), rules: smallRules() }).adjudicate(reordered, options);
    expect(again).toEqual(first);
    expect(contentHash(again)).toBe(contentHash(first));
    expect(first.meta.decisionId).toMatch(/^dec-[0-9a-f]{32}$/);
    expect(first.meta.claimHash).toBe(contentHash(ClaimSchema.parse(claim)));

    const ids = await Promise.all([
      adjudicator.adjudicate({ ...claim, id: "C-OTHER" }, options),
      adjudicator.adjudicate(claim, { ...options, asOf: "2026-06-21" }),
      adjudicator.adjudicate(claim, { ...options, accumulators: { coverages: { inpatient: { deductibleUsed: "200.00" } } } }),
      createAdjudicator({ policy: smallPolicy(), rules: { ...smallRules(), version: "1.0.1" } }).adjudicate(claim, options),
    ]).then((decisions) => decisions.map((decision) => decision.meta.decisionId));
    expect(new Set([first.meta.decisionId, ...ids]).size).toBe(5);
  });
});
