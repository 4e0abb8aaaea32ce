import { addYearsClampingToMonthEnd } from "./add-years-clamping-to-month-end.js";
import type { IsoDate } from "./iso-date.js";

/**
 * Age in whole years (周岁) on a date: the completed years since birth (0 before birth). A birthday of 29 February is
 * reached on 28 February in a year without one: a period counted in years ends on the corresponding day, else on the
 * last day of that month (PRC Civil Code art. 202).
 *
 * @example
 * ageInYears("1991-06-14", "2026-06-13") //=> 34
 * ageInYears("1991-06-14", "2026-06-14") //=> 35
 */
export function ageInYears(birthDate: IsoDate, on: IsoDate): number {
  if (on < birthDate) return 0;
  let years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
  while (years > 0 && addYearsClampingToMonthEnd(birthDate, years) > on) years--;
  return years;
}
