import type { Claim } from "../claim/claim-schema.js";
import { GENERAL_REASONS } from "../codes/general-reasons.js";
import { GENERAL_STEPS } from "../codes/general-steps.js";
import type { MissingDocument } from "../completeness/missing-document-schema.js";
import { calculateCoverages } from "../coverages/calculate-coverages.js";
import { resolveLineRules } from "../coverages/resolve-line-rules.js";
import type { JurisdictionProfile } from "../deadlines/jurisdiction-profile-schema.js";
import type { Counters } from "../ledger/counters-schema.js";
import type { ClaimPlace } from "../ledger/counters-view.js";
import { earlierStays, hospitalDaysAlreadyPaid, invoicesAlreadyPaid, sharedLimitsUsed } from "../ledger/claim-history.js";
import { ledgerMoneyFields } from "../ledger/ledger-money-fields.js";
import type { ClaimRecord, Ledger } from "../ledger/ledger-schema.js";
import type { RevisionRequest } from "../intake/validate-claim-input.js";
import { recordDecision } from "./record-decision.js";
import { formatMoney, ZERO } from "../money/money.js";
import { sumMoneyStrings } from "../money/sum-money-strings.js";
import { kindOf, type CompiledPolicy } from "../policy/compile-policy.js";
import type { PolicyConditionResults } from "../policy/compile-policy-conditions.js";
import type { RuleHit } from "../rules/compile-rule-set.js";
import type { FactValues } from "../rules/condition-evaluator.js";
import type { CalculationStep } from "../trace/calculation-step-schema.js";
import { reasonsOf } from "../trace/make-reason.js";
import { stepsOf } from "../trace/make-step.js";
import { checkBalance } from "./check-balance.js";
import { checkDigits } from "./check-digits.js";
import { alreadyPaidFlags, citedClauses, describeLines, flagsOf, triggeredRules, wholeClaimLines } from "./decision-parts.js";
import { decisionDeadlines } from "./decision-deadlines.js";
import type { Decision } from "./decision-schema.js";
import { determineCalculatedOutcome, missingDocumentReasons, type Determination } from "./determine-outcome.js";
import { fillRuleMessages, hitReason, type FilledHit } from "./filled-hit.js";

export interface DecideInput {
  readonly claim: Claim;
  readonly policy: CompiledPolicy;
  readonly hits: readonly RuleHit[];
  readonly conditions: PolicyConditionResults;
  /** The claim's facts, to fill the figures into the rules' messages. */
  readonly facts: FactValues;
  /** The claim clocks: the jurisdiction's, with the product's terms applied. */
  readonly profile: JurisdictionProfile;
  readonly missingDocuments: readonly MissingDocument[];
  /** Every coverage's counters as the claim sees them. */
  readonly countersBefore: Counters;
  /** The policy's claim history, and where the claim sits in it. */
  readonly ledger: Ledger;
  readonly place: ClaimPlace;
  /** The claim's record when it was decided before, and why it is decided again. */
  readonly previous: ClaimRecord | undefined;
  readonly revision: RevisionRequest | undefined;
  /** Steps taken before the calculation, e.g. the currency conversion. */
  readonly intakeSteps: readonly CalculationStep[];
  readonly currencyConversion?: Decision["currencyConversion"];
  readonly meta: Decision["meta"];
}

/** A decision before its explanation is written (the explanation stage reads it). */
export type UnexplainedDecision = Decision extends infer Each ? (Each extends Decision ? Omit<Each, "explanation"> : never) : never;

/**
 * How the claim is decided: a deny rule denies it before anything is calculated (asking for documents would be
 * pointless); otherwise missing documents pend it with nothing paid; otherwise every coverage is calculated and
 * the outcome follows from what they made of it (`determineCalculatedOutcome`).
 */
function determine(input: DecideInput, hits: readonly FilledHit[]): Determination {
  const byType = (type: RuleHit["rule"]["event"]["type"]) => hits.filter((hit) => hit.rule.event.type === type);
  const denials = byType("deny");
  const [firstDenial] = denials;
  if (firstDenial !== undefined) return { path: "denied_by_rule", outcome: "denied", reasons: denials.map(hitReason), denial: firstDenial };
  const [firstMissing] = input.missingDocuments;
  if (firstMissing !== undefined) return { path: "pending_documents", outcome: "pending_documents", reasons: missingDocumentReasons(input.missingDocuments, input.policy.source.currency.code), firstMissing };
  const calculated = calculateCoverages({
    claim: input.claim,
    policy: input.policy,
    lineRules: resolveLineRules(hits, input.claim.lines, input.policy),
    conditions: input.conditions,
    countersBefore: input.countersBefore,
    sharedLimitsUsed: sharedLimitsUsed(input.ledger, input.place, input.claim.id, input.policy.source.sharedLimits),
    invoicesAlreadyPaid: invoicesAlreadyPaid(input.ledger, input.claim.id),
    hospitalDaysAlreadyPaid: hospitalDaysAlreadyPaid(input.ledger, input.place.insuredId, input.claim.id),
    earlierStays: countsReadmissions(input.policy) ? earlierStays(input.ledger, input.place.insuredId, input.claim.id) : [],
  });
  return determineCalculatedOutcome(calculated, byType("refer"), input.claim, input.policy);
}

/** Decides a claim from what the earlier stages found, and checks the decision balances to the cent. */
export function decideClaim(input: DecideInput): UnexplainedDecision {
  const { claim, policy } = input;
  const minor = policy.minorUnits;
  const currency = policy.source.currency.code;
  const money = (amount: typeof ZERO) => formatMoney(amount, minor);
  const hits = fillRuleMessages(input.hits, input.facts, currency);
  const determination = determine(input, hits);
  const calculated = determination.path === "calculated" ? determination.calculated : undefined;
  const lines = describeLines(
    determination.path === "denied_by_rule"
      ? wholeClaimLines(claim, "denied", determination.denial.rule.clauseId, minor, determination.denial)
      : determination.path === "pending_documents"
        ? wholeClaimLines(claim, "pending_documents", determination.firstMissing.clauseId, minor)
        : determination.calculated.lines,
    claim,
  );

  // A denial is referred for a person to confirm when the policy says so (PIPL art. 24): nothing is paid meanwhile.
  const humanConfirmationRequired = determination.outcome === "denied" && policy.source.automation.denials === "refer";
  const outcome = humanConfirmationRequired ? "referred" : determination.outcome;
  const firstClause = policy.coverages[0]?.clauseId as string;
  const reasons = humanConfirmationRequired
    ? [reasonsOf(GENERAL_REASONS, currency)("HUMAN_CONFIRMATION_REQUIRED", determination.reasons[0]?.clauseId ?? firstClause, {}), ...determination.reasons]
    : [...determination.reasons];

  const calculation: CalculationStep[] = [...input.intakeSteps];
  if (calculated !== undefined) {
    const assessed = calculated.coverages.filter((coverage) => coverage.status !== "not_applicable");
    calculation.push(
      ...calculated.steps,
      stepsOf(GENERAL_STEPS, currency)("claim_payable", {}, {
        inputs: Object.fromEntries(assessed.map((coverage) => [coverage.coverageId, coverage.payable])),
        result: money(calculated.payable),
        // The insuring clause of the first coverage that pays, else of the first that answers for the claim.
        clauseId: (calculated.coverages.find((coverage) => coverage.status === "paid") ?? assessed[0] ?? calculated.coverages[0])?.clauseId ?? firstClause,
      }),
    );
  }

  const rules = triggeredRules(hits, policy);
  const payable = calculated?.payable ?? ZERO;
  // A denied or pending claim, or a denial awaiting a person, leaves the counters as they were.
  const countersAfter = calculated !== undefined && determination.outcome !== "denied" ? calculated.countersAfter : input.countersBefore;
  const { ledgerAfter, revision } = recordDecision({
    claim,
    claimHash: input.meta.claimHash,
    decisionId: input.meta.decisionId,
    asOf: input.meta.asOf,
    outcome,
    place: input.place,
    payable,
    lines,
    reasons,
    countersBefore: input.countersBefore,
    countersAfter,
    hospitalDaysPaid: calculated !== undefined && determination.outcome !== "denied" ? calculated.hospitalDaysPaid : {},
    recordStay: countsReadmissions(input.policy),
    ledger: input.ledger,
    previous: input.previous,
    request: input.revision,
    minorUnits: minor,
  });
  const decision = {
    claimId: claim.id,
    policyId: policy.source.id,
    insuredId: input.place.insuredId,
    incidentId: input.place.incidentId,
    policyYear: input.place.policyYear,
    revision,
    outcome,
    currency,
    ...(input.currencyConversion !== undefined ? { currencyConversion: input.currencyConversion } : {}),
    billed: sumMoneyStrings(claim.lines.map((line) => line.amount), minor),
    payable: money(payable),
    reasons,
    lines,
    benefits: calculated?.benefits ?? [],
    coverages: calculated?.coverages ?? [],
    // 豁免保险费: stated when the payout that grants it stands (a denial leaves the counters, and the premiums, as they were).
    ...(calculated?.premiumWaiver !== undefined && determination.outcome !== "denied" ? { premiumWaiver: calculated.premiumWaiver } : {}),
    triggeredRules: rules,
    missingDocuments: [...input.missingDocuments],
    flags: [...flagsOf(hits), ...(calculated?.duplicates ?? []).map((duplicate) => ({ clauseId: duplicate.reason.clauseId, reasonCode: duplicate.reason.code, severity: "high" as const, message: duplicate.reason.message, lineId: duplicate.lineId })), ...alreadyPaidFlags(reasons)],
    calculation,
    clauses: citedClauses(policy, { reasons, triggeredRules: rules, lines, calculated, missingDocuments: input.missingDocuments }),
    deadlines: decisionDeadlines(claim, policy.source, outcome, input.missingDocuments.length > 0, input.meta.asOf, input.profile),
    counters: { before: input.countersBefore, after: countersAfter },
    accumulatorsAfter: ledgerAfter,
    automation: {
      automated: true as const,
      significant: outcome === "denied" || outcome === "partially_approved" || humanConfirmationRequired,
      humanConfirmationRequired,
    },
    meta: input.meta,
  } as UnexplainedDecision; // the coverage kinds in it are the policy's, which the policy schema checked
  checkBalance(decision);
  checkDigits(decision, ledgerMoneyFields(policy.kinds));
  return decision;
}

/** Whether a coverage of the policy needs the earlier stays (its kind says so): the ledger then keeps each claim's stay. */
function countsReadmissions(policy: CompiledPolicy): boolean {
  // It depends on the compiled policy alone: asked once per policy, not twice per claim.
  let counts = READMISSIONS_COUNTED.get(policy);
  if (counts === undefined) {
    counts = policy.coverages.some((coverage) => kindOf(policy, coverage).keepsStays?.(coverage.source) === true);
    READMISSIONS_COUNTED.set(policy, counts);
  }
  return counts;
}

const READMISSIONS_COUNTED = new WeakMap<CompiledPolicy, boolean>();
