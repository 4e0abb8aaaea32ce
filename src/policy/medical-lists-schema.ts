import { z } from "zod";
import { Icd10CodeSchema, IdSchema, LocalizedTextSchema } from "../values/primitives.js";

/** A list of providers, as data: designated hospitals (定点医院), DTP pharmacies, a network. */
export const ProviderListSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  /** Provider codes, as claims name them (`providers[].id`). */
  providers: z.array(IdSchema).min(1, { error: "list at least one provider" }),
});
export type ProviderList = z.output<typeof ProviderListSchema>;

/** One drug of a drug list (特药目录): its code, name and, when the list restricts them, its indications. */
export const ListedDrugSchema = z.strictObject({
  code: IdSchema,
  name: LocalizedTextSchema,
  /** The conditions it is listed for, as ICD-10 codes or prefixes; absent: any. */
  indications: z.array(Icd10CodeSchema.or(z.string().regex(/^[A-Z][0-9]{0,2}$/))).min(1).optional(),
});

/** A list of drugs, as data: the special-drug list of a 惠民保 or 百万医疗 (特药清单). */
export const DrugListSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  drugs: z.array(ListedDrugSchema).min(1, { error: "list at least one drug" }),
});
export type DrugList = z.output<typeof DrugListSchema>;
