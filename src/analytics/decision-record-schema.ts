import { z } from "zod";
import type { Decision } from "../decision/decision-schema.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { LocalizedTextSchema } from "../values/primitives.js";

/**
 * Who treated or billed the claim. Decisions do not carry a provider yet, so the record (or NDJSON line) brings it;
 * `name` is a plain string or a name in zh and en.
 */
export const ProviderRefSchema = z.strictObject({
  id: z.string().min(1),
  name: z.union([z.string().min(1), LocalizedTextSchema]).optional(),
});
/** A provider a decision line names, by id and name. */
export type ProviderRef = z.output<typeof ProviderRefSchema>;

/**
 * The product a decision belongs to. Decisions name their policy and rule set, not the product, so the record may:
 * a product code of the library (`medical_reimbursement`, … labelled in zh and en by the report), any other id,
 * or `{ id, name: { zh, en } }`. Without it the report groups by the decision's rule set id.
 */
export const ProductRefSchema = z.union([z.string().min(1), z.strictObject({ id: z.string().min(1), name: LocalizedTextSchema.optional() })]);
/** The product a decision line belongs to, by id and name. */
export type ProductRef = z.output<typeof ProductRefSchema>;

/**
 * What happened to the claim after the decision, as the claims system knows it: a person determined a referred or
 * pending claim, the denial notice went out, the money was paid. Each date feeds the claim clocks (`deadlineStatus`'s
 * `metOn`) and the cycle times.
 */
export const DecisionEventsSchema = z.strictObject({
  /** A person determined the claim (a referred claim confirmed or changed; a pending claim decided). */
  determinedOn: IsoDateSchema.optional(),
  /** The denial (or partial approval) notice was sent. */
  denialNoticeSentOn: IsoDateSchema.optional(),
  /** The payable amount reached the payee. */
  paidOn: IsoDateSchema.optional(),
});
/** Dates of a claim's life a decision line may carry for the report (reported, submitted, documents complete, paid). */
export type DecisionEvents = z.output<typeof DecisionEventsSchema>;

/**
 * One decision with what the analysis needs beyond it: an NDJSON line `{ "decision": {…}, "product": …,
 * "provider": {…}, "events": {…} }`, or a bare decision.
 */
export interface DecisionRecord {
  readonly decision: Decision;
  readonly product?: ProductRef;
  readonly provider?: ProviderRef;
  readonly events?: DecisionEvents;
}

/** The envelope's own fields; `decision` is checked against `DecisionSchema` separately (see `parseDecisionLines`). */
export const DecisionRecordEnvelopeSchema = z.strictObject({
  decision: z.unknown(),
  product: ProductRefSchema.optional(),
  provider: ProviderRefSchema.optional(),
  events: DecisionEventsSchema.optional(),
});

/** A line or record that could not be read: where it was and every problem with its JSON path. */
export interface UnreadableDecision {
  readonly unreadable: true;
  /** 1-based line of the NDJSON source, when the record came from one. */
  readonly line?: number;
  readonly source?: string;
  readonly problems: readonly { readonly path: string; readonly message: string }[];
}

/** What `analyzeDecisions` takes, one at a time. */
export type DecisionInput = Decision | DecisionRecord | UnreadableDecision;

/** Whether an input is a record envelope rather than a bare decision. */
export function isDecisionRecord(input: DecisionInput): input is DecisionRecord {
  return "decision" in input;
}

/** Whether an input is a line that could not be read. */
export function isUnreadableDecision(input: DecisionInput): input is UnreadableDecision {
  return "unreadable" in input && input.unreadable === true;
}
