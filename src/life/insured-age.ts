import { addYearsClampingToMonthEnd } from "../dates/add-years-clamping-to-month-end.js";
import type { IsoDate } from "../dates/iso-date.js";

/**
 * Age in whole years (周岁) on `date`: the completed years since birth. A birthday of 29 February is reached on
 * 28 February in a year without one (PRC Civil Code art. 202).
 *
 * @example
 * ageOn("1991-06-14", "2026-06-13") //=> 34
 * ageOn("1991-06-14", "2026-06-14") //=> 35
 */
export function ageOn(birthDate: IsoDate, date: IsoDate): number {
  if (date < birthDate) return 0;
  let years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  while (years > 0 && addYearsClampingToMonthEnd(birthDate, years) > date) years--;
  return years;
}
