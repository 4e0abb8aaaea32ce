import { z } from "zod";
import { OUTCOMES } from "../codes/outcomes.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";

/** Life insurance has a 5-year limitation period under PRC law; everything else (property, health, accident) 2 years. */
export const PRODUCT_LINES = ["life", "non_life"] as const;
export type ProductLine = (typeof PRODUCT_LINES)[number];

/** Outcomes that are a determination (核定) of the claim; `pending_documents` and `referred` are not yet. */
export const DETERMINATION_OUTCOMES = ["approved", "partially_approved", "denied"] as const;

/** Whether `outcome` determines the claim (核定): approved, partially approved or denied. */
export function isDetermination(outcome: string | undefined): outcome is (typeof DETERMINATION_OUTCOMES)[number] {
  return (DETERMINATION_OUTCOMES as readonly (string | undefined)[]).includes(outcome);
}

const ClaimDeadlineInputObject = z.strictObject({
  productLine: z.enum(PRODUCT_LINES),
  /** The day of the insured event. */
  incidentOn: IsoDateSchema,
  /** When the claimant knew or should have known of the event (limitation starts here); defaults to `incidentOn`. */
  knownOn: IsoDateSchema.optional(),
  /** When the insurer was told of the event; defaults to `submittedOn` (a claim also reports the event). */
  reportedOn: IsoDateSchema.optional(),
  /** When the claim reached the insurer. */
  submittedOn: IsoDateSchema,
  /** When the last missing document arrived (`submittedOn` when nothing was missing); absent while incomplete. */
  documentsCompleteOn: IsoDateSchema.optional(),
  /** Whether the case is complex (情形复杂), which selects the determination period. */
  complex: z.boolean(),
  /** The decision's outcome, if any. Only `approved`, `partially_approved` and `denied` are determinations. */
  outcome: z.enum(OUTCOMES).optional(),
  /** When the claim was determined (usually the decision's `asOf`); read only for a determination outcome. */
  determinedOn: IsoDateSchema.optional(),
  /** When the amount was agreed with the claimant; read only for `approved` and `partially_approved`. */
  amountAgreedOn: IsoDateSchema.optional(),
});

type DateField = "incidentOn" | "knownOn" | "reportedOn" | "submittedOn" | "documentsCompleteOn" | "determinedOn" | "amountAgreedOn";

/** Pairs `[later, earlier]` that must be in that order when both are given. */
const ORDER: readonly (readonly [DateField, DateField, string])[] = [
  ["knownOn", "incidentOn", "one cannot know of the event before it happens"],
  ["reportedOn", "incidentOn", "an event cannot be reported before it happens"],
  ["submittedOn", "incidentOn", "a claim cannot be submitted before the event"],
  ["submittedOn", "knownOn", "a claim cannot be submitted before the claimant knew of the event"],
  ["documentsCompleteOn", "submittedOn", "documents are complete at the earliest when the claim is submitted"],
  ["determinedOn", "submittedOn", "a claim cannot be determined before it is submitted"],
  ["amountAgreedOn", "determinedOn", "the amount is agreed at the earliest when the claim is determined"],
];

function checkDateOrder<T extends { readonly [K in DateField]?: string | undefined }>(dates: T, ctx: z.RefinementCtx<T>): void {
  for (const [later, earlier, why] of ORDER) {
    const laterDate = dates[later];
    const earlierDate = dates[earlier];
    if (laterDate !== undefined && earlierDate !== undefined && laterDate < earlierDate) {
      ctx.addIssue({ code: "custom", path: [later], message: `${later} ${laterDate} is before ${earlier} ${earlierDate}: ${why}` });
    }
  }
}

/** The dates and facts of one claim that its deadlines are computed from. Every date is `YYYY-MM-DD`. */
export const ClaimDeadlineInputSchema = ClaimDeadlineInputObject.superRefine((input, ctx) => {
  checkDateOrder(input, ctx);
  if (isDetermination(input.outcome) && input.determinedOn === undefined) {
    ctx.addIssue({ code: "custom", path: ["determinedOn"], message: `outcome "${input.outcome}" is a determination: give determinedOn (usually the decision's asOf)` });
  }
});
export type ClaimDeadlineInput = z.input<typeof ClaimDeadlineInputSchema>;

/** What the limitation period needs: the product line, when the claimant knew of the event, when the claim was brought. */
export const LimitationInputSchema = ClaimDeadlineInputObject.pick({ productLine: true, incidentOn: true, knownOn: true, submittedOn: true }).superRefine(checkDateOrder);
export type LimitationInput = z.input<typeof LimitationInputSchema>;
