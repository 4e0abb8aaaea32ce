import { formatMoney, sumMoney, toMoney, ZERO, type Money } from "../money/money.js";
import type { CompiledPolicy, CompiledReimbursementCoverage } from "../policies/compile-policy.js";
import { calculateReimbursement, makeAdjustment, REDUCING_ADJUSTMENTS, type LineExclusion } from "../policies/calculate-reimbursement.js";
import type { RuleHit } from "../rules/compile-rule-set.js";
import type { Accumulators } from "../schemas/accumulators-schema.js";
import type { BillLine, Claim } from "../schemas/claim-schema.js";
import type { CalculationStep, Decision, DecisionLine, MissingDocument, Outcome, Reason, TriggeredRule } from "../schemas/decision-schema.js";
import { BUILTIN_REASON_MESSAGES } from "../explanation/builtin-reasons.js";
import { renderExplanation } from "../explanation/render-explanation.js";

export interface DecideInput {
  readonly claim: Claim;
  readonly policy: CompiledPolicy;
  readonly hits: readonly RuleHit[];
  readonly missingDocuments: readonly MissingDocument[];
  readonly accumulatorsBefore: Accumulators;
  readonly meta: Decision["meta"];
}

/** The coverage that pays a line: the first whose eligible categories list it, else the first coverage. */
function coverageFor(line: BillLine, coverages: readonly CompiledReimbursementCoverage[]): CompiledReimbursementCoverage {
  return coverages.find((coverage) => coverage.eligibleCategories.has(line.category)) ?? (coverages[0] as CompiledReimbursementCoverage);
}

function hitReason(hit: RuleHit): Reason {
  return {
    code: hit.rule.event.reasonCode,
    clauseId: hit.rule.clauseId,
    ruleId: hit.rule.id,
    ...(hit.lineId !== undefined ? { lineId: hit.lineId } : {}),
    message: hit.rule.event.message,
  };
}

function builtinMessage(code: string) {
  return BUILTIN_REASON_MESSAGES[code] ?? { en: code, zh: code };
}

/**
 * Precedence of outcomes: a deny rule denies (asking for documents would be pointless); otherwise missing
 * documents pend the claim with nothing paid; otherwise the claim is calculated, and a refer rule holds
 * it for manual review; otherwise reductions make it partial, and a claim whose every line was excluded
 * is denied with those reasons.
 */
export function decideClaim(input: DecideInput): Decision {
  const { claim, policy, hits } = input;
  const minor = policy.minorUnits;
  const money = (amount: Money) => formatMoney(amount, minor);
  const billed = sumMoney(claim.lines.map((line) => toMoney(line.amount)));
  const byType = (type: RuleHit["rule"]["event"]["type"]) => hits.filter((hit) => hit.rule.event.type === type);
  const denials = byType("deny");
  const referrals = byType("refer");

  let outcome: Outcome;
  let lines: DecisionLine[];
  let payable: Money = ZERO;
  let reasons: Reason[];
  let calculation: CalculationStep[] = [];
  let accumulatorsAfter: Accumulators = input.accumulatorsBefore;

  const wholeLines = (kind: "denied" | "pending_documents", clauseId: string, rule?: { ruleId: string; reasonCode: string }): DecisionLine[] =>
    claim.lines.map((line) => {
      const coverage = coverageFor(line, policy.coverages);
      const adjustment = makeAdjustment(kind, money(toMoney(line.amount)), clauseId, rule);
      return {
        lineId: line.id,
        category: line.category,
        coverageId: coverage.id,
        billed: money(toMoney(line.amount)),
        eligible: money(ZERO),
        payable: money(ZERO),
        adjustments: adjustment.amount === money(ZERO) ? [] : [adjustment],
        reasons: [adjustment.reasonCode],
      };
    });

  const firstDenial = denials[0];
  const firstMissing = input.missingDocuments[0];
  if (firstDenial !== undefined) {
    outcome = "denied";
    reasons = denials.map(hitReason);
    lines = wholeLines("denied", firstDenial.rule.clauseId, { ruleId: firstDenial.rule.id, reasonCode: firstDenial.rule.event.reasonCode });
  } else if (firstMissing !== undefined) {
    outcome = "pending_documents";
    reasons = input.missingDocuments.map((document) => {
      const code = document.problem === "copy_only" ? "DOCUMENT_ORIGINAL_REQUIRED" : "DOCUMENT_MISSING";
      return {
        code,
        clauseId: document.clauseId,
        ...(document.ruleId !== undefined ? { ruleId: document.ruleId } : {}),
        message: document.description,
      };
    });
    lines = wholeLines("pending_documents", firstMissing.clauseId);
  } else {
    const exclusions = new Map<string, LineExclusion>();
    for (const hit of byType("exclude_item")) {
      if (hit.lineId !== undefined && !exclusions.has(hit.lineId)) {
        exclusions.set(hit.lineId, { ruleId: hit.rule.id, clauseId: hit.rule.clauseId, reasonCode: hit.rule.event.reasonCode });
      }
    }
    const calculated = new Map<string, DecisionLine>();
    const coverageAccumulators = { ...input.accumulatorsBefore.coverages };
    for (const coverage of policy.coverages) {
      const coverageLines = claim.lines.filter((line) => coverageFor(line, policy.coverages) === coverage);
      if (coverageLines.length === 0) continue;
      const result = calculateReimbursement({
        coverage,
        lines: coverageLines,
        exclusions,
        socialInsurance: claim.socialInsurance,
        accumulator: input.accumulatorsBefore.coverages[coverage.id] ?? { deductibleUsed: money(ZERO), paid: money(ZERO) },
        minorUnits: minor,
        rounding: policy.rounding,
      });
      for (const line of result.lines) calculated.set(line.lineId, line);
      calculation = [...calculation, ...result.steps];
      payable = payable.plus(result.payable);
      coverageAccumulators[coverage.id] = result.accumulatorAfter;
    }
    lines = claim.lines.map((line) => calculated.get(line.id) as DecisionLine);
    accumulatorsAfter = { coverages: coverageAccumulators };
    const exclusionHits = new Map(byType("exclude_item").map((hit) => [`${hit.rule.id}\u0000${hit.lineId ?? ""}`, hit]));
    const reductions: Reason[] = lines.flatMap((line) =>
      line.adjustments
        .filter((adjustment) => REDUCING_ADJUSTMENTS.has(adjustment.kind))
        .map((adjustment) => {
          const hit = adjustment.ruleId === undefined ? undefined : exclusionHits.get(`${adjustment.ruleId}\u0000${line.lineId}`);
          return hit !== undefined
            ? hitReason(hit)
            : { code: adjustment.reasonCode, clauseId: adjustment.clauseId, lineId: line.lineId, message: builtinMessage(adjustment.reasonCode) };
        }),
    );
    if (referrals.length > 0) {
      outcome = "referred";
      reasons = [...referrals.map(hitReason), ...reductions];
    } else if (reductions.length > 0 && payable.isZero() && lines.every((line) => line.eligible === money(ZERO))) {
      outcome = "denied";
      reasons = reductions;
    } else {
      outcome = reductions.length > 0 ? "partially_approved" : "approved";
      reasons = reductions;
    }
    const coverageIds = [...new Set(lines.map((line) => line.coverageId))];
    calculation.push({
      step: "claim_payable",
      description: { en: "Payable for the claim, all coverages", zh: "本次理赔应赔金额（全部保障责任）" },
      inputs: Object.fromEntries(
        coverageIds.map((id) => [id, money(sumMoney(lines.filter((line) => line.coverageId === id).map((line) => toMoney(line.payable))))]),
      ),
      result: money(payable),
      clauseId: coverageFor(claim.lines[0] as BillLine, policy.coverages).clauseId,
    });
  }

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

  const decision: Omit<Decision, "explanation"> = {
    claimId: claim.id,
    policyId: policy.source.id,
    outcome,
    currency: policy.source.currency.code,
    billed: money(billed),
    payable: money(payable),
    reasons,
    lines,
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
    accumulatorsBefore: input.accumulatorsBefore,
    accumulatorsAfter,
    meta: input.meta,
  };
  return { ...decision, explanation: renderExplanation(decision, policy) };
}
