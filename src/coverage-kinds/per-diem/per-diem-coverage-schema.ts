import { z } from "zod";
import { STAY_DAY_COUNTINGS } from "../../claim/stay-days.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../../values/primitives.js";
import { coverageCommonShape } from "../coverage-common.js";
import { StayTermsSchema } from "../stay-terms.js";

/** An amount per day of hospital stay (住院津贴), after deductible days, within per-stay and per-year maxima. */
export const PerDiemCoverageSchema = z.strictObject({
  ...coverageCommonShape,
  kind: z.literal("per_diem"),
  incidentTypes: coverageCommonShape.incidentTypes.default(["illness", "accident"]),
  dailyAmount: MoneyStringSchema,
  /** Days of each stay the coverage does not pay (免赔天数). */
  deductibleDays: z.int().min(0).default(0),
  maxDaysPerStay: z.int().min(1),
  maxDaysPerYear: z.int().min(1),
  /** The clause that states the deductible days and maxima, when not the coverage's own. */
  clauseRefs: z.strictObject({ limits: IdSchema.optional() }).default({}),
  /**
   * Hospital stays and the period: with `admissionWithinPeriod`, a stay admitted outside the period of insurance pays
   * nothing (被保险人须在保险期间内入院). Days of a stay after expiry (`continuedStayDays`) are not counted apart by this kind.
   */
  stay: StayTermsSchema.omit({ continuedStayDays: true }).optional(),
  /**
   * How the days of a stay are counted (住院天数): `admission_day` (算头不算尾, discharge − admission, a same-day stay
   * 1 day; the default), `both_days` (算头又算尾, discharge − admission + 1) or `nights` (discharge − admission).
   */
  dayCounting: z.enum(STAY_DAY_COUNTINGS).optional(),
  /**
   * A readmission counted as the same stay (出院后 30 日内因同一疾病再次住院的，视为同一次住院): a stay admitted at most
   * `withinDays` days after the discharge of an earlier stay of the insured (a claim whose decision took effect) with
   * the same principal diagnosis (its ICD-10 category, e.g. J18) continues it: the deductible days and the maximum per
   * stay count the earlier stays' days and paid days, however many readmissions chain.
   */
  readmission: z.strictObject({ withinDays: z.int().min(0), clauseId: IdSchema.optional() }).optional(),
  /**
   * Daily amounts by ward type (重症监护室 ¥300/天): a day the claim's `hospitalStay.wards` puts in a ward of one of
   * these types is paid at its rate, every other day at `dailyAmount` (the general ward, 普通病房). The deductible
   * days are the stay's first, and the maxima count days whatever their ward.
   */
  wardRates: z
    .array(
      z.strictObject({
        /** The ward type, as the claim's `hospitalStay.wards[].type` names it (e.g. `icu`). */
        type: IdSchema,
        /** The ward's name as the wording gives it, for the calculation's steps. */
        name: LocalizedTextSchema,
        dailyAmount: MoneyStringSchema,
      }),
    )
    .min(1, { error: "list at least one ward type, or leave wardRates out" })
    .optional(),
});
/** A coverage paying an amount per day in hospital (hospital cash), as its schema gives it. */
export type PerDiemCoverage = z.output<typeof PerDiemCoverageSchema>;
