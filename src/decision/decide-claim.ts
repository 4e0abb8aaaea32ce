import { formatMoney, sumMoney, toMoney, ZERO } from "../money/money.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import type { PolicyConditionResults } from "../policy/compile-policy-conditions.js";
import { makeAdjustment } from "../trace/make-adjustment.js";
import type { RuleHit } from "../rules/compile-rule-set.js";
import type { Accumulators } from "../ledger/accumulators-schema.js";
import type { Claim } from "../claim/claim-schema.js";
import type { CalculationStep, Decision, DecisionLine, MissingDocument, Outcome, Reason, TriggeredRule } from "./decision-schema.js";
import { libraryReason } from "../trace/library-reason.js";
import { ruleMessage } from "../explanation/rule-message.js";
import type { FactValues } from "../rules/condition-evaluator.js";
import { computeClaimDeadlines } from "../deadlines/compute-claim-deadlines.js";
import type { JurisdictionProfile } from "../deadlines/jurisdiction-profile-schema.js";
import { renderExplanation } from "../explanation/render-explanation.js";
import { calculateCoverages } from "../coverages/calculate-coverages.js";
import { checkBalance } from "./check-balance.js";

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
  /** One entry per coverage of the policy. */
  readonly accumulatorsBefore: Accumulators;
  /** Steps taken before the calculation, e.g. the currency conversion. */
  readonly intakeSteps: readonly CalculationStep[];
  readonly currencyConversion?: Decision["currencyConversion"];
  readonly meta: Decision["meta"];
}


/**
 * Precedence of outcomes: a deny rule denies (asking for documents would be pointless); otherwise missing documents
 * pend the claim with nothing paid; otherwise every coverage is calculated, and a refer rule or a referral of the
 * calculation holds the claim for a person; otherwise a claim that pays nothing because of refusals or reductions,
 * or that no coverage answers for, is denied with those reasons; otherwise reductions make it partial.
 */
export function decideClaim(input: DecideInput): Decision {
  const { claim, policy } = input;
  const minor = policy.minorUnits;
  const currency = policy.source.currency.code;
  // Each rule's message with the claim's figures filled in, once for every use below.
  const hits = input.hits.map((hit) => {
    const filled = ruleMessage(hit.rule.event.message, input.facts, currency);
    return { ...hit, rule: { ...hit.rule, event: { ...hit.rule.event, message: filled.message } }, params: filled.params };
  });
  const hitReason = (hit: (typeof hits)[number]): Reason => ({
    code: hit.rule.event.reasonCode,
    clauseId: hit.rule.clauseId,
    ruleId: hit.rule.id,
    ...(hit.lineId !== undefined ? { lineId: hit.lineId } : {}),
    ...(Object.keys(hit.params).length > 0 ? { params: hit.params } : {}),
    message: hit.rule.event.message,
  });
  const money = (amount: typeof ZERO) => formatMoney(amount, minor);
  const billed = sumMoney(claim.lines.map((line) => toMoney(line.amount)));
  const byType = (type: RuleHit["rule"]["event"]["type"]) => hits.filter((hit) => hit.rule.event.type === type);
  const denials = byType("deny");

  const wholeLines = (kind: "denied" | "pending_documents", clauseId: string, rule?: { ruleId: string; reasonCode: string; message: Reason["message"] }): DecisionLine[] =>
    claim.lines.map((line) => {
      const adjustment = makeAdjustment(kind, line.amount, clauseId, rule);
      return {
        lineId: line.id,
        category: line.category,
        billed: line.amount,
        eligible: money(ZERO),
        payable: money(ZERO),
        adjustments: toMoney(line.amount).isZero() ? [] : [adjustment],
        reasons: [adjustment.reasonCode],
      };
    });

  let outcome: Outcome;
  let reasons: Reason[];
  let calculated: ReturnType<typeof calculateCoverages> | undefined;
  let lines: DecisionLine[];
  const firstDenial = denials[0];
  const firstMissing = input.missingDocuments[0];
  if (firstDenial !== undefined) {
    outcome = "denied";
    reasons = denials.map(hitReason);
    lines = wholeLines("denied", firstDenial.rule.clauseId, { ruleId: firstDenial.rule.id, reasonCode: firstDenial.rule.event.reasonCode, message: firstDenial.rule.event.message });
  } else if (firstMissing !== undefined) {
    outcome = "pending_documents";
    reasons = input.missingDocuments.map((document) => ({
      code: document.problem === "copy_only" ? "DOCUMENT_ORIGINAL_REQUIRED" : "DOCUMENT_MISSING",
      clauseId: document.clauseId,
      ...(document.ruleId !== undefined ? { ruleId: document.ruleId } : {}),
      params: { documentType: document.documentType, ...(document.documentId !== undefined ? { documentId: document.documentId } : {}) },
      message: {
        en: libraryReason({ code: document.problem === "copy_only" ? "DOCUMENT_ORIGINAL_REQUIRED" : "DOCUMENT_MISSING", clauseId: document.clauseId, params: { document: document.description.en } }, currency).message.en,
        zh: libraryReason({ code: document.problem === "copy_only" ? "DOCUMENT_ORIGINAL_REQUIRED" : "DOCUMENT_MISSING", clauseId: document.clauseId, params: { document: document.description.zh } }, currency).message.zh,
      },
    }));
    lines = wholeLines("pending_documents", firstMissing.clauseId);
  } else {
    calculated = calculateCoverages({ claim, policy, hits, conditions: input.conditions, accumulatorsBefore: input.accumulatorsBefore });
    lines = calculated.lines;
    const referrals = [...byType("refer").map(hitReason), ...calculated.referrals];
    if (referrals.length > 0) {
      outcome = "referred";
      reasons = [...referrals, ...calculated.reductions];
    } else if (calculated.payable.isZero() && (calculated.reductions.length > 0 || !calculated.anyCoverageApplies)) {
      outcome = "denied";
      // The insuring clause of the first coverage that answers for this kind of incident, else the policy's first.
      const insuring = (policy.coverages.find((coverage) => coverage.source.incidentTypes.includes(claim.incident.type)) ?? policy.coverages[0])?.clauseId as string;
      reasons = calculated.reductions.length > 0 ? calculated.reductions : [libraryReason({ code: "NO_COVERED_BENEFIT", clauseId: insuring }, currency)];
    } else {
      outcome = calculated.reductions.length > 0 ? "partially_approved" : "approved";
      reasons = calculated.reductions;
    }
  }

  const descriptions = new Map(claim.lines.map((line) => [line.id, line.description]));
  lines = lines.map((line) => {
    const description = descriptions.get(line.lineId);
    if (description === undefined) return line;
    const { lineId, category, ...rest } = line;
    return { lineId, category, description, ...rest };
  });

  // A denial is referred for a person to confirm when the policy says so (PIPL art. 24): nothing is paid meanwhile.
  const humanConfirmationRequired = outcome === "denied" && policy.source.automation.denials === "refer";
  if (humanConfirmationRequired) {
    outcome = "referred";
    reasons = [libraryReason({ code: "HUMAN_CONFIRMATION_REQUIRED", clauseId: reasons[0]?.clauseId ?? (policy.coverages[0]?.clauseId as string) }, currency), ...reasons];
  }

  const calculation: CalculationStep[] = [...input.intakeSteps];
  if (calculated !== undefined) {
    calculation.push(...calculated.steps, {
      step: "claim_payable",
      description: { en: "Payable for the claim, all coverages", zh: "本次理赔应赔金额（全部保障责任）" },
      inputs: Object.fromEntries(calculated.coverages.filter((coverage) => coverage.status !== "not_applicable").map((coverage) => [coverage.coverageId, coverage.payable])),
      result: money(calculated.payable),
      // The insuring clause of the first coverage that pays, else of the first that answers for the claim.
      clauseId: (calculated.coverages.find((coverage) => coverage.status === "paid") ?? calculated.coverages.find((coverage) => coverage.status !== "not_applicable") ?? calculated.coverages[0])?.clauseId ?? (policy.coverages[0]?.clauseId as string),
    });
  }

  // An automated determination agrees the amount on the day it is made; a person's later agreement is the caller's.
  const asOf = input.meta.asOf;
  const determined = outcome === "approved" || outcome === "partially_approved" || outcome === "denied";
  const documentsCompleteOn = input.missingDocuments.length > 0 ? undefined : (claim.documentsCompleteOn ?? claim.submittedOn);
  const deadlines = computeClaimDeadlines(
    {
      productLine: policy.source.productLine,
      incidentOn: claim.incident.date,
      ...(claim.incident.knownOn !== undefined ? { knownOn: claim.incident.knownOn } : {}),
      reportedOn: claim.reportedOn,
      submittedOn: claim.submittedOn,
      ...(documentsCompleteOn !== undefined ? { documentsCompleteOn } : {}),
      complex: claim.complex ?? outcome === "referred",
      outcome,
      ...(determined ? { determinedOn: asOf, ...(outcome !== "denied" ? { amountAgreedOn: asOf } : {}) } : {}),
    },
    input.profile,
  );

  const triggeredRules: TriggeredRule[] = hits.map((hit) => {
    const clause = policy.clauses.get(hit.rule.clauseId);
    return {
      ruleId: hit.rule.id,
      clauseId: hit.rule.clauseId,
      clauseTitle: clause?.title ?? { en: hit.rule.clauseId, zh: hit.rule.clauseId },
      clauseText: clause?.text ?? { en: "", zh: "" },
      eventType: hit.rule.event.type,
      reasonCode: hit.rule.event.reasonCode,
      message: hit.rule.event.message,
      priority: hit.rule.priority,
      ...(hit.lineId !== undefined ? { lineId: hit.lineId } : {}),
      evidence: hit.evidence.map((item) => ({ ...item })),
    };
  });

  const cited = new Set([
    ...reasons.map((reason) => reason.clauseId),
    ...triggeredRules.map((rule) => rule.clauseId),
    ...lines.flatMap((line) => line.adjustments.map((adjustment) => adjustment.clauseId)),
    ...(calculated?.benefits ?? []).flatMap((benefit) => [benefit.clauseId, ...benefit.adjustments.map((adjustment) => adjustment.clauseId)]),
    ...(calculated?.coverages ?? []).filter((coverage) => coverage.status !== "not_applicable").map((coverage) => coverage.clauseId),
    ...input.missingDocuments.map((document) => document.clauseId),
  ]);
  const clauses = policy.source.clauses.filter((clause) => cited.has(clause.id)).map(({ id, title, text }) => ({ id, title, text }));

  const decision: Omit<Decision, "explanation"> = {
    claimId: claim.id,
    policyId: policy.source.id,
    outcome,
    currency: policy.source.currency.code,
    ...(input.currencyConversion !== undefined ? { currencyConversion: input.currencyConversion } : {}),
    billed: money(billed),
    payable: money(calculated?.payable ?? ZERO),
    reasons,
    lines,
    benefits: calculated?.benefits ?? [],
    coverages: calculated?.coverages ?? [],
    triggeredRules,
    missingDocuments: [...input.missingDocuments],
    flags: byType("flag").map((hit) => ({
      ruleId: hit.rule.id,
      clauseId: hit.rule.clauseId,
      reasonCode: hit.rule.event.reasonCode,
      severity: hit.rule.event.severity ?? "medium",
      message: hit.rule.event.message,
      ...(hit.lineId !== undefined ? { lineId: hit.lineId } : {}),
    })),
    calculation,
    clauses,
    deadlines,
    accumulatorsBefore: input.accumulatorsBefore,
    // A denied or pending claim, or a denial awaiting a person, leaves the ledger as it was.
    accumulatorsAfter: calculated !== undefined && outcome !== "denied" && !humanConfirmationRequired ? calculated.accumulatorsAfter : input.accumulatorsBefore,
    automation: {
      automated: true,
      significant: outcome === "denied" || outcome === "partially_approved" || humanConfirmationRequired,
      humanConfirmationRequired,
    },
    meta: input.meta,
  };
  checkBalance(decision);
  return { ...decision, explanation: renderExplanation(decision, policy) };
}
