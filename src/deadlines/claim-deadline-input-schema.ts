import { z } from "zod";
import { OUTCOMES } from "../codes/outcomes.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";

/** Life insurance has a 5-year limitation period under PRC law; everything else (property, health, accident) 2 years. */
export const PRODUCT_LINES = ["life", "non_life"] as const;
/** The line of business, which sets the limitation period: `life` has 5 years, `non_life` 2. */
export type ProductLine = (typeof PRODUCT_LINES)[number];

/** Outcomes that are a determination (核定) of the claim; `pending_documents` and `referred` are not yet. */
export const DETERMINATION_OUTCOMES = ["approved", "partially_approved", "denied"] as const;

/** Whether `outcome` determines the claim (核定): approved, partially approved or denied. */
export function isDetermination(outcome: string | undefined): outcome is (typeof DETERMINATION_OUTCOMES)[number] {
  return (DETERMINATION_OUTCOMES as readonly (string | undefined)[]).includes(outcome);
}

/**
 * The insurer's one consolidated request for missing documents (PRC Insurance Law art. 22). The determination period
 * does not count while it is outstanding: from the day it reached the claimant to the day the documents arrived
 * (`documentsCompleteOn`), 保险法司法解释（二） art. 15; the profile says which end days are deducted.
 */
export const DocumentRequestDatesSchema = z.strictObject({
  /** When the insurer sent it (meets the art. 22 request deadline); default `reachedClaimantOn`. */
  sentOn: IsoDateSchema.optional(),
  /** When it reached the policyholder, insured or beneficiary: the suspension starts here. */
  reachedClaimantOn: IsoDateSchema,
});
/** The insurer's one request for missing documents: when it was sent and when it reached the claimant. */
export type DocumentRequestDates = z.output<typeof DocumentRequestDatesSchema>;

const ClaimDeadlineInputObject = z.strictObject({
  productLine: z.enum(PRODUCT_LINES),
  /** The day of the insured event. */
  incidentOn: IsoDateSchema,
  /** When the claimant knew or should have known of the event (limitation and report count from it); defaults to `incidentOn`. */
  knownOn: IsoDateSchema.optional(),
  /** When the insurer was told of the event (报案); defaults to `submittedOn`. A report before the claim interrupts the limitation period. */
  reportedOn: IsoDateSchema.optional(),
  /** Other demands made to the insurer before the claim (letters, calls on record): each interrupts the limitation period like a report (Civil Code art. 195). */
  interruptedOn: z.array(IsoDateSchema).optional(),
  /** When the claim first reached the insurer, with the proofs the claimant supplied: the determination period counts from here. */
  submittedOn: IsoDateSchema,
  /** The art. 22 request for missing documents, when one was made. */
  documentRequest: DocumentRequestDatesSchema.optional(),
  /** When the last missing document arrived (`submittedOn` when nothing was missing); absent while incomplete. */
  documentsCompleteOn: IsoDateSchema.optional(),
  /** Whether the case is complex (情形复杂), which selects the determination period. */
  complex: z.boolean({ error: "must be true or false: whether the case is complex (情形复杂), which selects the determination period" }),
  /** The decision's outcome, if any. Only `approved`, `partially_approved` and `denied` are determinations. */
  outcome: z.enum(OUTCOMES).optional(),
  /** When the claim was determined (usually the decision's `asOf`); read only for a determination outcome. */
  determinedOn: IsoDateSchema.optional(),
  /** When the amount was agreed with the claimant; read only for `approved` and `partially_approved`. */
  amountAgreedOn: IsoDateSchema.optional(),
  /** When the notice of denial was sent (meets the art. 24 deadline). */
  denialNoticeSentOn: IsoDateSchema.optional(),
  /** When the agreed amount was paid in full (meets the art. 23 payment deadline). */
  paidOn: IsoDateSchema.optional(),
});

type Dates = z.output<typeof ClaimDeadlineInputObject>;
type Path = (string | number)[];

/** `[later path, later date, earlier path, earlier date, why]` for every pair of dates that must be in this order. */
function datePairs(dates: Partial<Dates>): [Path, string | undefined, Path, string | undefined, string][] {
  const request = dates.documentRequest;
  return [
    [["knownOn"], dates.knownOn, ["incidentOn"], dates.incidentOn, "one cannot know of the event before it happens"],
    [["reportedOn"], dates.reportedOn, ["incidentOn"], dates.incidentOn, "an event cannot be reported before it happens"],
    ...(dates.interruptedOn ?? []).map((on, i): [Path, string, Path, string | undefined, string] => [["interruptedOn", i], on, ["incidentOn"], dates.incidentOn, "a demand about the event cannot come before it happens"]),
    [["submittedOn"], dates.submittedOn, ["incidentOn"], dates.incidentOn, "a claim cannot be submitted before the event"],
    [["submittedOn"], dates.submittedOn, ["knownOn"], dates.knownOn, "a claim cannot be submitted before the claimant knew of the event"],
    [["documentRequest", "sentOn"], request?.sentOn, ["submittedOn"], dates.submittedOn, "documents are requested for a claim already received"],
    [["documentRequest", "reachedClaimantOn"], request?.reachedClaimantOn, ["submittedOn"], dates.submittedOn, "documents are requested for a claim already received"],
    [["documentRequest", "reachedClaimantOn"], request?.reachedClaimantOn, ["documentRequest", "sentOn"], request?.sentOn, "a request reaches the claimant at the earliest when it is sent"],
    [["documentsCompleteOn"], dates.documentsCompleteOn, ["submittedOn"], dates.submittedOn, "documents are complete at the earliest when the claim is submitted"],
    [["documentsCompleteOn"], dates.documentsCompleteOn, ["documentRequest", "reachedClaimantOn"], request?.reachedClaimantOn, "the requested documents arrive at the earliest when the request reached the claimant"],
    [["determinedOn"], dates.determinedOn, ["submittedOn"], dates.submittedOn, "a claim cannot be determined before it is submitted"],
    [["amountAgreedOn"], dates.amountAgreedOn, ["determinedOn"], dates.determinedOn, "the amount is agreed at the earliest when the claim is determined"],
    [["denialNoticeSentOn"], dates.denialNoticeSentOn, ["determinedOn"], dates.determinedOn, "a denial is notified at the earliest when it is decided"],
    [["paidOn"], dates.paidOn, ["determinedOn"], dates.determinedOn, "a claim is paid at the earliest when it is determined"],
  ];
}

function dotted(path: Path): string {
  return path.map((segment, i) => (typeof segment === "number" ? `[${segment}]` : i === 0 ? segment : `.${segment}`)).join("");
}

function checkDateOrder(dates: Partial<Dates>, ctx: z.RefinementCtx): void {
  for (const [laterPath, later, earlierPath, earlier, why] of datePairs(dates)) {
    if (later !== undefined && earlier !== undefined && later < earlier) {
      ctx.addIssue({ code: "custom", path: laterPath, message: `${dotted(laterPath)} ${later} is before ${dotted(earlierPath)} ${earlier}: ${why}` });
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
/** What `computeClaimDeadlines` is given: the claim's dates (incident, known, reported, submitted, documents complete, decided) and its product line. */
export type ClaimDeadlineInput = z.input<typeof ClaimDeadlineInputSchema>;

/**
 * What the limitation period needs: the product line, when the claimant knew of the event, the report and other
 * demands that interrupt it, when the claim was brought.
 */
export const LimitationInputSchema = ClaimDeadlineInputObject.pick({ productLine: true, incidentOn: true, knownOn: true, reportedOn: true, interruptedOn: true, submittedOn: true }).superRefine(checkDateOrder);
/** The dates the limitation period (诉讼时效) is counted from: incident, when it was known, reported, submitted. */
export type LimitationInput = z.input<typeof LimitationInputSchema>;
