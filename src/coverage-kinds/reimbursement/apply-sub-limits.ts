import { formatMoney, minMoney, toMoney, type Money } from "../../money/money.js";
import type { CoverageAccumulator } from "../../ledger/accumulators-schema.js";
import type { CalculationStep } from "../../decision/decision-schema.js";
import type { CompiledReimbursementCoverage } from "../../policy/compile-policy.js";
import { capInOrder, remainingTotal, type WorkingLine } from "./working-line.js";

export interface SubLimitsInput {
  readonly coverage: CompiledReimbursementCoverage;
  /** The coverage's lines in consumption order (service date, line id). */
  readonly ordered: readonly WorkingLine[];
  readonly accumulator: CoverageAccumulator;
  readonly minorUnits: number;
  readonly defaultClauseId: string;
}

/** The groups of lines that share one allowance of a sub-limit, with the allowance each group has. */
function groupsOf(subLimit: CompiledReimbursementCoverage["subLimits"][number], lines: readonly WorkingLine[], accumulator: CoverageAccumulator): { key: string; lines: WorkingLine[]; allowance: Money }[] {
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
      const used = toMoney(accumulator.subLimitsUsed[subLimit.id] ?? "0");
      return { key, lines: members, allowance: subLimit.cap.minus(minMoney(used, subLimit.cap)) };
    }
    return { key, lines: members, allowance: subLimit.cap };
  });
}

/**
 * Applies each sub-limit of the coverage, in the policy's order, after the ratio: the lines of its categories share
 * its amount per unit (times each line's quantity), per service day, per visit, per claim, or per policy year
 * (less what the ledger says was paid under it). Lines use an allowance in consumption order.
 */
export function applySubLimits(input: SubLimitsInput): { steps: CalculationStep[] } {
  const { coverage, minorUnits } = input;
  const money = (amount: Money) => formatMoney(amount, minorUnits);
  const steps: CalculationStep[] = [];
  for (const subLimit of coverage.subLimits) {
    const lines = input.ordered.filter((entry) => subLimit.categorySet.has(entry.line.category));
    if (lines.length === 0) continue;
    const clauseId = subLimit.clauseId ?? input.defaultClauseId;
    const before = remainingTotal(lines);
    const groups = groupsOf(subLimit, lines, input.accumulator);
    for (const group of groups) capInOrder(group.lines, group.allowance, "sub_limit", clauseId, minorUnits, { coverageId: coverage.id, reasonCode: "SUB_LIMIT" });
    steps.push({
      step: "sub_limit",
      description: { en: `Sub-limit ${subLimit.id}: ${money(subLimit.cap)} per ${subLimit.per} for ${subLimit.categories.join(", ")}`, zh: `分项限额 ${subLimit.id}：${subLimit.categories.join("、")} 每${PER_ZH[subLimit.per]} ${money(subLimit.cap)}` },
      inputs: {
        subLimit: subLimit.id,
        amount: money(subLimit.cap),
        per: subLimit.per,
        ...(subLimit.per === "year" ? { usedBefore: money(toMoney(input.accumulator.subLimitsUsed[subLimit.id] ?? "0")) } : {}),
        amountBefore: money(before),
      },
      result: money(remainingTotal(lines)),
      clauseId,
    });
  }
  return { steps };
}

const PER_ZH: Record<CompiledReimbursementCoverage["subLimits"][number]["per"], string> = { unit: "单位", day: "日", visit: "次就诊", claim: "次理赔", year: "保单年度" };


