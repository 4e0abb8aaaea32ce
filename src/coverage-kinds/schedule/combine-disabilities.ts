import type Decimal from "decimal.js";
import { Dec, minMoney, sumMoney } from "../../money/money.js";
import { combineDisabilityGrades } from "./combine-disability-grades.js";

/** A disability as it is rated: its item of the standard and its grade. */
export interface RatedDisability {
  readonly code: string;
  readonly grade: number;
}

export type DisabilityCombination = "most_severe_promoted" | "sum_of_shares";

/** What several disabilities make together: the share of the sum insured, and how it was reached. */
export interface CombinedDisabilities {
  /** The combined grade (`most_severe_promoted`); absent for `sum_of_shares` and for no disability at all. */
  readonly grade?: number;
  readonly promoted: boolean;
  readonly share: Decimal;
  /** Grades the schedule has no share for (they count as nothing). */
  readonly missingGrades: readonly number[];
}

const ONE = new Dec(1);

/**
 * Each item once: an item of the standard listed twice is rated once (JR/T 0083-2013 §3.4), at its most severe grade.
 * Gives the items in their first order, and the codes that were repeated.
 *
 * @example
 * rateEachItemOnce([{ code: "4-10-4", grade: 9 }, { code: "4-10-4", grade: 9 }]) //=> { items: [{ code: "4-10-4", grade: 9 }], repeated: ["4-10-4"] }
 */
export function rateEachItemOnce<Item extends RatedDisability>(disabilities: readonly Item[]): { readonly items: Item[]; readonly repeated: string[] } {
  const byCode = new Map<string, Item>();
  const repeated: string[] = [];
  for (const disability of disabilities) {
    const seen = byCode.get(disability.code);
    if (seen === undefined) byCode.set(disability.code, disability);
    else {
      if (!repeated.includes(disability.code)) repeated.push(disability.code);
      if (disability.grade < seen.grade) byCode.set(disability.code, disability);
    }
  }
  return { items: [...byCode.values()], repeated };
}

/**
 * The share of the sum insured several disabilities make, as the wording combines them: the most severe grade,
 * promoted once when two or more share it (never beyond grade 1), or the sum of each one's share, at most 1.
 *
 * @example
 * combineDisabilities([{ code: "A", grade: 9 }, { code: "B", grade: 9 }], shares, "most_severe_promoted") //=> { grade: 8, promoted: true, share: 0.3, missingGrades: [] }
 * combineDisabilities([{ code: "A", grade: 9 }, { code: "B", grade: 9 }], shares, "sum_of_shares") //=> { promoted: false, share: 0.4, missingGrades: [] }
 */
export function combineDisabilities(items: readonly RatedDisability[], shareByGrade: ReadonlyMap<number, Decimal>, combination: DisabilityCombination): CombinedDisabilities {
  if (items.length === 0) return { promoted: false, share: new Dec(0), missingGrades: [] };
  if (combination === "sum_of_shares") {
    const missingGrades = [...new Set(items.map((item) => item.grade).filter((grade) => !shareByGrade.has(grade)))];
    const share = minMoney(sumMoney(items.map((item) => shareByGrade.get(item.grade) ?? new Dec(0))), ONE);
    return { promoted: false, share, missingGrades };
  }
  const { grade, promoted } = combineDisabilityGrades(items.map((item) => item.grade));
  const share = shareByGrade.get(grade);
  return { grade, promoted, share: share ?? new Dec(0), missingGrades: share === undefined ? [grade] : [] };
}
