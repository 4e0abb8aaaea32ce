import { z } from "zod";
import { HolidayCalendarSchema } from "../dates/holiday-calendar.js";
import { parseInput } from "../values/parse-input.js";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";

/** How a period in days is counted: every calendar day, or only working days of the profile's holiday calendar. */
export const DayCountSchema = z.enum(["calendar", "working"]);
export type DayCount = z.output<typeof DayCountSchema>;

/**
 * What a product's wording may do to a period: `set` it to any number of days (the law says "unless the contract
 * provides otherwise", or gives no number), only `shorten` it, or `not_change` it at all.
 */
export const ContractMaySchema = z.enum(["set", "shorten", "not_change"]);
export type ContractMay = z.output<typeof ContractMaySchema>;

/** The provision a period comes from: the law, its article, and what it says in zh and en. */
export const LegalBasisSchema = z.strictObject({
  law: LocalizedTextSchema,
  article: z.string().min(1),
  summary: LocalizedTextSchema,
});
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

/** The determination period, which the law may set differently for ordinary and complex cases. */
export const DeterminationRuleSchema = z.strictObject({
  title: LocalizedTextSchema,
  basis: LegalBasisSchema,
  /** `null`: the law only says "promptly"; the complex-case limit is then used as the outer bound. */
  ordinaryDays: DaysSchema.nullable(),
  complexDays: DaysSchema.nullable(),
  dayCount: DayCountSchema.optional(),
  contractMay: ContractMaySchema,
});
export type DeterminationRule = z.output<typeof DeterminationRuleSchema>;

/** The limitation period for bringing a claim, in years, counted from when the claimant knew of the event. */
export const LimitationRuleSchema = z.strictObject({
  title: LocalizedTextSchema,
  basis: LegalBasisSchema,
  lifeYears: z.int().positive(),
  nonLifeYears: z.int().positive(),
});
export type LimitationRule = z.output<typeof LimitationRuleSchema>;

/** The claim clocks, in the order they usually run: the claimant's two (limitation, report), then the insurer's. */
export const DEADLINE_IDS = ["limitation", "report", "documentRequest", "determination", "denialNotice", "payment", "advancePayment"] as const;
export type DeadlineId = (typeof DEADLINE_IDS)[number];

/** The deadlines a product's wording may change: all but the limitation period. */
export const SERVICE_DEADLINE_IDS = ["report", "documentRequest", "determination", "denialNotice", "payment", "advancePayment"] as const;
export type ServiceDeadlineId = (typeof SERVICE_DEADLINE_IDS)[number];

/** A record of a product's wording having set a period, kept so every computed deadline can cite it. */
export const ContractTermSchema = z.strictObject({
  productId: IdSchema,
  /** The product clause that sets the period, e.g. `"7.3"`. */
  clauseId: IdSchema.optional(),
});
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
     * Rest days as data. When present, a period whose last day is a rest day ends on the next working day
     * (PRC Civil Code art. 203), and `working` day counts become possible.
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
export type JurisdictionProfile = z.output<typeof JurisdictionProfileSchema>;
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
