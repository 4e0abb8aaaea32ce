import { ADJUSTMENT_KINDS } from "../codes/adjustment-kinds.js";
import { GENERAL_STEPS } from "../codes/general-steps.js";
import { formatMoney, toMoney, type Money } from "../money/money.js";
import type { CalculationStep } from "../trace/calculation-step-schema.js";
import type { DecisionBenefit } from "../trace/decision-benefit-schema.js";
import { stepsOf } from "../trace/make-step.js";
import type { LocalizedText } from "../values/primitives.js";

type Adjustment = DecisionBenefit["adjustments"][number];

/** An adjustment kind's short name, as the claimant's breakdown and the explanation call it. */
function labelOf(adjustment: Adjustment): LocalizedText {
  const { label } = ADJUSTMENT_KINDS[adjustment.kind];
  return { en: label.en, zh: label.zh };
}

/**
 * The calculation steps of a benefit's adjustments, one per adjustment in the order they were taken: "Accidental
 * death benefit: less CNY 400,000.00 already paid under the policy", its result what is left after it, its clause the
 * adjustment's. The benefit's own step ends at `from` (its gross, or what its formula already left out), so that each
 * step's result is what its words say, and the last one the benefit's payable.
 */
export function benefitAdjustmentSteps(
  benefit: DecisionBenefit,
  adjustments: readonly Adjustment[],
  from: Money,
  name: LocalizedText,
  minorUnits: number,
  currency: string,
): CalculationStep[] {
  const step = stepsOf(GENERAL_STEPS, currency);
  let left = from;
  return adjustments.map((adjustment) => {
    const before = left;
    left = left.minus(toMoney(adjustment.amount));
    return step(
      "benefit_adjustment",
      { benefit: name, amount: adjustment.amount, adjustment: labelOf(adjustment) },
      {
        coverageId: benefit.coverageId,
        inputs: { adjustment: adjustment.kind, amountBefore: formatMoney(before, minorUnits), amount: adjustment.amount },
        result: formatMoney(left, minorUnits),
        clauseId: adjustment.clauseId,
      },
    );
  });
}
