import { addCalendarDays } from "../dates/add-calendar-days.js";
import { daysBetween } from "../dates/iso-date.js";
import type { Claim } from "./claim-schema.js";

/** Days of a stay as the catalogue counts them: discharge − admission, at least 1 once admitted. */
export function stayDays(stay: NonNullable<Claim["hospitalStay"]>): number {
  return Math.max(1, daysBetween(stay.discharge, stay.admission));
}

/**
 * How a wording counts the days of a stay (住院天数的计算):
 * - `admission_day` (算头不算尾): the day of admission counts, the day of discharge does not; a stay admitted and
 *   discharged the same day counts 1 day. discharge − admission, at least 1: the library's default.
 * - `both_days` (算头又算尾): both days count, discharge − admission + 1.
 * - `nights`: the nights spent in hospital, discharge − admission; a same-day stay counts none.
 */
export const STAY_DAY_COUNTINGS = ["admission_day", "both_days", "nights"] as const;
export type StayDayCounting = (typeof STAY_DAY_COUNTINGS)[number];

/** The calendar days of a stay that count, in order, as `counting` counts them (default `admission_day`). */
export function countedStayDates(stay: { readonly admission: string; readonly discharge: string }, counting: StayDayCounting = "admission_day"): string[] {
  const nights = daysBetween(stay.discharge, stay.admission);
  const days = counting === "both_days" ? nights + 1 : counting === "nights" ? nights : Math.max(1, nights);
  return Array.from({ length: Math.max(0, days) }, (_, k) => addCalendarDays(stay.admission, k));
}
