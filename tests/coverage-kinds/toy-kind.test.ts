import Decimal from "decimal.js";
import { z } from "zod";
import { describe, expect, test } from "vitest";
// Only what a user imports: `claim-adjudicator` (src/index.ts), `claim-adjudicator/fhir` (src/fhir/index.ts), zod and
// decimal.js (the library's Money is a decimal.js Decimal).
import {
  buildBenefit,
  buildDecisionSchema,
  ConditionSchema,
  COVERAGE_KIND_DEFINITIONS,
  coverageCommonShape,
  createAdjudicator,
  defineCoverageKind,
  isValidationError,
  reasonsOf,
  renderNotice,
  stepsOf,
  type CommonLedgerEntry,
  type CompiledCoverage,
  type Money,
  type PolicyInput,
} from "../../src/index.js";
import { toFhirExplanationOfBenefit } from "../../src/fhir/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../support/fixtures.js";

const toMoney = (amount: string): Money => new Decimal(amount);
const formatMoney = (amount: Money, minorUnits: number) => amount.toFixed(minorUnits);

/**
 * A coverage kind defined here, in the test suite, with nothing else of the library changed: a grant of a fixed amount
 * per illness claim (a "consolation payment"), at most `maxGrants` times a policy year. It has its own schema, ledger
 * field, reason code, step, reference check, amounts and benefit balance.
 */
const GrantCoverageSchema = z.strictObject({
  ...coverageCommonShape,
  kind: z.literal("grant"),
  amount: z.string().regex(/^\d+(\.\d+)?$/),
  maxGrants: z.int().min(1),
  /** Which illnesses it pays for: a condition on the claim's facts, evaluated with the rules (default: every illness). */
  when: ConditionSchema.optional(),
  clauseRefs: z.strictObject({ limits: z.string().optional() }).default({}),
});
type GrantCoverage = z.output<typeof GrantCoverageSchema>;
interface CompiledGrant extends CompiledCoverage<GrantCoverage> {
  readonly amount: Money;
}
interface GrantLedger extends CommonLedgerEntry {
  readonly grants: number;
}

const GRANT_REASONS = {
  GRANTS_EXHAUSTED: { en: "The {maxGrants} grants of the year are used.", zh: "本年度 {maxGrants} 次慰问金已用完。" },
  GRANT_NOT_FOR_THIS_ILLNESS: { en: "The grant is not paid for this illness.", zh: "本次疾病不在慰问金给付范围内。" },
} as const;
const GRANT_STEPS = { grant: { en: "Grant {number} of {maxGrants}", zh: "第 {number} 次慰问金（共 {maxGrants} 次）" } } as const;

const grantKind = defineCoverageKind({
  kind: "grant",
  schema: GrantCoverageSchema,
  ledgerShape: { grants: z.int().min(0).default(0) },
  reasons: GRANT_REASONS,
  steps: GRANT_STEPS,
  checkReferences: (coverage, { checkClause }) => checkClause(coverage.clauseRefs.limits, ["clauseRefs", "limits"]),
  amounts: (coverage) => [{ amount: coverage.amount, path: ["amount"] }],
  conditions: (coverage) => (coverage.when === undefined ? [] : [{ id: "when", conditions: coverage.when, path: ["when"] }]),
  compile: (coverage): CompiledGrant => ({ kind: "grant", id: coverage.id, clauseId: coverage.clauseId, source: coverage, amount: toMoney(coverage.amount) }),
  calculate: ({ coverage, ledger, held, context }) => {
    const used = (ledger as GrantLedger).grants;
    const limitsClause = coverage.source.clauseRefs.limits ?? coverage.clauseId;
    const exhausted = reasonsOf(GRANT_REASONS, context.currency)("GRANTS_EXHAUSTED", limitsClause, { maxGrants: String(coverage.source.maxGrants) });
    const notThisIllness = coverage.source.when !== undefined && !held.has("when") ? reasonsOf(GRANT_REASONS, context.currency)("GRANT_NOT_FOR_THIS_ILLNESS", coverage.clauseId, {}) : undefined;
    const over = used >= coverage.source.maxGrants;
    const { benefit, payable } = buildBenefit(
      {
        coverageId: coverage.id,
        kind: "grant",
        clauseId: coverage.clauseId,
        description: { en: "Consolation grant", zh: "慰问金" },
        gross: coverage.amount,
        deductions: notThisIllness !== undefined
          ? [{ kind: "coverage_not_applicable", amount: coverage.amount, clauseId: coverage.clauseId, reason: notThisIllness }]
          : over
            ? [{ kind: "benefit_maximum", amount: coverage.amount, clauseId: limitsClause, reason: exhausted }]
            : [],
        basis: { grantsBefore: String(used), maxGrants: String(coverage.source.maxGrants) },
      },
      context.minorUnits,
    );
    const step = stepsOf(GRANT_STEPS, context.currency)("grant", { number: String(used + 1), maxGrants: String(coverage.source.maxGrants) }, { coverageId: coverage.id, inputs: benefit.basis, result: benefit.payable, clauseId: coverage.clauseId });
    return {
      applies: true,
      payable,
      lines: [],
      benefit,
      steps: [step],
      ledgerAfter: { ...ledger, paid: formatMoney(toMoney(ledger.paid).plus(payable), context.minorUnits), grants: payable.isZero() ? used : used + 1 },
      reductions: notThisIllness !== undefined ? [notThisIllness] : over ? [exhausted] : [],
      referrals: [],
      terms: [],
      endsCoverages: [],
    };
  },
  balances: (ledger, coverage) => ({
    annual: [{ system: "accumulator", code: "grants", text: { en: "Grants paid", zh: "已付慰问金次数" }, ...(coverage !== undefined ? { allowedCount: coverage.maxGrants } : {}), usedCount: (ledger as GrantLedger).grants }],
    lifetime: [],
  }),
});

const policy = coveragePolicy([
  { id: "grant", kind: "grant", clauseId: "C-grant", name: { en: "Consolation grant", zh: "慰问金" }, incidentTypes: ["illness"], amount: "500.00", maxGrants: 1 } as never,
]) as PolicyInput;
const claim = (id: string) => benefitClaim({ id, incident: { date: "2026-03-02", type: "illness", diagnosisCodes: ["J18.9"], description: "pneumonia" } });

describe("a coverage kind defined outside the library", () => {
  const adjudicator = createAdjudicator({ policy, rules: noRules(), coverageKinds: [grantKind] });

  test("is refused by the library's own policy schema, and accepted with the kind", () => {
    expect(() => createAdjudicator({ policy, rules: noRules() })).toThrowError(/kind/);
    expect(adjudicator.policy.coverages[0]?.kind).toBe("grant");
  });

  test("pays, writes its step and its ledger field, and the decision is valid against the schema built with it", async () => {
    const decision = await adjudicator.adjudicate(claim("C-1"), { asOf: "2026-03-03" });
    expect(decision).toMatchObject({ outcome: "approved", payable: "500.00", benefits: [{ coverageId: "grant", kind: "grant", gross: "500.00", payable: "500.00" }] });
    expect(decision.coverages).toEqual([{ coverageId: "grant", kind: "grant", clauseId: "C-grant", name: { en: "Consolation grant", zh: "慰问金" }, status: "paid", payable: "500.00", reasons: [] }]);
    expect(decision.calculation.map((step) => [step.step, step.description.en, step.result])).toEqual([
      ["grant", "Grant 1 of 1", "500.00"],
      ["claim_payable", "Payable for the claim, all coverages", "500.00"],
    ]);
    expect(decision.counters.after.coverages["grant"]).toMatchObject({ paid: "500.00", grants: 1 });
    expect(buildDecisionSchema([...COVERAGE_KIND_DEFINITIONS, grantKind]).safeParse(decision).success).toBe(true);
  });

  test("its own reason code, filled with its figures, denies the second claim of the year", async () => {
    const first = await adjudicator.adjudicate(claim("C-1"), { asOf: "2026-03-03" });
    const second = await adjudicator.adjudicate(claim("C-2"), { asOf: "2026-03-03", accumulators: first.accumulatorsAfter });
    expect(second.outcome).toBe("denied");
    expect(second.reasons).toEqual([
      { code: "GRANTS_EXHAUSTED", clauseId: "C-grant", coverageId: "grant", params: { maxGrants: "1" }, message: { en: "The 1 grants of the year are used.", zh: "本年度 1 次慰问金已用完。" } },
    ]);
    expect(second.benefits[0]?.adjustments).toMatchObject([{ kind: "benefit_maximum", amount: "500.00", reasonCode: "GRANTS_EXHAUSTED", message: { en: "The 1 grants of the year are used." } }]);
    expect(second.explanation.zh).toContain("本年度 1 次慰问金已用完。");
  });

  test("the claimant's notice and the adjuster's view are written for it", async () => {
    const decision = await adjudicator.adjudicate(claim("C-1"), { asOf: "2026-03-03" });
    const notice = renderNotice(decision, { locale: "zh-CN", audience: "claimant", coverageKinds: [grantKind] });
    expect(notice).toContain("¥500.00");
    expect(notice).toContain("慰问金");
    const adjuster = renderNotice(decision, { locale: "en", audience: "adjuster", coverageKinds: [grantKind] });
    // The adjuster reads the benefit with its basis and the kind's step in the trace, as recorded.
    expect(adjuster).toMatch(/grant {5}Consolation grant {2}CNY 500\.00 {15}CNY 500\.00 {2}grantsBefore=0, maxGrants=1/);
    expect(adjuster).toMatch(/grant {10}grant {11}500\.00 {2}C-grant {2}grantsBefore=0, maxGrants=1/);
    // The refusal of the second claim reaches the claimant in their words, with its clause and no placeholder.
    const second = await adjudicator.adjudicate(claim("C-2"), { asOf: "2026-03-03", accumulators: decision.accumulatorsAfter });
    const refusal = renderNotice(second, { locale: "zh-CN", audience: "claimant", coverageKinds: [grantKind] });
    expect(refusal).toContain("本年度 1 次慰问金已用完。");
    expect(refusal).toContain("C-grant");
    expect(refusal).not.toMatch(/[{}]|GRANTS_EXHAUSTED/);
  });

  test("a notice of its decision is checked with the kind, as the FHIR export is: without it, its coverage's kind is not one the library knows", async () => {
    const decision = await adjudicator.adjudicate(claim("C-1"), { asOf: "2026-03-03" });
    expect(() => renderNotice(decision, { locale: "en", audience: "claimant" })).toThrowError(/decision\.benefits\[0\]\.kind: Invalid option/);
  });

  test("the FHIR export reports its benefit balance from the kind", async () => {
    const decision = await adjudicator.adjudicate(claim("C-1"), { asOf: "2026-03-03" });
    const eob = toFhirExplanationOfBenefit(decision, claim("C-1"), { policy: adjudicator.policy, coverageKinds: [grantKind], language: "en" });
    expect(eob.benefitBalance?.[0]?.financial).toEqual([{ type: { coding: [{ system: "urn:claim-adjudicator:accumulator", code: "grants" }], text: "Grants paid" }, allowedUnsignedInt: 1, usedUnsignedInt: 1 }]);
    expect(eob.addItem?.[0]?.productOrService.coding?.[0]?.code).toBe("grant");
  });
});

/**
 * What the issue found a new kind silently missed: its amounts checked against the currency, its own conditions
 * (`when`) evaluated with the rules, the waiting period, and its reason codes known to the rule set's check. The
 * policy: a 500.00 grant per illness claim, once a year (policy from 2026-01-01, day 1).
 */
describe("a coverage kind defined outside the library gets what every kind gets", () => {
  const grant = (extra: Record<string, unknown>) =>
    coveragePolicy([{ id: "grant", kind: "grant", clauseId: "C-grant", name: { en: "Consolation grant", zh: "慰问金" }, incidentTypes: ["illness"], amount: "500.00", maxGrants: 1, ...extra } as never]) as PolicyInput;
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (isValidationError(error)) return error.issues.map((issue) => ({ path: issue.path.join("."), code: issue.code, message: issue.message }));
      throw error;
    }
    return [];
  };

  test.each([
    // CNY has 2 minor digits: 500.00 and 500.0 are amounts of it, 500.001 is not.
    { amount: "500.00", issues: [] },
    { amount: "500.0", issues: [] },
    { amount: "500.001", issues: [{ path: "policy.coverages.0.amount", code: "invalid_input", message: "500.001 has 3 decimals; CNY amounts have at most 2" }] },
  ])("its amount $amount is checked against the currency's minor units", ({ amount, issues }) => {
    expect(issuesOf(() => createAdjudicator({ policy: grant({ amount }), rules: noRules(), coverageKinds: [grantKind] }))).toEqual(issues);
  });

  test.each([
    // 90 days of waiting for illness: days 1 to 90 (2026-01-01 to 2026-03-31) are in it, day 91 (2026-04-01) is past it.
    { date: "2026-03-30", day: "89", outcome: "denied", payable: "0.00" },
    { date: "2026-03-31", day: "90", outcome: "denied", payable: "0.00" },
    { date: "2026-04-01", day: undefined, outcome: "approved", payable: "500.00" },
  ])("the waiting period holds for it: an illness on $date", async ({ date, day, outcome, payable }) => {
    const adjudicator = createAdjudicator({ policy: grant({ waitingPeriods: { illnessDays: 90 } }), rules: noRules(), coverageKinds: [grantKind] });
    const decision = await adjudicator.adjudicate(benefitClaim({ id: "C-W", incident: { date, type: "illness", diagnosisCodes: ["J18.9"], description: "pneumonia" } }), { asOf: "2026-04-02" });
    expect({ outcome: decision.outcome, payable: decision.payable }).toEqual({ outcome, payable });
    expect(decision.reasons.map((reason) => reason.message.en)).toEqual(day === undefined ? [] : [`The incident happened on day ${day} of cover, within the 90-day waiting period.`]);
  });

  test.each([
    // `when`: the grant is paid for cancers (C00–C97) only.
    { code: "C50.9", outcome: "approved", payable: "500.00", reasons: [] },
    { code: "J18.9", outcome: "denied", payable: "0.00", reasons: ["GRANT_NOT_FOR_THIS_ILLNESS"] },
  ])("its own condition is evaluated with the rules: diagnosis $code", async ({ code, outcome, payable, reasons }) => {
    const when = { all: [{ fact: "diagnosisCodes", operator: "startsWithAny", value: ["C"] }] };
    const adjudicator = createAdjudicator({ policy: grant({ when }), rules: noRules(), coverageKinds: [grantKind] });
    const decision = await adjudicator.adjudicate(benefitClaim({ id: "C-D", incident: { date: "2026-03-02", type: "illness", diagnosisCodes: [code], description: "diagnosis" } }), { asOf: "2026-03-03" });
    expect({ outcome: decision.outcome, payable: decision.payable, reasons: decision.reasons.map((reason) => reason.code) }).toEqual({ outcome, payable, reasons });
  });

  test("its condition naming an unknown fact is refused at its path, with the fact meant", () => {
    const when = { all: [{ fact: "diagnosisCode", operator: "startsWithAny", value: ["C"] }] };
    expect(issuesOf(() => createAdjudicator({ policy: grant({ when }), rules: noRules(), coverageKinds: [grantKind] }))).toEqual([
      expect.objectContaining({ path: "policy.coverages.0.when.all.0.fact", message: expect.stringContaining('Did you mean "diagnosisCodes"?') }),
    ]);
  });

  test("a rule may not take its reason code unless it says it reuses it", () => {
    const rules = (event: Record<string, unknown>) => ({
      id: "RS-G",
      version: "1",
      rules: [{ id: "R-1", clauseId: "C-grant", conditions: { all: [{ fact: "incidentType", operator: "equal", value: "accident" }] }, event: { type: "deny", reasonCode: "GRANTS_EXHAUSTED", message: { en: "No grant.", zh: "不予给付。" }, ...event } }],
    });
    expect(issuesOf(() => createAdjudicator({ policy: grant({}), rules: rules({}), coverageKinds: [grantKind] }))).toEqual([
      expect.objectContaining({ path: "rules.rules.0.event.reasonCode", code: "reason_code_collision" }),
    ]);
    expect(issuesOf(() => createAdjudicator({ policy: grant({}), rules: rules({ reusesLibraryCode: true }), coverageKinds: [grantKind] }))).toEqual([]);
  });
});
