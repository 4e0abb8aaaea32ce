import { dateParts, daysInMonth, type IsoDate } from "./iso-date.js";

/**
 * The day `months` months after `date`, by this rule: **the same day of the month in the target month, or that
 * month's last day when it has no such day**. 2026-01-31 + 1 month is 2026-02-28; 2024-02-29 + 12 months is
 * 2025-02-28; 2026-02-28 + 1 month is 2026-03-28 (a month end is *not* carried to the next month end).
 *
 * This is PRC Civil Code art. 202 (按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的
 * 最后一日) applied to a period that starts the day after `date` (art. 201). It is also what date-fns `addMonths` does
 * silently; this name states the rule and its tests pin it.
 *
 * @param date - the starting day, `YYYY-MM-DD`
 * @param months - whole months to add (negative goes back)
 * @returns the corresponding day, clamped to the month's last day
 * @example
 * addMonthsClampingToMonthEnd("2026-01-31", 1)
 * //=> "2026-02-28"
 */
export function addMonthsClampingToMonthEnd(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`addMonthsClampingToMonthEnd: months must be a whole number, got ${months}`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  // The corresponding day, or the month's last day when the month has none (Jan 31 + 1 month = Feb 28/29).
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, "0")}-${String(targetMonth).padStart(2, "0")}-${String(targetDay).padStart(2, "0")}`;
}
