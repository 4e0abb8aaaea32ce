import { createHash } from "node:crypto";
import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { createAdjudicator, drawSample, renderNotice, sampleDraw, SamplingConfigSchema, ValidationError, type SampleCandidate, type SamplingConfig } from "../../src/index.js";
import { medical, medicalClaim } from "../support/medical-claims.js";

/**
 * The documented draw, written again from its definition and not from the library: the first 8 hex digits (32 bits)
 * of SHA-256 of the UTF-8 bytes of `seed + "\n" + claimId`, as an integer n; the draw is ⌊n × 10⁶ / 2³²⌋ / 10⁶,
 * written with six decimals. Integer arithmetic (BigInt), so no floating point is involved at all.
 */
function documentedDraw(seed: string, claimId: string): string {
  const n = BigInt(`0x${createHash("sha256").update(`${seed}\n${claimId}`, "utf8").digest("hex").slice(0, 8)}`);
  const micro = (n * 1_000_000n) / 4_294_967_296n;
  return `0.${micro.toString().padStart(6, "0")}`;
}

// Worked by hand: `printf '2026-H2\nCLM-A' | sha256sum` starts 39b4c9f2 = 968,149,490; × 10⁶ / 2³² = 225,414.6… → 0.225414.
// The others the same way (the hex prefix and its integer are in each row, so a reader can check them with sha256sum).
const KNOWN_DRAWS: readonly (readonly [seed: string, claimId: string, hexPrefix: string, integer: number, draw: string])[] = [
  ["2026-H2", "CLM-A", "39b4c9f2", 968_149_490, "0.225414"],
  ["2026-H2", "CLM-B", "af08238e", 2_936_546_190, "0.683717"],
  ["2026-H2", "CLM-C", "3e4b403e", 1_045_119_038, "0.243335"],
  ["2026-H2", "CLM-2026-0715-0031", "6e60059c", 1_851_786_652, "0.431152"],
  ["2026-H2", "CLM-2026-0716-0002", "11413b96", 289_487_766, "0.067401"],
  ["2026-H2", "CLM-2026-0716-0003", "b644c67c", 3_057_960_572, "0.711986"],
  ["2026-H2", "理赔-001", "6f962855", 1_872_111_701, "0.435884"],
  ["2026-Q3", "CLM-A", "7772177d", 2_003_965_821, "0.466584"],
  ["2026-Q3", "CLM-B", "219a2a49", 563_751_497, "0.131258"],
  ["2026-Q3", "CLM-D", "fbce7cf8", 4_224_613_624, "0.983619"],
];

describe("sampleDraw: the documented hash, claim by claim", () => {
  test.each(KNOWN_DRAWS)("seed %s, claim %s: SHA-256 prefix %s = %i → %s", (seed, claimId, hexPrefix, integer, draw) => {
    expect(Number.parseInt(hexPrefix, 16)).toBe(integer);
    expect(Math.floor((integer * 1_000_000) / 2 ** 32)).toBe(Number(draw.slice(2)));
    expect(sampleDraw(seed, claimId)).toBe(draw);
  });

  propTest.prop([fc.string({ minLength: 1, maxLength: 20 }), fc.string({ minLength: 1, maxLength: 40 })], { numRuns: 300 })("is the documented draw for any seed and claim id", (seed, claimId) => {
    expect(sampleDraw(seed, claimId)).toBe(documentedDraw(seed, claimId));
  });

  test("over 10,000 claim ids, a 10% rate samples close to 10% (the draw is spread evenly)", () => {
    const sampled = Array.from({ length: 10_000 }, (_, i) => sampleDraw("2026-H2", `CLM-${String(i).padStart(6, "0")}`)).filter((draw) => Number(draw) < 0.1).length;
    expect(sampled).toBeGreaterThan(900);
    expect(sampled).toBeLessThan(1100);
  });
});

// examples/medical/operations.json, sampling, seed 2026-H2. Segments in order (the first that holds is the decision's):
// partial-approvals (any partial approval) 20%; medical-20k-plus (medical_reimbursement, payable ≥ 20,000.00) 25%;
// 5k-to-20k (payable 5,000.00 to below 20,000.00) 10%; below-5k (payable below 5,000.00) 2%. A decision is sampled
// when its draw is below its segment's rate; a decision in no segment is not sampled.
const exampleSampling = SamplingConfigSchema.parse((medical.operations as unknown as { sampling: unknown }).sampling);
const candidate = (claimId: string, payable: string, extra: Partial<SampleCandidate> = {}): SampleCandidate => ({ claimId, product: "medical_reimbursement", outcome: "approved", payable, billed: payable, ...extra });
const choice = (result: ReturnType<typeof drawSample>) => [result.segment ?? null, result.rate, result.draw, result.sampled];

describe("drawSample: the example's segments and rates", () => {
  test.each([
    // [claim, payable, product, outcome, → segment, rate, draw (from the table above), sampled]
    ["CLM-A", "4999.99", "medical_reimbursement", "approved", "below-5k", "0.02", "0.225414", false],
    ["CLM-A", "5000.00", "medical_reimbursement", "approved", "5k-to-20k", "0.1", "0.225414", false],
    ["CLM-2026-0716-0002", "4999.99", "medical_reimbursement", "approved", "below-5k", "0.02", "0.067401", false],
    ["CLM-2026-0716-0002", "5000.00", "medical_reimbursement", "approved", "5k-to-20k", "0.1", "0.067401", true],
    ["CLM-2026-0716-0002", "19999.99", "medical_reimbursement", "approved", "5k-to-20k", "0.1", "0.067401", true],
    ["CLM-A", "19999.99", "medical_reimbursement", "approved", "5k-to-20k", "0.1", "0.225414", false],
    ["CLM-A", "20000.00", "medical_reimbursement", "approved", "medical-20k-plus", "0.25", "0.225414", true],
    ["CLM-A", "20000.01", "medical_reimbursement", "approved", "medical-20k-plus", "0.25", "0.225414", true],
    ["CLM-C", "20000.00", "medical_reimbursement", "approved", "medical-20k-plus", "0.25", "0.243335", true],
    ["CLM-2026-0715-0031", "20000.00", "medical_reimbursement", "approved", "medical-20k-plus", "0.25", "0.431152", false],
    // Another product from 20,000.00 up falls in no segment: rate 0, never sampled.
    ["CLM-A", "20000.00", "accident", "approved", null, "0", "0.225414", false],
    ["CLM-A", "19999.99", "accident", "approved", "5k-to-20k", "0.1", "0.225414", false],
    // A partial approval is its own segment whatever the amount: 0.225414 < 0.2 is false, 0.067401 < 0.2 true.
    ["CLM-A", "100.00", "medical_reimbursement", "partially_approved", "partial-approvals", "0.2", "0.225414", false],
    ["CLM-2026-0716-0002", "100.00", "medical_reimbursement", "partially_approved", "partial-approvals", "0.2", "0.067401", true],
  ] as const)("%s, payable %s, %s, %s → %s at %s, draw %s, sampled %s", (claimId, payable, product, outcome, segment, rate, draw, sampled) => {
    expect(choice(drawSample(exampleSampling, candidate(claimId, payable, { product, outcome })))).toEqual([segment, rate, draw, sampled]);
  });

  test("the rate's boundary: sampled when the draw is below the rate, not at it", () => {
    // CLM-A's draw under seed 2026-H2 is 0.225414.
    const at = (rate: string) => drawSample({ seed: "2026-H2", segments: [{ id: "all", when: {}, rate }] }, candidate("CLM-A", "100.00")).sampled;
    expect([at("0.225413"), at("0.225414"), at("0.225415"), at("0"), at("1")]).toEqual([false, false, true, false, true]);
  });

  test("what the decision records: the segment, its name, the rate, the draw and the product", () => {
    expect(drawSample(exampleSampling, candidate("CLM-2026-0716-0002", "7330.80"))).toEqual({
      sampled: true,
      segment: "5k-to-20k",
      segmentName: { zh: "五千至两万元", en: "5,000.00 to below 20,000.00" },
      rate: "0.1",
      draw: "0.067401",
      product: "medical_reimbursement",
    });
  });
});

describe("the choice depends only on the claim id and the configuration", () => {
  const outcome = fc.constantFrom("approved" as const, "partially_approved" as const, "denied" as const);
  const amount = fc.integer({ min: 0, max: 99_999_999 }).map((cents) => (cents / 100).toFixed(2));
  const other = fc.record({ product: fc.constantFrom("medical_reimbursement" as const, "accident" as const, "hospital_cash" as const), outcome, payable: amount, billed: amount });

  propTest.prop([fc.string({ minLength: 1, maxLength: 30 }), other, other], { numRuns: 200 })("with one segment for every decision, two decisions of one claim id get the same choice whatever else differs", (claimId, first, second) => {
    const config: SamplingConfig = { seed: "2026-H2", segments: [{ id: "all", when: {}, rate: "0.3" }] };
    const a = drawSample(config, { claimId, ...first });
    const b = drawSample(config, { claimId, ...second });
    expect([a.sampled, a.draw, a.segment]).toEqual([b.sampled, b.draw, b.segment]);
    expect(a.sampled).toBe(Number(documentedDraw("2026-H2", claimId)) < 0.3);
  });

  propTest.prop([fc.string({ minLength: 1, maxLength: 30 }), other], { numRuns: 200 })("the draw is the same in every segment; the choice is the draw against the segment's rate", (claimId, rest) => {
    const result = drawSample(exampleSampling, { claimId, ...rest });
    expect(result.draw).toBe(documentedDraw("2026-H2", claimId));
    const rates: Record<string, string> = { "partial-approvals": "0.2", "medical-20k-plus": "0.25", "5k-to-20k": "0.1", "below-5k": "0.02" };
    expect(result.rate).toBe(result.segment === undefined ? "0" : rates[result.segment]);
    expect(result.sampled).toBe(Number(result.draw) < Number(result.rate));
  });

  propTest.prop([fc.string({ minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 })], { numRuns: 200 })("a higher rate samples everything a lower one does", (claimId, low, high) => {
    const [lower, higher] = low <= high ? [low, high] : [high, low];
    const rate = (micro: number) => (micro === 1_000_000 ? "1" : `0.${String(micro).padStart(6, "0")}`);
    const at = (micro: number) => drawSample({ seed: "S", segments: [{ id: "all", when: {}, rate: rate(micro) }] }, candidate(claimId, "1.00")).sampled;
    if (at(lower)) expect(at(higher)).toBe(true);
  });

  test("another seed gives another draw (a new sample each period)", () => {
    expect([sampleDraw("2026-H2", "CLM-A"), sampleDraw("2026-Q3", "CLM-A")]).toEqual(["0.225414", "0.466584"]);
  });
});

describe("decisions carry sampling when they go straight through", () => {
  const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: medical.operations });

  test("CLM-2026-0716-0002, approved 17,330.80 − 10,000.00 = 7,330.80, straight through: in 5k-to-20k at 10%, draw 0.067401 → sampled", async () => {
    const decision = await adjudicator.adjudicate(medicalClaim({ id: "CLM-2026-0716-0002" }), { asOf: "2026-08-01" });
    expect([decision.outcome, decision.payable, decision.routing?.straightThrough]).toEqual(["approved", "7330.80", true]);
    expect(decision.sampling).toEqual({ sampled: true, segment: "5k-to-20k", segmentName: { zh: "五千至两万元", en: "5,000.00 to below 20,000.00" }, rate: "0.1", draw: "0.067401", product: "medical_reimbursement" });
  });

  test("CLM-A, the same claim under another id: draw 0.225414 → not sampled", async () => {
    const decision = await adjudicator.adjudicate(medicalClaim({ id: "CLM-A" }), { asOf: "2026-08-01" });
    expect(decision.sampling).toMatchObject({ sampled: false, segment: "5k-to-20k", rate: "0.1", draw: "0.225414" });
  });

  test("the adjuster's view says whether the sample picked the claim and why; the claimant's notice does not", async () => {
    const picked = await adjudicator.adjudicate(medicalClaim({ id: "CLM-2026-0716-0002" }), { asOf: "2026-08-01" });
    const passed = await adjudicator.adjudicate(medicalClaim({ id: "CLM-A" }), { asOf: "2026-08-01" });
    expect(renderNotice(picked, { locale: "en", audience: "adjuster" })).toContain("Segment “5,000.00 to below 20,000.00”, rate 10%: selected for quality review (the claim's draw 0.067401 is below the rate).");
    expect(renderNotice(picked, { locale: "zh-CN", audience: "adjuster" })).toContain("抽检分层“五千至两万元”，抽检率 10%：本案被抽中复核（本案抽签值 0.067401 低于抽检率）。");
    expect(renderNotice(passed, { locale: "en", audience: "adjuster" })).toContain("Segment “5,000.00 to below 20,000.00”, rate 10%: not selected (the claim's draw 0.225414 is not below the rate).");
    const claimant = renderNotice(picked, { locale: "zh-CN", audience: "claimant" });
    expect(claimant).not.toContain("抽检");
    expect(renderNotice(picked, { locale: "en", audience: "claimant" })).not.toMatch(/sampl|draw/i);
  });

  test("a claim routed to a queue is not sampled: a person reviews it anyway", async () => {
    // The claimant is not close family: rule claimant-other-5.3 refers the claim, routing sends it to claims review.
    const decision = await adjudicator.adjudicate(medicalClaim({ id: "CLM-2026-0716-0002", relationship: "other" }), { asOf: "2026-08-01" });
    expect(decision.routing?.straightThrough).toBe(false);
    expect(decision.sampling).toBeUndefined();
  });

  test("without routing in the configuration, a decision that determines the claim and needs no person is sampled; a referral is not", async () => {
    const { routing: _, ...withoutRouting } = medical.operations as Record<string, unknown>;
    const unrouted = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: withoutRouting });
    const approved = await unrouted.adjudicate(medicalClaim({ id: "CLM-2026-0716-0002" }), { asOf: "2026-08-01" });
    const referred = await unrouted.adjudicate(medicalClaim({ id: "CLM-2026-0716-0002", relationship: "other" }), { asOf: "2026-08-01" });
    expect([approved.routing, approved.automation.humanConfirmationRequired, approved.sampling?.sampled, approved.sampling?.draw]).toEqual([undefined, false, true, "0.067401"]);
    expect([referred.outcome, referred.sampling]).toEqual(["referred", undefined]);
  });

  test("without sampling in the configuration, no decision carries it", async () => {
    const { sampling: _, ...withoutSampling } = medical.operations as Record<string, unknown>;
    const plain = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: withoutSampling });
    const decision = await plain.adjudicate(medicalClaim({ id: "CLM-2026-0716-0002" }), { asOf: "2026-08-01" });
    expect(decision.sampling).toBeUndefined();
  });
});

describe("the sampling configuration is checked at creation, every problem with its path", () => {
  const issues = (sampling: unknown) => {
    try {
      createAdjudicator({ policy: medical.policy, rules: medical.rules, operations: { ...medical.operations, sampling } });
    } catch (error) {
      if (error instanceof ValidationError) return error.issues.map((issue) => [issue.path.join("."), issue.message]);
      throw error;
    }
    throw new Error("no ValidationError");
  };

  test("rates outside 0 to 1 or with seven decimals, an unknown product", () => {
    const found = issues({ seed: "S", segments: [{ id: "a", rate: "1.5" }, { id: "b", rate: "0.0000001" }, { id: "c", rate: "5%" }, { id: "d", when: { products: ["medical"] }, rate: "0.1" }] });
    expect(found.map(([path]) => path)).toEqual(["operations.sampling.segments.0.rate", "operations.sampling.segments.1.rate", "operations.sampling.segments.2.rate", "operations.sampling.segments.3.when.products.0"]);
    expect(found[0]?.[1]).toBe('must be a decimal string between "0" and "1" with at most six decimals, e.g. "0.05" for 5%');
  });

  test("a segment id used twice, an empty band, an amount finer than the currency's cents", () => {
    const found = issues({
      seed: "S",
      segments: [
        { id: "a", when: { payableAtLeast: "5000.00", payableBelow: "5000.00" }, rate: "0.1" },
        { id: "a", when: { billedBelow: "100.005" }, rate: "0.1" },
      ],
    });
    expect(found).toEqual([
      ["operations.sampling.segments.1.id", expect.stringContaining('"a"')],
      ["operations.sampling.segments.0.when.payableBelow", "the band from 5000.00 to below 5000.00 holds no amount: payableBelow must be above payableAtLeast"],
      ["operations.sampling.segments.1.when.billedBelow", expect.stringContaining("CNY")],
    ]);
  });
});
