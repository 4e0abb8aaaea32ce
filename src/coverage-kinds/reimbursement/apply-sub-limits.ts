import { formatMoney, minMoney, toMoney, type Money } from "../../money/money.js";
import type { CalculationStep } from "../../trace/calculation-step-schema.js";
import { stepsOf } from "../../trace/make-step.js";
import type { CompiledReimbursementCoverage } from "./compile-reimbursement-coverage.js";
import { REIMBURSEMENT_STEPS, termName } from "./reimbursement-steps.js";
import { capInOrder, remainingTotal, type WorkingLine } from "./working-line.js";
import { ownEntry } from "../../values/own-entry.js";

export interface SubLimitsInput {
  readonly coverage: CompiledReimbursementCoverage;
  /** The coverage's lines in consumption order (service date, line id). */
  readonly ordered: readonly WorkingLine[];
  /** What each per-year sub-limit has paid before this claim (ledger). */
  readonly subLimitsUsed: Readonly<Record<string, string>>;
  readonly minorUnits: number;
  readonly currency: string;
  readonly defaultClauseId: string;
}

type CompiledSubLimit = CompiledReimbursementCoverage["subLimits"][number];

/** The groups of lines that share one allowance of a sub-limit, with the allowance each group has. */
function groupsOf(subLimit: CompiledSubLimit, lines: readonly WorkingLine[], subLimitsUsed: Readonly<Record<string, string>>): { key: string; lines: WorkingLine[]; allowance: Money }[] {
  const grouped = new Map<string, WorkingLine[]>();
  for (const entry of lines) {
    const key = subLimit.per === "day" ? entry.line.serviceDate : subLimit.per === "visit" ? (entry.line.visitId ?? entry.line.serviceDate) : subLimit.per === "unit" ? entry.line.id : "all";
    const members = grouped.get(key);
    if (members === undefined) grouped.set(key, [entry]);
    else members.push(entry);
  }
  return [...grouped].map(([key, members]) => {
    if (subLimit.per === "unit") return { key, lines: members, allowance: subLimit.cap.times(members[0]?.line.quantity ?? 1) };
    if (subLimit.per === "year") {
      const used = toMoney(ownEntry(subLimitsUsed, subLimit.id) ?? "0");
      return { key, lines: members, allowance: subLimit.cap.minus(minMoney(used, subLimit.cap)) };
    }
    return { key, lines: members, allowance: subLimit.cap };
  });
}

const PER_WORDS: Readonly<Record<CompiledSubLimit["per"], { en: string; zh: string }>> = {
  unit: { en: "unit", zh: "单位" },
  day: { en: "day", zh: "日" },
  visit: { en: "visit", zh: "次就诊" },
  claim: { en: "claim", zh: "次理赔" },
  year: { en: "year", zh: "保单年度" },
};

/**
 * Applies each sub-limit of the coverage, in the policy's order, after the ratio: the lines of its categories share
 * its amount per unit (times each line's quantity), per service day, per visit, per claim, or per policy year
 * (less what the ledger says was paid under it). Lines use an allowance in consumption order.
 */
export function applySubLimits(input: SubLimitsInput): CalculationStep[] {
  const { coverage, minorUnits } = input;
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const makeStep = stepsOf(REIMBURSEMENT_STEPS, input.currency);
  const steps: CalculationStep[] = [];
  for (const subLimit of coverage.subLimits) {
    const lines = input.ordered.filter((entry) => subLimit.categorySet.has(entry.line.category));
    if (lines.length === 0) continue;
    const clauseId = subLimit.clauseId ?? input.defaultClauseId;
    const before = remainingTotal(lines);
    for (const group of groupsOf(subLimit, lines, input.subLimitsUsed)) capInOrder(group.lines, group.allowance, "sub_limit", clauseId, minorUnits, { coverageId: coverage.id });
    steps.push(
      makeStep("sub_limit", { subLimit: termName(subLimit), amount: money(subLimit.cap), per: PER_WORDS[subLimit.per] }, {
        coverageId: coverage.id,
        inputs: {
          subLimit: subLimit.id,
          amount: money(subLimit.cap),
          per: subLimit.per,
          ...(subLimit.per === "year" ? { usedBefore: money(toMoney(ownEntry(input.subLimitsUsed, subLimit.id) ?? "0")) } : {}),
          amountBefore: money(before),
        },
        result: money(remainingTotal(lines)),
        clauseId,
      }),
    );
  }
  return steps;
}
