import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { DETERMINATION_OUTCOMES } from "../deadlines/claim-deadline-input-schema.js";
import { IdSchema, MoneyStringSchema } from "../values/primitives.js";

/** Every claim event happened on a day: `on`, `YYYY-MM-DD`. */
const on = IsoDateSchema;

/** The insurer is told of the insured event (报案). */
export const ReportEventSchema = z.strictObject({ type: z.literal("report"), on });

/** The claim, with the proofs the claimant supplied, first reaches the insurer: PRC Insurance Law art. 23's period starts. */
export const SubmitEventSchema = z.strictObject({ type: z.literal("submit"), on });

/**
 * The insurer's one consolidated request for missing documents (art. 22): `on` is the day it was sent,
 * `reachedClaimantOn` the day it reached the claimant, from which the determination period is suspended.
 */
export const RequestDocumentsEventSchema = z
  .strictObject({
    type: z.literal("request_documents"),
    on,
    reachedClaimantOn: IsoDateSchema,
    /** The document types asked for (the policy's document requirement ids, e.g. `invoice`). */
    documents: z.array(IdSchema).min(1, { error: "a request names at least one document" }),
  })
  .refine((event) => event.reachedClaimantOn >= event.on, { path: ["reachedClaimantOn"], error: "a request reaches the claimant at the earliest on the day it is sent" });

/** The documents asked for arrive: the determination period runs on. */
export const ReceiveDocumentsEventSchema = z.strictObject({ type: z.literal("receive_documents"), on });

/**
 * The claim is determined (核定): the decision's id and outcome, what it pays, when the amount was agreed (default
 * `on`, as an automated decision agrees it the day it is made) and when the notice of a denial was sent.
 */
export const DecideEventSchema = z
  .strictObject({
    type: z.literal("decide"),
    on,
    decisionId: z.string().min(1),
    outcome: z.enum(DETERMINATION_OUTCOMES),
    /** Required for `approved` and `partially_approved`; a denial pays nothing. */
    payable: MoneyStringSchema.optional(),
    amountAgreedOn: IsoDateSchema.optional(),
    /** When the notice of denial (拒赔通知书, art. 24) was sent, for `denied` and `partially_approved`. */
    noticeSentOn: IsoDateSchema.optional(),
  })
  .superRefine((event, ctx) => {
    const covered = event.outcome !== "denied";
    if (covered && event.payable === undefined) ctx.addIssue({ code: "custom", path: ["payable"], message: `a decision "${event.outcome}" says what it pays: give payable` });
    if (!covered && event.payable !== undefined) ctx.addIssue({ code: "custom", path: ["payable"], message: "a denial pays nothing: leave payable out" });
    if (!covered && event.amountAgreedOn !== undefined) ctx.addIssue({ code: "custom", path: ["amountAgreedOn"], message: "a denial has no amount to agree" });
    if (event.outcome === "approved" && event.noticeSentOn !== undefined) ctx.addIssue({ code: "custom", path: ["noticeSentOn"], message: "an approval has no notice of denial" });
    for (const field of ["amountAgreedOn", "noticeSentOn"] as const) {
      const date = event[field];
      if (date !== undefined && date < event.on) ctx.addIssue({ code: "custom", path: [field], message: `${field} ${date} is before the decision on ${event.on}` });
    }
  });

/** Money paid on the decision (one payment; several may follow each other). */
export const PayEventSchema = z.strictObject({
  type: z.literal("pay"),
  on,
  amount: MoneyStringSchema.refine((amount) => !/^0+(\.0+)?$/.test(amount), { error: "a payment is above zero" }),
  /** The payment's own reference (bank transfer number …). */
  reference: z.string().min(1).optional(),
});

/** The claim is closed: nothing is left to pay. */
export const CloseEventSchema = z.strictObject({ type: z.literal("close"), on });

/** A closed claim is opened again (new documents, a correction). */
export const ReopenEventSchema = z.strictObject({ type: z.literal("reopen"), on, reason: z.string().min(1) });

/** The claimant contests the decision (复核/申诉), with the grounds; the reviewer's outcome is the next `decide`. */
export const AppealEventSchema = z.strictObject({ type: z.literal("appeal"), on, grounds: z.string().min(1) });

/** The claimant withdraws the claim before it is decided. */
export const WithdrawEventSchema = z.strictObject({ type: z.literal("withdraw"), on, reason: z.string().min(1).optional() });

/** One dated event of a claim's life, by `type`. */
export const ClaimEventSchema = z.discriminatedUnion("type", [
  ReportEventSchema,
  SubmitEventSchema,
  RequestDocumentsEventSchema,
  ReceiveDocumentsEventSchema,
  DecideEventSchema,
  PayEventSchema,
  CloseEventSchema,
  ReopenEventSchema,
  AppealEventSchema,
  WithdrawEventSchema,
]);
/** A dated event of a claim's life (reported, submitted, documents requested, decided, paid, …), as its schema gives it. */
export type ClaimEvent = z.output<typeof ClaimEventSchema>;
/** A claim event as it may be given. */
export type ClaimEventInput = z.input<typeof ClaimEventSchema>;
/** The type of a claim event. */
export type ClaimEventType = ClaimEvent["type"];
/** The claim event of one type. */
export type ClaimEventOf<T extends ClaimEventType> = Extract<ClaimEvent, { type: T }>;
