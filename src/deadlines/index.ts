export { addCalendarDays } from "../dates/add-calendar-days.js";
export { addMonthsClampingToMonthEnd } from "../dates/add-months-clamping-to-month-end.js";
export { addYearsClampingToMonthEnd } from "../dates/add-years-clamping-to-month-end.js";
export { addWorkingDays } from "../dates/add-working-days.js";
export { rollForwardToWorkingDay } from "../dates/roll-forward-to-working-day.js";
export { HolidayCalendarSchema, isRestDay } from "../dates/holiday-calendar.js";
export type { HolidayCalendar, HolidayCalendarInput } from "../dates/holiday-calendar.js";
export type { IsoDate } from "../dates/iso-date.js";
export { computeClaimDeadlines } from "./compute-claim-deadlines.js";
export { deadlineStatus, DeadlineStatusOptionsSchema } from "./deadline-status.js";
export type { DeadlineStatus, DeadlineStatusOptions, DeadlineStatusReport } from "./deadline-status.js";
export { isLimitationPeriodExpired, limitationPeriodEnd } from "./is-limitation-period-expired.js";
export type { LimitationPeriodEnd } from "./is-limitation-period-expired.js";
export { applyProductDeadlineTerms } from "./apply-product-deadline-terms.js";
export { PRC_INSURANCE_LAW_PROFILE } from "./prc-insurance-law-profile.js";
export {
  JurisdictionProfileSchema,
  LegalBasisSchema,
  DayCountSchema,
  DocumentsSuspensionSchema,
  SUSPENSION_END_DAYS,
  LAST_DAY_ON_REST_DAY,
  parseJurisdictionProfile,
  DEADLINE_IDS,
  SERVICE_DEADLINE_IDS,
} from "./jurisdiction-profile-schema.js";
export type {
  JurisdictionProfile,
  JurisdictionProfileInput,
  LegalBasis,
  DayCount,
  DeadlineId,
  ServiceDeadlineId,
  ContractTerm,
  DocumentsSuspension,
  SuspensionEndDays,
  LastDayOnRestDay,
} from "./jurisdiction-profile-schema.js";
export { restDayTest } from "./rest-day-test.js";
export { ProductDeadlineTermsSchema } from "./product-deadline-terms-schema.js";
export type { ProductDeadlineTerms, ProductDeadlineTermsInput } from "./product-deadline-terms-schema.js";
export { ClaimDeadlineInputSchema, LimitationInputSchema, DocumentRequestDatesSchema, PRODUCT_LINES } from "./claim-deadline-input-schema.js";
export type { ClaimDeadlineInput, LimitationInput, DocumentRequestDates, ProductLine } from "./claim-deadline-input-schema.js";
export { ClaimDeadlinesSchema, DeadlineSchema, DEADLINE_WHY_CODES } from "./claim-deadlines-schema.js";
export type { ClaimDeadlines, Deadline, DatedDeadline, DeadlineBasis, DeadlineWhy, DeadlineWhyCode, DeadlineWarning, Period } from "./claim-deadlines-schema.js";
