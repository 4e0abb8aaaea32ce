import { addCalendarDays } from "../dates/add-calendar-days.js";
import { addMonthsClampingToMonthEnd } from "../dates/add-months-clamping-to-month-end.js";
import { addYearsClampingToMonthEnd } from "../dates/add-years-clamping-to-month-end.js";
import { daysBetween, type IsoDate } from "../dates/iso-date.js";
import { toMoney, ZERO, type Money } from "../money/money.js";
import { FREQUENCY_MONTHS, type ContractTerms, type PremiumSchedule, type Reinstatement } from "./contract-schema.js";

/** The policy's period as these rules read it. */
export interface ContractPeriod {
  readonly effective: IsoDate;
  readonly expiry: IsoDate;
  readonly continuousCoverageSince?: IsoDate | undefined;
}

/** Days of grace when the wording says none (PRC Insurance Law art. 36: 60 days). */
export const DEFAULT_GRACE_DAYS = 60;

/**
 * Where the contract stands on a day: in force; in the grace period of an instalment unpaid since its due date (paid
 * less the premium due, art. 36); or suspended (效力中止) for premium unpaid after the grace period, or in a suspension
 * later reinstated.
 */
export type ContractStatus =
  | { readonly status: "in_force" }
  | { readonly status: "grace_period"; readonly dueOn: IsoDate; readonly graceEndsOn: IsoDate; readonly instalments: number; readonly unpaid: Money; readonly clauseId: string }
  | { readonly status: "suspended"; readonly since: IsoDate; readonly dueOn?: IsoDate; readonly reinstatedOn?: IsoDate; readonly clauseId?: string | undefined };

/** Every due date of the schedule from its first to its last (at most the last before the policy's expiry). */
function* dueDates(schedule: PremiumSchedule, period: ContractPeriod): Generator<IsoDate> {
  const first = schedule.firstDueOn ?? period.effective;
  const months = FREQUENCY_MONTHS[schedule.frequency];
  const last = schedule.lastDueOn ?? period.expiry;
  if (months === 0) {
    yield first;
    return;
  }
  for (let k = 0; ; k++) {
    const due = addMonthsClampingToMonthEnd(first, k * months);
    if (due > last || due > period.expiry) return;
    yield due;
  }
}

/**
 * The instalments due on or before `date` and not paid: due on or after the paid-to date and before the day premiums
 * were waived from (a waiver deems them paid).
 */
export function unpaidInstalments(schedule: PremiumSchedule, period: ContractPeriod, date: IsoDate, waivedFrom?: IsoDate): IsoDate[] {
  const unpaid: IsoDate[] = [];
  for (const due of dueDates(schedule, period)) {
    if (due > date) break;
    if (due >= schedule.paidToDate && (waivedFrom === undefined || due < waivedFrom)) unpaid.push(due);
  }
  return unpaid;
}

/** The instalments due from `from` (included) to the last, with the premium of each: what a waiver from `from` waives. */
export function instalmentsFrom(schedule: PremiumSchedule, period: ContractPeriod, from: IsoDate): IsoDate[] {
  return [...dueDates(schedule, period)].filter((due) => due >= from);
}

/** The suspension `date` falls in, among those later reinstated. */
function reinstatedSuspension(terms: ContractTerms | undefined, date: IsoDate): Reinstatement | undefined {
  return (terms?.reinstatements ?? []).find((entry) => entry.suspendedFrom <= date && date < entry.reinstatedOn);
}

/**
 * Where the contract stands on `date`. Without a premium schedule it is in force (the premium is not the library's
 * to know).
 *
 * @example
 * // Annual 6,800.00 due 2027-01-10, unpaid: 60 days of grace to 2027-03-11, suspended from 2027-03-12.
 * contractStatusOn(terms, period, "2027-02-01") //=> { status: "grace_period", dueOn: "2027-01-10", graceEndsOn: "2027-03-11", instalments: 1, unpaid: 6800, … }
 */
export function contractStatusOn(terms: ContractTerms | undefined, period: ContractPeriod, date: IsoDate, waivedFrom?: IsoDate): ContractStatus {
  const suspension = reinstatedSuspension(terms, date);
  if (suspension !== undefined) return { status: "suspended", since: suspension.suspendedFrom, reinstatedOn: suspension.reinstatedOn, clauseId: suspension.clauseId ?? terms?.premium?.clauseId };
  const schedule = terms?.premium;
  if (schedule === undefined) return { status: "in_force" };
  // A reinstatement pays the arrears: only instalments due from it on can be unpaid after it.
  const reinstatedOn = latestReinstatement(terms, date)?.reinstatedOn;
  const unpaid = unpaidInstalments(schedule, period, date, waivedFrom).filter((due) => reinstatedOn === undefined || due >= reinstatedOn);
  const [dueOn] = unpaid;
  if (dueOn === undefined) return { status: "in_force" };
  // 宽限期: the days after the due date, the due date itself not counted (Civil Code art. 201).
  const graceEndsOn = addCalendarDays(dueOn, schedule.graceDays ?? DEFAULT_GRACE_DAYS);
  if (date <= graceEndsOn) return { status: "grace_period", dueOn, graceEndsOn, instalments: unpaid.length, unpaid: toMoney(schedule.amount).times(unpaid.length), clauseId: schedule.clauseId };
  return { status: "suspended", since: addCalendarDays(graceEndsOn, 1), dueOn, clauseId: schedule.clauseId };
}

/** The premium due and unpaid on `date` (0 when none is, or in a suspension: nothing is paid then). */
export function premiumUnpaidOn(terms: ContractTerms | undefined, period: ContractPeriod, date: IsoDate, waivedFrom?: IsoDate): Money {
  const status = contractStatusOn(terms, period, date, waivedFrom);
  return status.status === "grace_period" ? status.unpaid : ZERO;
}

/** The latest reinstatement on or before `date`. */
export function latestReinstatement(terms: ContractTerms | undefined, date: IsoDate): Reinstatement | undefined {
  return (terms?.reinstatements ?? []).filter((entry) => entry.reinstatedOn <= date).sort((a, b) => (a.reinstatedOn < b.reinstatedOn ? -1 : 1)).at(-1);
}

/** The day the contract's two years (art. 16, art. 44) count from on `date`: formation, or the latest reinstatement. */
export function contestablePeriodStart(terms: ContractTerms | undefined, period: ContractPeriod, date: IsoDate): IsoDate {
  const formed = terms?.formedOn ?? period.effective;
  const reinstated = terms?.incontestability?.fromReinstatement === false ? undefined : latestReinstatement(terms, date)?.reinstatedOn;
  return reinstated !== undefined && reinstated > formed ? reinstated : formed;
}

/** Days from formation (or the latest reinstatement) to `date`: 0 on the day itself. */
export function daysSinceFormationOrReinstatement(terms: ContractTerms | undefined, period: ContractPeriod, date: IsoDate): number {
  return daysBetween(date, contestablePeriodStart(terms, period, date));
}

/**
 * PRC Insurance Law art. 16: more than two years (the wording's `years`) after formation, or the latest
 * reinstatement, the contract cannot be rescinded for non-disclosure and the insurer must pay. Formed 2024-03-01:
 * contestable to 2026-03-01 (the corresponding day, Civil Code art. 202), incontestable from 2026-03-02.
 */
export function isIncontestable(terms: ContractTerms | undefined, period: ContractPeriod, date: IsoDate): boolean {
  return date > addYearsClampingToMonthEnd(contestablePeriodStart(terms, period, date), terms?.incontestability?.years ?? 2);
}

/**
 * The day a coverage's waiting period counts from for an incident on `date`: the start of continuous cover, or the
 * latest reinstatement before it when that restarts waiting periods (PRC Insurance Law art. 37; 生效日或最后复效日起).
 */
export function waitingPeriodStartOn(terms: ContractTerms | undefined, period: ContractPeriod, date: IsoDate): { readonly from: IsoDate; readonly reinstatedOn?: IsoDate } {
  const start = period.continuousCoverageSince ?? period.effective;
  const reinstated = (terms?.reinstatements ?? []).filter((entry) => entry.reinstatedOn <= date && entry.restartsWaitingPeriods !== false).map((entry) => entry.reinstatedOn).sort().at(-1);
  return reinstated !== undefined && reinstated > start ? { from: reinstated, reinstatedOn: reinstated } : { from: start };
}
