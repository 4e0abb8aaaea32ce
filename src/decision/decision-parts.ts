import type { Claim } from "../claim/claim-schema.js";
import type { MissingDocument } from "../completeness/missing-document-schema.js";
import type { CoverageCalculation } from "../coverages/calculate-coverages.js";
import { formatMoney, toMoney, ZERO } from "../money/money.js";
import type { CompiledPolicy } from "../policy/compile-policy.js";
import type { DecisionLine } from "../trace/decision-line-schema.js";
import { makeAdjustment } from "../trace/make-adjustment.js";
import type { Reason } from "../trace/reason-schema.js";
import type { Flag, TriggeredRule } from "./decision-schema.js";
import type { FilledHit } from "./filled-hit.js";

/** Every line of a claim that was not assessed (denied by a rule, or pending documents), taken off in full. */
export function wholeClaimLines(claim: Claim, kind: "denied" | "pending_documents", clauseId: string, minorUnits: number, rule?: FilledHit): DecisionLine[] {
  const zero = formatMoney(ZERO, minorUnits);
  return claim.lines.map((line) => {
    const adjustment = makeAdjustment(kind, line.amount, clauseId, rule === undefined ? {} : { ruleId: rule.rule.id, reason: { code: rule.rule.event.reasonCode, message: rule.rule.event.message } });
    return { lineId: line.id, category: line.category, billed: line.amount, eligible: zero, payable: zero, adjustments: toMoney(line.amount).isZero() ? [] : [adjustment], reasons: [adjustment.reasonCode] };
  });
}

/** The lines with the claim's own description of each, where it gave one. */
export function describeLines(lines: readonly DecisionLine[], claim: Claim): DecisionLine[] {
  const descriptions = new Map(claim.lines.map((line) => [line.id, line.description]));
  return lines.map((line) => {
    const description = descriptions.get(line.lineId);
    if (description === undefined) return line;
    const { lineId, category, ...rest } = line;
    return { lineId, category, description, ...rest };
  });
}

/** Every rule that fired, with the clause it enforces (title and wording) and its evidence. */
export function triggeredRules(hits: readonly FilledHit[], policy: CompiledPolicy): TriggeredRule[] {
  return hits.map((hit) => {
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
}

/** The `flag` rules that fired, for risk review. */
export function flagsOf(hits: readonly FilledHit[]): Flag[] {
  return hits.flatMap((hit) => {
    const { event } = hit.rule;
    if (event.type !== "flag") return [];
    return [{ ruleId: hit.rule.id, clauseId: hit.rule.clauseId, reasonCode: event.reasonCode, severity: event.severity ?? "medium", message: event.message, ...(hit.lineId !== undefined ? { lineId: hit.lineId } : {}) }];
  });
}

/**
 * The library's refusals of what the history shows was already paid besides an invoice (a flight, a condition or a
 * group of conditions, hospital days): each is flagged for review as a duplicate invoice is (issue 10: refused,
 * naming the claim it was paid on, and flagged).
 */
export const ALREADY_PAID_REASON_CODES: ReadonlySet<string> = new Set(["FLIGHT_ALREADY_PAID", "CONDITION_ALREADY_PAID", "CONDITION_PAID_BEFORE_LEDGER", "GROUP_ALREADY_PAID", "DAYS_ALREADY_PAID"]);

/** A high-severity flag for each reason refusing what was already paid on an earlier claim (see `ALREADY_PAID_REASON_CODES`). */
export function alreadyPaidFlags(reasons: readonly Reason[]): Flag[] {
  return reasons
    .filter((reason) => ALREADY_PAID_REASON_CODES.has(reason.code))
    .map((reason) => ({ clauseId: reason.clauseId, reasonCode: reason.code, severity: "high" as const, message: reason.message, ...(reason.lineId !== undefined ? { lineId: reason.lineId } : {}) }));
}

/** The wording of every clause the decision cites, in the policy's order. */
export function citedClauses(
  policy: CompiledPolicy,
  parts: { reasons: readonly Reason[]; triggeredRules: readonly TriggeredRule[]; lines: readonly DecisionLine[]; calculated: CoverageCalculation | undefined; missingDocuments: readonly MissingDocument[] },
) {
  // Added straight to the set, in the order the parts were listed (the set's order plays no part in the result).
  const cited = new Set<string>();
  for (const reason of parts.reasons) cited.add(reason.clauseId);
  for (const rule of parts.triggeredRules) cited.add(rule.clauseId);
  for (const line of parts.lines) for (const adjustment of line.adjustments) cited.add(adjustment.clauseId);
  for (const benefit of parts.calculated?.benefits ?? []) {
    cited.add(benefit.clauseId);
    for (const adjustment of benefit.adjustments) cited.add(adjustment.clauseId);
  }
  for (const coverage of parts.calculated?.coverages ?? []) if (coverage.status !== "not_applicable") cited.add(coverage.clauseId);
  for (const document of parts.missingDocuments) cited.add(document.clauseId);
  return policy.source.clauses.filter((clause) => cited.has(clause.id)).map(({ id, title, text }) => ({ id, title, text }));
}
