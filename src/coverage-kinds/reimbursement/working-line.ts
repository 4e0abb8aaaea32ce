import { formatMoney, minMoney, sumMoney, toMoney, type Money } from "../../money/money.js";
import type { BillLine } from "../../claim/claim-schema.js";
import type { AdjustmentKind } from "../../codes/adjustment-kinds.js";
import type { Adjustment } from "../../trace/adjustment-schema.js";
import { makeAdjustment, type AdjustmentSource } from "../../trace/make-adjustment.js";

/** A bill line while a coverage assesses it: what is left of it, and every amount taken off so far. */
export interface WorkingLine {
  readonly line: BillLine;
  readonly billed: Money;
  remaining: Money;
  readonly adjustments: Adjustment[];
}

export function startWorkingLine(line: BillLine): WorkingLine {
  const billed = toMoney(line.amount);
  return { line, billed, remaining: billed, adjustments: [] };
}

/** Takes `amount` off the line as one adjustment (nothing when it is zero). Amounts are already in minor units. */
export function takeOff(working: WorkingLine, kind: AdjustmentKind, amount: Money, clauseId: string, minorUnits: number, source: AdjustmentSource = {}): void {
  if (amount.isZero()) return;
  working.remaining = working.remaining.minus(amount);
  working.adjustments.push(makeAdjustment(kind, formatMoney(amount, minorUnits), clauseId, source));
}

/**
 * Lets `lines` (already in consumption order) use up to `allowance` between them, first come first served;
 * takes off each line what exceeds its share. Returns what is left of the allowance.
 */
export function capInOrder(lines: readonly WorkingLine[], allowance: Money, kind: AdjustmentKind, clauseId: string, minorUnits: number, source: AdjustmentSource = {}): Money {
  let left = allowance;
  for (const entry of lines) {
    const kept = minMoney(entry.remaining, left);
    left = left.minus(kept);
    takeOff(entry, kind, entry.remaining.minus(kept), clauseId, minorUnits, source);
  }
  return left;
}

/**
 * Takes up to `amount` off `lines` (already in consumption order), line by line, as a deductible is consumed.
 * Returns how much was taken.
 */
export function consumeInOrder(lines: readonly WorkingLine[], amount: Money, kind: AdjustmentKind, clauseId: string, minorUnits: number, source: AdjustmentSource = {}): Money {
  let left = amount;
  for (const entry of lines) {
    const taken = minMoney(entry.remaining, left);
    left = left.minus(taken);
    takeOff(entry, kind, taken, clauseId, minorUnits, source);
  }
  return amount.minus(left);
}

export function remainingTotal(lines: readonly WorkingLine[]): Money {
  return sumMoney(lines.map((entry) => entry.remaining));
}

/** Consumption order of deductibles and limits: service date, then line id, so the order of lines in the claim never matters. */
export function byServiceDate(a: WorkingLine, b: WorkingLine): number {
  const x = a.line;
  const y = b.line;
  if (x.serviceDate !== y.serviceDate) return x.serviceDate < y.serviceDate ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
