import { z } from "zod";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { IdSchema } from "../values/primitives.js";

/** Hospital grades of the PRC's grading (一级、二级、三级医院). */
export const PROVIDER_LEVELS = ["level_1", "level_2", "level_3"] as const;
export type ProviderLevel = (typeof PROVIDER_LEVELS)[number];

/** Who owns a provider: public (公立) or private (民营). */
export const PROVIDER_OWNERSHIPS = ["public", "private"] as const;

/**
 * The department a bill comes from: the general department (普通部) or the wards products usually exclude:
 * special-needs (特需部), international (国际部), VIP (贵宾部/VIP病房).
 */
export const DEPARTMENTS = ["general", "special_needs", "international", "vip"] as const;
export type Department = (typeof DEPARTMENTS)[number];

/** Hospital, clinic or pharmacy. */
export const PROVIDER_KINDS = ["hospital", "clinic", "pharmacy"] as const;

/** A provider the claim's bills come from, as its invoices and the designated-provider lists name it. */
export const ProviderSchema = z.strictObject({
  /** The provider's code, as designated-provider lists (policy `providerLists`) name it. */
  id: IdSchema,
  name: z.string().min(1),
  kind: z.enum(PROVIDER_KINDS).optional(),
  /** Hospital grade (一级/二级/三级); unknown when not given. */
  level: z.enum(PROVIDER_LEVELS).optional(),
  ownership: z.enum(PROVIDER_OWNERSHIPS).optional(),
  /** The department its bills come from, unless a line says its own. */
  department: z.enum(DEPARTMENTS).optional(),
  /** A DTP pharmacy (direct-to-patient, 双通道/DTP 药房), for special drugs. */
  dtp: z.boolean().optional(),
});
export type Provider = z.output<typeof ProviderSchema>;

/** Days of the stay spent in one type of ward (an ICU stretch), from `from` to `to` counted as the stay is. */
export const WardStaySchema = z.strictObject({
  /** The ward type, e.g. `icu`. */
  type: IdSchema,
  from: IsoDateSchema,
  to: IsoDateSchema,
});
export type WardStay = z.output<typeof WardStaySchema>;

/** A drug bought on a prescription (特药、外购药): which drug, and when it was prescribed. */
export const DrugPurchaseSchema = z.strictObject({
  /** The drug's code, as the policy's drug lists (`drugLists`) name it. */
  code: IdSchema,
  /** The date on the prescription. */
  prescribedOn: IsoDateSchema,
  /** The institution whose specialist prescribed it, as providers are named. */
  prescriberId: IdSchema.optional(),
});
export type DrugPurchase = z.output<typeof DrugPurchaseSchema>;

/** Classes of the basic medical insurance catalogue: 甲类 fully in scope, 乙类 after a share the patient pays first, 丙类 out of scope (自费). */
export const CATALOGUE_CLASSES = ["class_a", "class_b", "class_c"] as const;
export type CatalogueClass = (typeof CATALOGUE_CLASSES)[number];

/** A signal an insurer passes on a claim (a model's score, a verification's result): a string, number or boolean. */
export const SignalValueSchema = z.union([z.string(), z.number(), z.boolean()]);
