import { z } from "zod";
import { describe, expect, test } from "vitest";
import {
  buildBenefit,
  buildDecisionSchema,
  COVERAGE_KIND_DEFINITIONS,
  coverageCommonShape,
  createAdjudicator,
  defineCoverageKind,
  reasonsOf,
  renderNotice,
  stepsOf,
  type CommonLedgerEntry,
  type CompiledCoverage,
  type PolicyInput,
} from "../../src/index.js";
import { formatMoney, toMoney, type Money } from "../../src/money/money.js";
import { toFhirExplanationOfBenefit } from "../../src/fhir/index.js";
import { benefitClaim, coveragePolicy, noRules } from "../support/fixtures.js";

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
  clauseRefs: z.strictObject({ limits: z.string().optional() }).default({}),
});
type GrantCoverage = z.output<typeof GrantCoverageSchema>;
interface CompiledGrant extends CompiledCoverage<GrantCoverage> {
  readonly amount: Money;
}
interface GrantLedger extends CommonLedgerEntry {
  readonly grants: number;
}

const GRANT_REASONS = { GRANTS_EXHAUSTED: { en: "The {maxGrants} grants of the year are used.", zh: "本年度 {maxGrants} 次慰问金已用完。" } } as const;
const GRANT_STEPS = { grant: { en: "Grant {number} of {maxGrants}", zh: "第 {number} 次慰问金（共 {maxGrants} 次）" } } as const;

const grantKind = defineCoverageKind({
  kind: "grant",
  schema: GrantCoverageSchema,
  ledgerShape: { grants: z.int().min(0).default(0) },
  reasons: GRANT_REASONS,
  steps: GRANT_STEPS,
  checkReferences: (coverage, { checkClause }) => checkClause(coverage.clauseRefs.limits, ["clauseRefs", "limits"]),
  amounts: (coverage) => [{ amount: coverage.amount, path: ["amount"] }],
  compile: (coverage): CompiledGrant => ({ kind: "grant", id: coverage.id, clauseId: coverage.clauseId, source: coverage, amount: toMoney(coverage.amount) }),
  calculate: ({ coverage, ledger, context }) => {
    const used = (ledger as GrantLedger).grants;
    const limitsClause = coverage.source.clauseRefs.limits ?? coverage.clauseId;
    const exhausted = reasonsOf(GRANT_REASONS, context.currency)("GRANTS_EXHAUSTED", limitsClause, { maxGrants: String(coverage.source.maxGrants) });
    const over = used >= coverage.source.maxGrants;
    const { benefit, payable } = buildBenefit(
      {
        coverageId: coverage.id,
        kind: "grant",
        clauseId: coverage.clauseId,
        description: { en: "Consolation grant", zh: "慰问金" },
        gross: coverage.amount,
        deductions: over ? [{ kind: "benefit_maximum", amount: coverage.amount, clauseId: limitsClause, reason: exhausted }] : [],
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
      ledgerAfter: { ...ledger, paid: formatMoney(toMoney(ledger.paid).plus(payable), context.minorUnits), grants: over ? used : used + 1 },
      reductions: over ? [exhausted] : [],
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
    const notice = renderNotice(decision, { locale: "zh-CN", audience: "claimant" });
    expect(notice).toContain("¥500.00");
    expect(notice).toContain("慰问金");
    expect(renderNotice(decision, { locale: "en", audience: "adjuster" })).toContain("grant");
  });

  test("the FHIR export reports its benefit balance from the kind", async () => {
    const decision = await adjudicator.adjudicate(claim("C-1"), { asOf: "2026-03-03" });
    const eob = toFhirExplanationOfBenefit(decision, claim("C-1"), { policy: adjudicator.policy, coverageKinds: [grantKind], language: "en" });
    expect(eob.benefitBalance?.[0]?.financial).toEqual([{ type: { coding: [{ system: "urn:claim-adjudicator:accumulator", code: "grants" }], text: "Grants paid" }, allowedUnsignedInt: 1, usedUnsignedInt: 1 }]);
    expect(eob.addItem?.[0]?.productOrService.coding?.[0]?.code).toBe("grant");
  });
});
