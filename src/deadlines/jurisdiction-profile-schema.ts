import { z } from "zod";
import { HolidayCalendarSchema } from "../dates/holiday-calendar.js";
import { parseInput } from "../values/parse-input.js";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";

/** How a period in days is counted: every calendar day, or only working days of the profile's holiday calendar. */
export const DayCountSchema = z.enum(["calendar", "working"]);
/** How a period's days are counted: calendar or working days, and from which day. */
export type DayCount = z.output<typeof DayCountSchema>;

/**
 * What a product's wording may do to a period: `set` it to any number of days (the law says "unless the contract
 * provides otherwise", or gives no number), only `shorten` it, or `not_change` it at all.
 */
export const ContractMaySchema = z.enum(["set", "shorten", "not_change"]);
export type ContractMay = z.output<typeof ContractMaySchema>;

/** Whether a last day on a rest day moves to the next working day (Civil Code art. 203) or stays. */
export const LAST_DAY_ON_REST_DAY = ["next_working_day", "unchanged"] as const;
/** What happens when a period's last day is a rest day: `next_working_day` moves it, `unchanged` keeps it. */
export type LastDayOnRestDay = (typeof LAST_DAY_ON_REST_DAY)[number];

/** The provision a period comes from: the law, its article, and what it says in zh and en. */
export const LegalBasisSchema = z.strictObject({
  law: LocalizedTextSchema,
  article: z.string().min(1),
  summary: LocalizedTextSchema,
});
/** The article a deadline comes from, with its words in zh and en. */
export type LegalBasis = z.output<typeof LegalBasisSchema>;

const DaysSchema = z.int().positive({ error: "must be a whole number of days ≥ 1" });

/** A period in days. `days: null` means the law gives no number (e.g. 及时, promptly) until a product sets one. */
export const DayPeriodRuleSchema = z.strictObject({
  title: LocalizedTextSchema,
  basis: LegalBasisSchema,
  days: DaysSchema.nullable(),
  /** Overrides the profile's `dayCount` for this period. */
  dayCount: DayCountSchema.optional(),
  contractMay: ContractMaySchema,
});
export type DayPeriodRule = z.output<typeof DayPeriodRuleSchema>;

/**
 * Which days a suspension for supplementary documents takes out of the determination period. The period runs from the
 * insurer's first receipt of the claim; the time from its request for documents (PRC Insurance Law art. 22) reaching
 * the claimant to the requested documents reaching the insurer is not counted (保险法司法解释（二） art. 15). Whether
 * the two end days are deducted is unsettled:
 * - `days_after_notice`: the day the request reaches the claimant still counts; the days after it, up to and
 *   including the day the documents arrive, do not. Counting resumes the day after they arrive, as a period counted
 *   from an event starts the next day (Civil Code art. 201). Deducts `arrival − reached` days.
 * - `notice_day_too`: the day the request reaches the claimant is not counted either. Deducts `arrival − reached + 1`.
 */
export const SUSPENSION_END_DAYS = ["days_after_notice", "notice_day_too"] as const;
/** Which days a request for missing documents takes out of the determination period: `days_after_notice` (from the day after it reaches the claimant) or `notice_day_too`. */
export type SuspensionEndDays = (typeof SUSPENSION_END_DAYS)[number];

/** The suspension of the determination period while requested documents are outstanding, with its legal basis. */
export const DocumentsSuspensionSchema = z.strictObject({
  basis: LegalBasisSchema,
  endDays: z.enum(SUSPENSION_END_DAYS).default("days_after_notice"),
});
/** How a request for missing documents suspends the determination period, and when the suspension ends. */
export type DocumentsSuspension = z.output<typeof DocumentsSuspensionSchema>;

/** The determination period, which the law may set differently for ordinary and complex cases. */
export const DeterminationRuleSchema = z.strictObject({
  title: LocalizedTextSchema,
  basis: LegalBasisSchema,
  /** `null`: the law only says "promptly"; the complex-case limit is then used as the outer bound. */
  ordinaryDays: DaysSchema.nullable(),
  complexDays: DaysSchema.nullable(),
  dayCount: DayCountSchema.optional(),
  contractMay: ContractMaySchema,
  /** Absent: the period runs on while documents are requested. The PRC profile deducts as 解释（二） art. 15 allows. */
  suspension: DocumentsSuspensionSchema.optional(),
});
export type DeterminationRule = z.output<typeof DeterminationRuleSchema>;

/** The limitation period for bringing a claim, in years, counted from when the claimant knew of the event. */
export const LimitationRuleSchema = z.strictObject({
  title: LocalizedTextSchema,
  basis: LegalBasisSchema,
  lifeYears: z.int().positive(),
  nonLifeYears: z.int().positive(),
  /**
   * The rule by which a demand to the insurer within the period (a report, 报案) interrupts it, so that it runs again
   * from the demand (PRC Civil Code art. 195). Absent: demands do not restart the period.
   */
  interruption: LegalBasisSchema.optional(),
});
export type LimitationRule = z.output<typeof LimitationRuleSchema>;

/** The claim clocks, in the order they usually run: the claimant's two (limitation, report), then the insurer's. */
export const DEADLINE_IDS = ["limitation", "report", "documentRequest", "determination", "denialNotice", "payment", "advancePayment"] as const;
/** The id of a claim clock: limitation, report, documentRequest, determination, denialNotice, payment or advancePayment. */
export type DeadlineId = (typeof DEADLINE_IDS)[number];

/** The deadlines a product's wording may change: all but the limitation period. */
export const SERVICE_DEADLINE_IDS = ["report", "documentRequest", "determination", "denialNotice", "payment", "advancePayment"] as const;
/** The id of a claim clock a product's wording may change: every one but the limitation period. */
export type ServiceDeadlineId = (typeof SERVICE_DEADLINE_IDS)[number];

/** A record of a product's wording having set a period, kept so every computed deadline can cite it. */
export const ContractTermSchema = z.strictObject({
  productId: IdSchema,
  /** The product clause that sets the period, e.g. `"7.3"`. */
  clauseId: IdSchema.optional(),
});
/** A deadline the law sets: its title, legal basis, days and how they are counted, and what a contract may change. */
export type ContractTerm = z.output<typeof ContractTermSchema>;

/**
 * A jurisdiction's claim clocks as data: each period with its legal basis, how days are counted (calendar days by
 * default; working days need `holidayCalendar`), and how periods are counted (`counting`, e.g. PRC Civil Code
 * arts. 201–203). Products adjust it with `applyProductDeadlineTerms`.
 */
export const JurisdictionProfileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    name: LocalizedTextSchema,
    /** The rules for counting periods that the computation implements, cited in every result. */
    counting: LegalBasisSchema,
    dayCount: DayCountSchema.default("calendar"),
    /**
     * What happens to a period whose last day is a rest day: by default it ends on the next working day (PRC Civil
     * Code art. 203), for every period (the limitation period and the insurer's, counted in days or years);
     * `unchanged` keeps the day as counted (a law or agreement may say so, Civil Code art. 204).
     */
    lastDayOnRestDay: z.enum(LAST_DAY_ON_REST_DAY).default("next_working_day"),
    /**
     * Rest days as data: holidays and adjusted working days (调休). Without it, Saturdays and Sundays are the rest
     * days (holidays are then unknown). `working` day counts need it.
     */
    holidayCalendar: HolidayCalendarSchema.optional(),
    deadlines: z.strictObject({
      limitation: LimitationRuleSchema,
      report: DayPeriodRuleSchema,
      documentRequest: DayPeriodRuleSchema,
      determination: DeterminationRuleSchema,
      denialNotice: DayPeriodRuleSchema,
      payment: DayPeriodRuleSchema,
      advancePayment: DayPeriodRuleSchema,
    }),
    /** Set by `applyProductDeadlineTerms` for each period a product's wording changed. */
    contractTerms: z.partialRecord(z.enum(SERVICE_DEADLINE_IDS), ContractTermSchema).optional(),
  })
  .superRefine((profile, ctx) => {
    if (profile.holidayCalendar !== undefined) return;
    if (profile.dayCount === "working") {
      ctx.addIssue({ code: "custom", path: ["dayCount"], message: "counting working days needs a holidayCalendar" });
    }
    for (const id of SERVICE_DEADLINE_IDS) {
      if (profile.deadlines[id].dayCount === "working") {
        ctx.addIssue({ code: "custom", path: ["deadlines", id, "dayCount"], message: `counting working days for ${id} needs a holidayCalendar` });
      }
    }
  });
/** The claim clocks of a jurisdiction, as data: each period with its legal basis in zh and en (`PRC_INSURANCE_LAW_PROFILE` is the default). */
export type JurisdictionProfile = z.output<typeof JurisdictionProfileSchema>;
/** A jurisdiction profile as it may be given. */
export type JurisdictionProfileInput = z.input<typeof JurisdictionProfileSchema>;

/**
 * Validates a jurisdiction profile (e.g. loaded from JSON) and applies its defaults.
 *
 * @param input - the profile as JSON
 * @returns the parsed profile
 * @throws ValidationError listing every problem with its path, e.g. `profile.deadlines.payment.days`
 * @example
 * parseJurisdictionProfile(JSON.parse(readFileSync("examples/jurisdictions/prc-insurance-law.json", "utf8"))).id
 * //=> "cn-insurance-law"
 */
export function parseJurisdictionProfile(input: unknown): JurisdictionProfile {
  return parseInput(JurisdictionProfileSchema, input, "profile");
}
