import { z } from "zod";
import { ConditionSchema } from "../rules/condition-schema.js";
import { Icd10CodeSchema, IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";
import { RELATIONSHIPS } from "../values/relationships.js";
import { RoundingModeSchema } from "../money/rounding-mode-schema.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { CurrencyCodeSchema } from "../money/currency-schema.js";
import { COVERAGE_KIND_DEFINITIONS, coverageUnion } from "../coverage-kinds/coverage-kinds.js";
import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { FeeScheduleSchema } from "./fee-schedule-schema.js";
import { currencyMinorUnits } from "../money/currency-minor-units.js";
import { PRODUCT_LINES } from "../deadlines/claim-deadline-input-schema.js";
import { ProductDeadlineTermsSchema } from "../deadlines/product-deadline-terms-schema.js";
import { checkContractTerms } from "../life/check-contract-terms.js";
import { ContractTermsSchema } from "../life/contract-schema.js";
import { SignalDeclarationSchema, signalValueProblems } from "../claim/signal-declaration-schema.js";
import { DrugListSchema, ProviderListSchema } from "./medical-lists-schema.js";

/** The products a policy may be: medical reimbursement, accident, critical illness, hospital cash, flight delay, travel, term life. */
export const PRODUCTS = ["medical_reimbursement", "accident", "critical_illness", "hospital_cash", "flight_delay", "travel", "term_life"] as const;

/** The schema of a policy clause. */
export const ClauseSchema = z.strictObject({
  id: IdSchema,
  title: LocalizedTextSchema,
  /** The policy wording the clause enforces, quoted in decisions and notices. */
  text: LocalizedTextSchema,
});
/** A clause of the policy wording: its number, title and text in zh and en; decisions cite and quote it. */
export type Clause = z.output<typeof ClauseSchema>;

/** The schema of a document requirement. */
export const DocumentRequirementSchema = z.strictObject({
  id: IdSchema,
  documentType: IdSchema,
  clauseId: IdSchema,
  /** What the document is and why it is needed, as the claimant will read it. */
  description: LocalizedTextSchema,
  /** Only required when this condition holds (json-rules-engine condition over the fact catalogue). */
  when: ConditionSchema.optional(),
  /** `claim`: one document for the claim; `invoice`: one per distinct invoice number, with the invoice number as document id. */
  per: z.enum(["claim", "invoice"]).default("claim"),
  /** The original is needed, a copy does not satisfy the requirement. */
  originalRequired: z.boolean().default(false),
  /**
   * The document must be issued this many days or more after the incident (for an illness, the diagnosis): the
   * neurological examination 180 days after a stroke's diagnosis. One issued earlier does not satisfy it.
   */
  issuedFromDay: z.int().min(1).optional(),
});
/** A document the policy asks for (always or under a condition, once or per invoice, original or copy), with the clause that asks for it. */
export type DocumentRequirement = z.output<typeof DocumentRequirementSchema>;

export const PartySchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1),
  /** Identity number; decisions never echo it. */
  idNumber: z.string().optional(),
  birthDate: IsoDateSchema.optional(),
});

/** How an insured person is related to the main insured (family plans: 本人、配偶、子女、父母): the one list of relationships. */
export const INSURED_RELATIONSHIPS = RELATIONSHIPS;

/** The schema of an insured person. */
export const InsuredSchema = PartySchema.extend({
  /** Conditions declared or known at underwriting (既往症), as ICD-10 code prefixes. */
  preExistingConditions: z.array(Icd10CodeSchema.or(z.string().regex(/^[A-Z][0-9]{0,2}$/))).default([]),
  /** Relationship to the main insured; `self` for the main insured. */
  relationship: z.enum(INSURED_RELATIONSHIPS).default("self"),
  sex: z.enum(["female", "male"]).optional(),
});
/** An insured person of the policy: identity, birth date, sex, relationship to the main insured, pre-existing conditions. */
export type Insured = z.output<typeof InsuredSchema>;

/** A limit several coverages share (一般医疗 and 重疾医疗 within one total), per insured or for the whole family. */
export const SharedLimitSchema = z.strictObject({
  id: IdSchema,
  /** The clause that states it. */
  clauseId: IdSchema,
  name: LocalizedTextSchema,
  /** The coverages whose payments count against it, and which it caps. */
  coverages: z.array(IdSchema).min(2, { error: "a shared limit is shared by at least two coverages" }),
  amount: MoneyStringSchema,
  /** `insured`: each insured person has the amount; `family`: all the policy's insureds share it. */
  level: z.enum(["insured", "family"]).default("insured"),
});
/** A limit several coverages share, per insured or for the whole family. */
export type SharedLimit = z.output<typeof SharedLimitSchema>;

/**
 * The policy schema for a set of coverage kinds: the coverage union, and every reference check, the generic ones
 * (clauses, duplicate ids, document requirements, fee schedules) and each kind's own.
 */
export function buildPolicySchema<const Kinds extends readonly [AnyCoverageKind, ...AnyCoverageKind[]]>(kinds: Kinds) {
  const byKind = new Map<string, AnyCoverageKind>(kinds.map((kind) => [kind.kind, kind]));
  return z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    product: z.enum(PRODUCTS),
    /** Life insurance has a 5-year limitation period under PRC law; health, accident and property 2 years. */
    productLine: z.enum(PRODUCT_LINES).default("non_life"),
    /** What the wording says of the claim clocks (e.g. determination within 5 days, 30 if complex), within the law. */
    deadlineTerms: ProductDeadlineTermsSchema.optional(),
    name: LocalizedTextSchema,
    /** The main insured. A family plan lists everyone it insures in `insureds` (the main insured among them). */
    insured: InsuredSchema,
    /** Everyone the policy insures, when more than the main insured: a claim names whose it is (`insuredId`). */
    insureds: z.array(InsuredSchema).optional(),
    /** Limits several coverages share, per insured or for the family. */
    sharedLimits: z.array(SharedLimitSchema).default([]),
    holder: PartySchema,
    period: z.strictObject({
      effective: IsoDateSchema,
      expiry: IsoDateSchema,
      /** First day of uninterrupted cover with this insurer; a renewal keeps it so waiting periods are not served twice. */
      continuousCoverageSince: IsoDateSchema.optional(),
      /** The clause that states the period of insurance; refusals for an incident outside it cite it. */
      clauseId: IdSchema.optional(),
    }),
    currency: z
      .strictObject({
        code: CurrencyCodeSchema,
        /** Default: the currency's ISO 4217 minor units (CNY 2, JPY 0). */
        minorUnits: z.int().min(0).max(4).optional(),
        rounding: RoundingModeSchema.default("half_up"),
      })
      .transform(({ code, minorUnits, rounding }) => ({ code, minorUnits: minorUnits ?? currencyMinorUnits(code), rounding })),
    clauses: z.array(ClauseSchema).min(1),
    coverages: z.array(coverageUnion(kinds)).min(1),
    feeSchedules: z.array(FeeScheduleSchema).default([]),
    /** Lists of providers, as data (designated hospitals, DTP pharmacies): coverages name them in `providers.lists`. */
    providerLists: z.array(ProviderListSchema).optional(),
    /** Lists of drugs, as data (特药清单): coverages name them in `specialDrugs.drugListId`. */
    drugLists: z.array(DrugListSchema).optional(),
    /** Signals the insurer passes on this policy's claims (a fraud score, an e-invoice check), each with its type. */
    signals: z.array(SignalDeclarationSchema).optional(),
    documentRequirements: z.array(DocumentRequirementSchema).default([]),
    /**
     * What the library may decide without a person (PIPL art. 24). `denials: "refer"` turns every denial into a
     * referral for a person to confirm, with the denial's reasons.
     */
    automation: z.strictObject({ denials: z.enum(["decide", "refer"]).default("decide") }).default({ denials: "decide" }),
    /**
     * Long-term contracts: formation, premiums and the grace period (art. 36), suspension and reinstatement (art. 37),
     * incontestability (art. 16).
     */
    contract: ContractTermsSchema.optional(),
  })
  .superRefine((policy, ctx) => {
    if (policy.period.expiry < policy.period.effective) {
      ctx.addIssue({ code: "custom", path: ["period", "expiry"], message: `expiry ${policy.period.expiry} is before effective ${policy.period.effective}` });
    }
    if (policy.period.continuousCoverageSince !== undefined && policy.period.continuousCoverageSince > policy.period.effective) {
      ctx.addIssue({ code: "custom", path: ["period", "continuousCoverageSince"], message: "continuous cover cannot start after this period's effective date" });
    }
    const clauseIds = new Set<string>();
    policy.clauses.forEach((clause, i) => {
      if (clauseIds.has(clause.id)) ctx.addIssue({ code: "custom", path: ["clauses", i, "id"], message: `duplicate clause id "${clause.id}"` });
      clauseIds.add(clause.id);
    });
    const checkUnique = (ids: readonly string[], path: (index: number) => Path, what: string) => {
      const first = new Map<string, number>();
      ids.forEach((id, index) => {
        const earlier = first.get(id);
        if (earlier !== undefined) ctx.addIssue({ code: "custom", path: [...path(index)], message: `duplicate ${what} "${id}" (first at [${earlier}])` });
        else first.set(id, index);
      });
    };
    const checkClause = (clauseId: string | undefined, path: Path) => {
      if (clauseId !== undefined && !clauseIds.has(clauseId)) {
        ctx.addIssue({ code: "custom", path: [...path], message: `clause "${clauseId}" is not among the policy's clauses (${[...clauseIds].join(", ")})` });
      }
    };
    checkClause(policy.period.clauseId, ["period", "clauseId"]);
    const coverageIds = new Set(policy.coverages.map((coverage) => coverage.id));
    const seenCoverages = new Set<string>();
    policy.coverages.forEach((coverage, i) => {
      const at = (path: Path): Path => ["coverages", i, ...path];
      if (seenCoverages.has(coverage.id)) ctx.addIssue({ code: "custom", path: [...at(["id"])], message: `duplicate coverage id "${coverage.id}"` });
      seenCoverages.add(coverage.id);
      checkClause(coverage.clauseId, at(["clauseId"]));
      checkClause(coverage.waitingPeriods.clauseId, at(["waitingPeriods", "clauseId"]));
      byKind.get(coverage.kind)?.checkReferences?.(coverage, {
        report: (path, message) => ctx.addIssue({ code: "custom", path: [...at(path)], message }),
        checkClause: (clauseId, path) => checkClause(clauseId, at(path)),
        checkUnique: (ids, path, what) => checkUnique(ids, (index) => at(path(index)), what),
        checkCoverage: (id, path) => {
          if (!coverageIds.has(id)) ctx.addIssue({ code: "custom", path: [...at(path)], message: `coverage "${id}" is not among the policy's coverages (${[...coverageIds].join(", ")})` });
        },
        checkList: (kind, id, path) => {
          const ids = (kind === "provider" ? (policy.providerLists ?? []) : (policy.drugLists ?? [])).map((list) => list.id);
          const field = kind === "provider" ? "providerLists" : "drugLists";
          if (!ids.includes(id)) ctx.addIssue({ code: "custom", path: [...at(path)], message: `${kind} list "${id}" is not among the policy's ${field} (${ids.length === 0 ? "it has none" : ids.join(", ")})` });
        },
      });
    });
    if (policy.insureds !== undefined) {
      checkUnique(policy.insureds.map((insured) => insured.id), (j) => ["insureds", j, "id"], "insured");
      const main = policy.insureds.find((insured) => insured.id === policy.insured.id);
      if (main === undefined) ctx.addIssue({ code: "custom", path: ["insureds"], message: `the main insured "${policy.insured.id}" must be among the insureds (${policy.insureds.map((insured) => insured.id).join(", ")})` });
    }
    // A tier that waives premiums needs the contract's premium schedule to know which.
    policy.coverages.forEach((coverage, i) => {
      const tiers = "benefits" in coverage && Array.isArray(coverage.benefits) ? (coverage.benefits as readonly { readonly waivesPremiums?: boolean }[]) : [];
      tiers.forEach((tier, j) => {
        if (tier.waivesPremiums === true && policy.contract?.premium === undefined) {
          ctx.addIssue({ code: "custom", path: ["coverages", i, "benefits", j, "waivesPremiums"], message: "a benefit that waives premiums needs the contract's premium schedule (contract.premium) to know which premiums it waives" });
        }
      });
    });
    if (policy.contract !== undefined) {
      const insuredIds = policy.insureds === undefined ? [policy.insured.id] : [policy.insured.id, ...policy.insureds.map((insured) => insured.id).filter((id) => id !== policy.insured.id)];
      checkContractTerms(policy.contract, { effective: policy.period.effective, insuredIds }, (path, message) => ctx.addIssue({ code: "custom", path: ["contract", ...path], message }), (clauseId, path) => checkClause(clauseId, ["contract", ...path]));
    }
    checkUnique(policy.sharedLimits.map((limit) => limit.id), (j) => ["sharedLimits", j, "id"], "shared limit");
    policy.sharedLimits.forEach((limit, j) => {
      checkClause(limit.clauseId, ["sharedLimits", j, "clauseId"]);
      limit.coverages.forEach((id, k) => {
        if (!coverageIds.has(id)) ctx.addIssue({ code: "custom", path: ["sharedLimits", j, "coverages", k], message: `coverage "${id}" is not among the policy's coverages (${[...coverageIds].join(", ")})` });
      });
    });
    checkUnique(policy.feeSchedules.map((schedule) => schedule.id), (j) => ["feeSchedules", j, "id"], "fee schedule");
    policy.feeSchedules.forEach((schedule, j) => {
      checkClause(schedule.clauseId, ["feeSchedules", j, "clauseId"]);
      checkUnique(schedule.items.map((item) => item.code), (k) => ["feeSchedules", j, "items", k, "code"], "item code");
    });
    checkUnique((policy.providerLists ?? []).map((list) => list.id), (j) => ["providerLists", j, "id"], "provider list");
    checkUnique((policy.drugLists ?? []).map((list) => list.id), (j) => ["drugLists", j, "id"], "drug list");
    (policy.drugLists ?? []).forEach((list, j) => checkUnique(list.drugs.map((drug) => drug.code), (k) => ["drugLists", j, "drugs", k, "code"], "drug code"));
    checkUnique((policy.signals ?? []).map((signal) => signal.name), (j) => ["signals", j, "name"], "signal");
    (policy.signals ?? []).forEach((signal, j) => {
      if (signal.default !== undefined) for (const problem of signalValueProblems(signal, signal.default)) ctx.addIssue({ code: "custom", path: ["signals", j, "default"], message: `the default of signal "${signal.name}" ${problem}` });
    });
    const requirementIds = new Set<string>();
    policy.documentRequirements.forEach((requirement, i) => {
      if (requirementIds.has(requirement.id)) ctx.addIssue({ code: "custom", path: ["documentRequirements", i, "id"], message: `duplicate requirement id "${requirement.id}"` });
      requirementIds.add(requirement.id);
      checkClause(requirement.clauseId, ["documentRequirements", i, "clauseId"]);
    });
  });
}

type Path = readonly (string | number)[];

/** A policy with coverages of the library's kinds. */
export const PolicySchema = buildPolicySchema(COVERAGE_KIND_DEFINITIONS);
// An interface (not a type alias) so that editors and messages show `Policy`, not the whole object type.
/** A policy as `PolicySchema` gives it (defaults filled in): period, currency, clauses, coverages, document requirements, insureds, limits. */
export interface Policy extends z.output<typeof PolicySchema> {}
/** A policy as it may be given to `createAdjudicator` (fields with defaults may be left out). */
export type PolicyInput = z.input<typeof PolicySchema>;
