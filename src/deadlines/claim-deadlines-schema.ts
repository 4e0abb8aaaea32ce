import { z } from "zod";
import { IdSchema, LocalizedTextSchema } from "../values/primitives.js";
import { ComputedIsoDateSchema, IsoDateSchema } from "../dates/iso-date-schema.js";
import { PRODUCT_LINES } from "./claim-deadline-input-schema.js";
import { ContractTermSchema, DEADLINE_IDS, LegalBasisSchema } from "./jurisdiction-profile-schema.js";

/** Why a deadline has no due date yet, or does not apply to this claim. */
export const DEADLINE_WHY_CODES = [
  "no_fixed_period",
  "waiting_for_documents",
  "suspended_for_documents",
  "waiting_for_determination",
  "waiting_for_agreement",
  "documents_complete_at_submission",
  "claim_denied",
  "not_a_denial",
  "amount_determined_in_time",
] as const;
/** A code explaining a deadline's due date (counted from submission, suspended while documents were missing, …). */
export type DeadlineWhyCode = (typeof DEADLINE_WHY_CODES)[number];

export const DeadlineWhySchema = z.strictObject({ code: z.enum(DEADLINE_WHY_CODES), message: LocalizedTextSchema });
/** The explanation of a deadline's date, or of why it has none, in zh and en. */
export type DeadlineWhy = z.output<typeof DeadlineWhySchema>;

/** The law's provision, plus the product clause when the product's wording set the period. */
export const DeadlineBasisSchema = LegalBasisSchema.extend({ contractTerm: ContractTermSchema.optional() });
/** The legal basis of a deadline: the article and its words in zh and en. */
export type DeadlineBasis = z.output<typeof DeadlineBasisSchema>;

export const PeriodSchema = z.strictObject({
  length: z.int().positive(),
  unit: z.enum(["calendar_days", "working_days", "years"]),
});
/** A period: its length and its unit. */
export type Period = z.output<typeof PeriodSchema>;

const common = {
  id: z.enum(DEADLINE_IDS),
  /** Who must act: the claimant (limitation, report) or the insurer. */
  party: z.enum(["claimant", "insurer"]),
  title: LocalizedTextSchema,
  basis: DeadlineBasisSchema,
};

/** A deadline with a due date: `period` counted from the day after `countsFrom`, ending on `dueOn` (included). */
export const DatedDeadlineSchema = z.strictObject({
  kind: z.literal("dated"),
  ...common,
  countsFrom: IsoDateSchema,
  period: PeriodSchema,
  dueOn: ComputedIsoDateSchema,
  /** The last day as counted, when it fell on a rest day and `dueOn` was moved past it (Civil Code art. 203). */
  rolledOverFrom: ComputedIsoDateSchema.optional(),
  /** When it was met, if the input already says (claim submitted, reported, determined). */
  metOn: IsoDateSchema.optional(),
  /**
   * Days not counted while requested documents were outstanding (保险法司法解释（二） art. 15), both ends included;
   * `dueOn` is that many days later than the plain count.
   */
  suspension: z.strictObject({ from: IsoDateSchema, to: IsoDateSchema, days: z.int().positive() }).optional(),
  /** The demands (a report, …) that interrupted the limitation period, oldest first; it counts from the last (Civil Code art. 195). */
  interruptedOn: z.array(IsoDateSchema).min(1).optional(),
  note: LocalizedTextSchema.optional(),
});

/** A deadline that applies but has no due date: its clock has not started, or the law gives no number of days. */
export const UndatedDeadlineSchema = z.strictObject({
  kind: z.literal("undated"),
  ...common,
  dueOn: z.null(),
  why: DeadlineWhySchema,
  metOn: IsoDateSchema.optional(),
});

/** A deadline that does not apply to this claim (e.g. a denial notice on an approved claim). */
export const NotApplicableDeadlineSchema = z.strictObject({
  kind: z.literal("not_applicable"),
  ...common,
  dueOn: z.null(),
  why: DeadlineWhySchema,
});

/** The schema of a claim clock: dated, undated or not applicable (a union on `kind`). */
export const DeadlineSchema = z.discriminatedUnion("kind", [DatedDeadlineSchema, UndatedDeadlineSchema, NotApplicableDeadlineSchema]);
/** A claim clock: dated, undated (waiting for an event), or not applicable to the claim. */
export type Deadline = z.output<typeof DeadlineSchema>;
/** A deadline that has a due date: when it is due, from which date it counts, and its legal basis. */
export type DatedDeadline = z.output<typeof DatedDeadlineSchema>;

export const DeadlineWarningSchema = z.strictObject({
  deadlineId: z.enum(DEADLINE_IDS),
  code: z.literal("beyond_holiday_calendar"),
  message: LocalizedTextSchema,
});
/** A warning about one deadline: its id, code and message. */
export type DeadlineWarning = z.output<typeof DeadlineWarningSchema>;

/** Every claim clock of one claim, by id, with the profile and counting rules that produced them. */
export const ClaimDeadlinesSchema = z
  .strictObject({
    profileId: IdSchema,
    productLine: z.enum(PRODUCT_LINES),
    /** The period-counting rules applied (e.g. PRC Civil Code arts. 201–203). */
    counting: LegalBasisSchema,
    /** The claim's dates the clocks counted from. */
    dates: z.strictObject({
      incidentOn: IsoDateSchema,
      /** When the claimant knew of the incident (the incident date unless later). */
      knownOn: IsoDateSchema,
      /** When the insurer was told (the submission unless reported earlier). */
      reportedOn: IsoDateSchema,
      /** The insurer's first receipt of the claim. */
      submittedOn: IsoDateSchema,
      /** When the art. 22 request for documents reached the claimant. */
      documentRequestReachedOn: IsoDateSchema.optional(),
      /** When the last missing document arrived; absent while documents are missing. */
      documentsCompleteOn: IsoDateSchema.optional(),
      /** When the claim was determined (approved or denied). */
      determinedOn: IsoDateSchema.optional(),
    }),
    byId: z.strictObject({
      limitation: DeadlineSchema,
      report: DeadlineSchema,
      documentRequest: DeadlineSchema,
      determination: DeadlineSchema,
      denialNotice: DeadlineSchema,
      payment: DeadlineSchema,
      advancePayment: DeadlineSchema,
    }),
    warnings: z.array(DeadlineWarningSchema),
  })
  .superRefine((deadlines, ctx) => {
    for (const id of DEADLINE_IDS) {
      const deadline = deadlines.byId[id];
      if (deadline.id !== id) ctx.addIssue({ code: "custom", path: ["byId", id, "id"], message: `deadline under "${id}" has id "${deadline.id}"` });
    }
  });
/** Every claim clock of a claim: each deadline with its due date (or why it has none), its legal basis and the dates it was counted from. */
export type ClaimDeadlines = z.output<typeof ClaimDeadlinesSchema>;
