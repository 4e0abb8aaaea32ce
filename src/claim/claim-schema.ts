import { z } from "zod";
import { CurrencyCodeSchema } from "../money/currency-schema.js";
import { Icd10CodeSchema, IdSchema, MAX_SIGNIFICANT_DIGITS, MoneyStringSchema, significantDigits } from "../values/primitives.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { EARLIEST_YEAR, isWithinAcceptedYears, LATEST_YEAR } from "../dates/iso-date.js";
import { compareMoneyStrings } from "../money/compare-money-strings.js";
import { billTotalTooLong, lineSharesExcess } from "./bill-amount-checks.js";
import { INCIDENT_TYPES } from "./incident-types.js";
import { DisabilityGradeSchema } from "./disability-grade-schema.js";
import { DocumentRequestDatesSchema, type DocumentRequestDates } from "../deadlines/claim-deadline-input-schema.js";
import { CATALOGUE_CLASSES, DEPARTMENTS, DrugPurchaseSchema, ProviderSchema, SignalValueSchema, WardStaySchema } from "./medical-claim-schema.js";
import { LinePaidBySchema } from "./payer-sources.js";
import { checkMedicalClaim } from "./check-medical-claim.js";

import { RELATIONSHIPS } from "../values/relationships.js";

export { RELATIONSHIPS };

/**
 * Circumstances of an accident the usual exclusions name (意外险责任免除): driving drunk or drugged (酒后驾驶、毒驾),
 * without a valid licence (无有效驾驶证), an unlicensed vehicle (无有效行驶证), dangerous sports (潜水、跳伞、攀岩、
 * 蹦极、赛车等高风险运动), a fight (斗殴), a crime (故意犯罪或拒捕), self-harm (自伤), war or riot (战争、暴乱), nuclear.
 */
export const ACCIDENT_CIRCUMSTANCES = [
  "drunk_driving",
  "drugged_driving",
  "unlicensed_driving",
  "unlicensed_vehicle",
  "dangerous_sport",
  "fight",
  "crime",
  "self_harm",
  "war_or_riot",
  "nuclear",
] as const;
/** The ways social insurance took part in settling bills: used, not_used, could_not_be_used. */
export const SOCIAL_INSURANCE_USE = ["used", "not_used", "could_not_be_used"] as const;
/** How social insurance took part in settling the bills: `used`, `not_used` or `could_not_be_used`. */
export type SocialInsuranceUse = (typeof SOCIAL_INSURANCE_USE)[number];

/** The schema of a submitted document. */
export const SubmittedDocumentSchema = z.strictObject({
  type: IdSchema,
  /** The document's own number; for invoices, the invoice number. */
  id: z.string().min(1),
  issuedOn: IsoDateSchema,
  original: z.boolean(),
  /**
   * Who issued it: for an invoice, the provider that billed it (开票单位), by the provider's own id (e.g. its
   * unified social credit code). Risk indicators compare invoices by amount, date and provider with it.
   */
  issuer: z.strictObject({ id: z.string().min(1), name: z.string().min(1).optional() }).optional(),
});
/** A document the claimant submitted: its type, number, issue date, whether it is the original, and its issuer. */
export type SubmittedDocument = z.output<typeof SubmittedDocumentSchema>;

/** The schema of one bill line; checks its amounts are decimal strings and that what others paid does not exceed what was billed. */
export const BillLineSchema = z
  .strictObject({
    id: IdSchema,
    category: IdSchema,
    description: z.string().optional(),
    /** Code of the item or service, as in the policy's fee schedules. */
    itemCode: z.string().min(1).optional(),
    /** Units billed (days of a bed line, tablets, sessions); fee caps and per-unit sub-limits multiply by it. */
    quantity: z.int().min(1).default(1),
    /** The visit the line belongs to, for per-visit sub-limits; default its service date. */
    visitId: z.string().min(1).optional(),
    /** Amount billed on the invoice for this line. */
    amount: MoneyStringSchema,
    serviceDate: IsoDateSchema,
    invoiceNumber: z.string().min(1).refine((number) => number !== "__proto__", { error: 'must be the invoice\'s number; "__proto__" cannot key the ledger\'s record of paid invoices' }),
    /** Portion outside the social-insurance catalogue paid by the patient (自费). */
    selfPay: MoneyStringSchema.default("0"),
    /** Portion already reimbursed by social insurance (统筹支付). */
    socialInsurancePaid: MoneyStringSchema.default("0"),
    /** Portion already paid by other commercial insurers on this line. */
    otherInsurancePaid: MoneyStringSchema.default("0"),
    /**
     * How this line's visit or invoice was settled with social insurance, when not as the claim says
     * (`socialInsurance`): a pharmacy purchase paid in cash beside a stay settled through it. Lines of one invoice
     * share one settlement.
     */
    socialInsurance: z.enum(SOCIAL_INSURANCE_USE).optional(),
    /** What the other public schemes and an employer's plan paid on the line (大病保险, 医疗救助, 公务员补助, 单位补充医疗). */
    paidBy: LinePaidBySchema.optional(),
    /** The line's class in the basic medical insurance catalogue (甲类/乙类/丙类), when the statement gives it. */
    catalogueClass: z.enum(CATALOGUE_CLASSES).optional(),
    /** For a 乙类 item: the share the patient pays first (乙类先行自付, 自付二), part of the in-catalogue amount. */
    classBSelfPay: MoneyStringSchema.optional(),
    /** The diagnoses (ICD-10, among the incident's) this line treats; default the principal diagnosis. */
    diagnosisCodes: z.array(Icd10CodeSchema).min(1).optional(),
    /** The provider the line was billed by (`providers[].id`); default the stay's provider, else the claim's only one. */
    providerId: IdSchema.optional(),
    /** The department the line was billed by, when not the provider's. */
    department: z.enum(DEPARTMENTS).optional(),
    /** An emergency (急诊抢救): provider restrictions that waive emergencies do not apply. */
    emergency: z.boolean().optional(),
    /**
     * The rate the provider agreed with the insurer (in network): the provider writes off the rest of the charge,
     * which the insured never owes (X12 CO-45).
     */
    negotiatedAmount: MoneyStringSchema.optional(),
    /** The prescription the line was dispensed on, for per-prescription copays; default the line itself. */
    prescriptionId: z.string().min(1).optional(),
    /** A drug bought on a prescription (特药、外购药): its code and the prescription's date. */
    drug: DrugPurchaseSchema.optional(),
  })
  .superRefine((line, ctx) => {
    // An amount that failed its format check is reported there; comparing it would hand it to decimal.js.
    if (!compareMoneyStrings.areMoney(line.amount, line.selfPay, line.socialInsurancePaid, line.otherInsurancePaid)) return;
    const excess = lineSharesExcess(line);
    if (excess === "others") {
      ctx.addIssue({
        code: "custom",
        path: ["otherInsurancePaid"],
        message: `socialInsurancePaid (${line.socialInsurancePaid}) + otherInsurancePaid (${line.otherInsurancePaid}) exceed the billed amount (${line.amount})`,
      });
    } else if (excess === "all") {
      ctx.addIssue({
        code: "custom",
        path: ["selfPay"],
        message: `selfPay (${line.selfPay}) + socialInsurancePaid (${line.socialInsurancePaid}) + otherInsurancePaid (${line.otherInsurancePaid}) exceed the billed amount (${line.amount})`,
      });
    }
  });
// An interface (not a type alias) so that editors and messages show `BillLine`, not the whole object type.
/** One line of a claim's bills as `BillLineSchema` gives it (defaults filled in): amount, service date, invoice number and what others paid, amounts as decimal strings. */
export interface BillLine extends z.output<typeof BillLineSchema> {}

/** The schema of an assessed disability (code, grade from 1 to 10, assessment date). */
export const DisabilitySchema = z.strictObject({
  /** Item of the disability standard (JR/T 0083-2013), e.g. "4-10-4"; the same item is never rated twice. */
  code: z.string().min(1),
  grade: DisabilityGradeSchema,
  assessedOn: IsoDateSchema,
  description: z.string().optional(),
});
/** A disability assessed on the claim: its code in the disability table, its grade, and when it was assessed. */
export type Disability = z.output<typeof DisabilitySchema>;

/** Where a disability the insured had before this claim came from, when no coverage of the policy rated it. */
export const PRIOR_DISABILITY_SOURCES = ["before_cover", "other_insurer", "excluded_cause", "other"] as const;

export const PriorDisabilitySchema = z.strictObject({
  /** Item of the disability standard (JR/T 0083-2013), e.g. "4-10-4". */
  code: z.string().min(1),
  grade: DisabilityGradeSchema,
  /** `before_cover`: the insured had it before the policy; `other_insurer`: another insurer paid it; `excluded_cause`: it came of a cause the policy excludes. */
  source: z.enum(PRIOR_DISABILITY_SOURCES),
  assessedOn: IsoDateSchema.optional(),
  description: z.string().optional(),
});
export type PriorDisability = z.output<typeof PriorDisabilitySchema>;

/**
 * A clinical finding a definition asks for (较重急性心肌梗死: troponin at least 15 times the upper reference limit; 严重
 * 脑中风后遗症: a limb at muscle strength 2 or less 180 days after the diagnosis), with the day it was observed.
 */
export const ClinicalFindingSchema = z.strictObject({
  /** The finding, in the policy's vocabulary (the codes its conditions list), e.g. "troponin-15x-url". */
  code: IdSchema,
  observedOn: IsoDateSchema,
  /** The document that records it (its number), e.g. the neurological examination report. */
  documentId: z.string().min(1).optional(),
  description: z.string().optional(),
});
export type ClinicalFinding = z.output<typeof ClinicalFindingSchema>;

const DateTimeSchema = z.iso
  .datetime({ offset: true, error: "must be an ISO date-time with its UTC offset, e.g. 2026-07-01T08:30:00+08:00" })
  .refine(isWithinAcceptedYears, { error: `must be a date-time in the years ${EARLIEST_YEAR} to ${LATEST_YEAR}` });

/** The schema of a flight of a travel claim. */
export const FlightSchema = z.strictObject({
  carrier: z.string().min(1),
  number: z.string().min(1),
  scheduledDeparture: DateTimeSchema,
  /** Required, unless the insured flew on a `replacement` that gives its own actual times. */
  actualDeparture: DateTimeSchema.optional(),
  scheduledArrival: DateTimeSchema,
  /** Required, unless the insured flew on a `replacement` that gives its own actual times. */
  actualArrival: DateTimeSchema.optional(),
  /**
   * What happened to the flight besides a late departure: `cancelled` (取消: the actual times are those of the
   * replacement flight the insured took), `diverted` (备降) or `returned` (返航: the actual arrival is the arrival at
   * the destination in the end). Absent: a delay.
   */
  disruption: z.enum(["cancelled", "diverted", "returned"]).optional(),
  /**
   * The flight the insured took instead (替代航班, 改乘): after a cancellation, or rebooked on a delay. With its own
   * `actualDeparture` and `actualArrival` (give both) the delay is measured from the original flight's scheduled times
   * to the replacement's actual times, as wordings say (以替代航班的实际起飞/到达时间计算); without them it is for the
   * record, and the flight's actual times are those of the flight taken. `arrangedBy`: the carrier (default) or the
   * insured on their own (自行改乘), which some wordings do not cover (`selfRebooking`).
   */
  replacement: z
    .strictObject({
      carrier: z.string().min(1),
      number: z.string().min(1),
      arrangedBy: z.enum(["carrier", "insured"]).optional(),
      actualDeparture: DateTimeSchema.optional(),
      actualArrival: DateTimeSchema.optional(),
    })
    .optional(),
});
/** A flight of a travel claim: carrier and number, scheduled and actual departure and arrival, and a cancellation, diversion or return. */
export type Flight = z.output<typeof FlightSchema>;

/** The schema of a claim, as `adjudicate` checks it; a zod schema you can compose with your own (zod is a peer dependency). */
export const ClaimSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: IdSchema,
    policyId: IdSchema,
    /** Whose claim it is, among the policy's insureds; required when the policy insures several people. */
    insuredId: IdSchema.optional(),
    /** Currency of the bill; must be the policy's. */
    currency: CurrencyCodeSchema,
    claimant: z.strictObject({
      name: z.string().min(1),
      relationship: z.enum(RELATIONSHIPS),
      idNumber: z.string().optional(),
    }),
    incident: z.strictObject({
      /**
       * The incident the claim is for: claims for one accident or one illness episode share it, so what is taken
       * "per incident" (每次事故免赔额) is taken once. Default: the claim's own id (an incident of its own).
       */
      id: IdSchema.optional(),
      date: IsoDateSchema,
      type: z.enum(INCIDENT_TYPES),
      /** ICD-10 codes, every diagnosis of the claim; required for an illness. */
      diagnosisCodes: z.array(Icd10CodeSchema).default([]),
      /**
       * The principal diagnosis (主要诊断, the condition the admission or visit was for), one of `diagnosisCodes`;
       * the others are secondary (comorbidities, 其他诊断). Default: the first of `diagnosisCodes`.
       */
      principalDiagnosis: Icd10CodeSchema.optional(),
      description: z.string().min(1),
      /** When the first symptoms appeared, if the medical record says; earlier than cover means pre-existing. */
      firstSymptomsOn: IsoDateSchema.optional(),
      /** When the claimant knew or should have known of the incident, when later than the incident (limitation counts from it). */
      knownOn: IsoDateSchema.optional(),
      /** The insured died of the incident. */
      death: z
        .strictObject({
          date: IsoDateSchema,
          /** Beneficiaries found to have intentionally caused the death (PRC Insurance Law art. 43): they lose the right to the benefit. */
          causedByBeneficiaries: z.array(IdSchema).optional(),
          /**
           * Beneficiaries who have died, with the date (PRC Insurance Law art. 42): one who died before the insured
           * cannot receive the benefit; one who died on the same day says which died first (`orderOfDeaths`; in the
           * same event with the order unknown the beneficiary is deemed to have died first); one who died after the
           * insured had the right, and the share is paid to their heirs.
           */
          beneficiaryDeaths: z
            .array(
              z.strictObject({
                beneficiaryId: IdSchema,
                diedOn: IsoDateSchema,
                /** Required when `diedOn` is the insured's day of death: who died first, or `unknown`. */
                orderOfDeaths: z.enum(["beneficiary_first", "insured_first", "unknown"]).optional(),
              }),
            )
            .optional(),
        })
        .optional(),
      /** Disabilities assessed after an accident, each with its grade. */
      disabilities: z.array(DisabilitySchema).default([]),
      /**
       * Disabilities the insured had before, from any source the policy did not rate (before cover, another insurer,
       * an excluded cause): a disability schedule combines them with the new ones and deducts their share.
       */
      priorDisabilities: z.array(PriorDisabilitySchema).optional(),
      /** Clinical findings of the medical records, each dated: what a critical illness definition is checked against. */
      findings: z.array(ClinicalFindingSchema).optional(),
      /**
       * Circumstances of an accident the usual exclusions turn on, as established (police report, toxicology):
       * fact `accidentCircumstances`, for the rule set's exclusions to read.
       */
      circumstances: z.array(z.enum(ACCIDENT_CIRCUMSTANCES)).optional(),
    }),
    /** For a flight delay: the flight, with scheduled and actual times. */
    flight: FlightSchema.optional(),
    /** Needed when the claim's currency is not the policy's: policy-currency units per one claim-currency unit. */
    exchangeRate: z
      .strictObject({
        rate: z
          .string()
          .regex(/^\d+(\.\d+)?$/, { error: 'must be a positive decimal string such as "7.1234"', abort: true })
          .refine((rate) => !/^0+(\.0+)?$/.test(rate), { error: "must be above zero", abort: true })
          .refine((rate) => significantDigits(rate) <= MAX_SIGNIFICANT_DIGITS, { error: `must have at most ${MAX_SIGNIFICANT_DIGITS} significant digits, e.g. "7.123456"` }),
        source: z.string().min(1).optional(),
        date: IsoDateSchema.optional(),
      })
      .optional(),
    reportedOn: IsoDateSchema,
    submittedOn: IsoDateSchema,
    /** When the last missing document arrived; default the submission, once nothing is missing. */
    documentsCompleteOn: IsoDateSchema.optional(),
    /**
     * The insurer's one consolidated request for missing documents (PRC Insurance Law art. 22), when it made one:
     * `reachedClaimantOn` (required) and `sentOn` (default the same day). The determination period counts from
     * `submittedOn`, less the days from the request reaching the claimant to `documentsCompleteOn`
     * (保险法司法解释（二） art. 15).
     */
    documentRequest: DocumentRequestDatesSchema.optional(),
    /** A complex case (情形复杂), which has the longer determination period; default: a referred claim is complex. */
    complex: z.boolean().optional(),
    /** Who is paid: the account is never echoed in full. */
    payee: z.strictObject({ name: z.string().min(1), bankName: z.string().min(1).optional(), bankAccount: z.string().min(4) }).optional(),
    documents: z.array(SubmittedDocumentSchema),
    hospitalStay: z
      .strictObject({
        admission: IsoDateSchema,
        discharge: IsoDateSchema,
        /** The hospital (`providers[].id`). */
        providerId: IdSchema.optional(),
        /**
         * Stretches in wards of another type than the general one (an ICU stretch), checked to lie within the stay and
         * not to overlap. Hospital cash with `wardRates` pays each day at the rate of the ward it was spent in.
         */
        wards: z.array(WardStaySchema).optional(),
      })
      .optional(),
    /** The providers the bills come from: hospitals, clinics, pharmacies. */
    providers: z.array(ProviderSchema).optional(),
    /**
     * Signals the insurer passes with the claim (a fraud model's score, an e-invoice verification, a blacklist hit),
     * by name: each must be declared, with its type, in the policy's or the adjudicator's `signals`; rules read them
     * as facts of that name.
     */
    signals: z.record(IdSchema, SignalValueSchema).optional(),
    /** How social insurance took part in settling the bills; required when the claim has bill lines. */
    socialInsurance: z.enum(SOCIAL_INSURANCE_USE).optional(),
    lines: z.array(BillLineSchema).default([]),
  })
  .superRefine((claim, ctx) => {
    if (claim.reportedOn < claim.incident.date) {
      ctx.addIssue({ code: "custom", path: ["reportedOn"], message: `reported on ${claim.reportedOn}, before the incident on ${claim.incident.date}` });
    }
    if (claim.submittedOn < claim.reportedOn) {
      ctx.addIssue({ code: "custom", path: ["submittedOn"], message: `submitted on ${claim.submittedOn}, before it was reported on ${claim.reportedOn}` });
    }
    const { incident } = claim;
    // The claim clocks count from these dates: they must be in order.
    if (incident.knownOn !== undefined && incident.knownOn < incident.date) {
      ctx.addIssue({ code: "custom", path: ["incident", "knownOn"], message: `known on ${incident.knownOn}, before the incident on ${incident.date}: one cannot know of an incident before it happens` });
    }
    if (incident.knownOn !== undefined && claim.submittedOn < incident.knownOn) {
      ctx.addIssue({ code: "custom", path: ["submittedOn"], message: `submitted on ${claim.submittedOn}, before the claimant knew of the incident (${incident.knownOn})` });
    }
    if (claim.documentsCompleteOn !== undefined && claim.documentsCompleteOn < claim.submittedOn) {
      ctx.addIssue({ code: "custom", path: ["documentsCompleteOn"], message: `documents complete on ${claim.documentsCompleteOn}, before the claim was submitted on ${claim.submittedOn}` });
    }
    checkDocumentRequestDates(claim, ctx);
    if (incident.type === "illness" && incident.diagnosisCodes.length === 0) {
      ctx.addIssue({ code: "custom", path: ["incident", "diagnosisCodes"], message: "an illness needs at least one ICD-10 diagnosis code" });
    }
    if (incident.death !== undefined && incident.death.date < incident.date) {
      ctx.addIssue({ code: "custom", path: ["incident", "death", "date"], message: `death on ${incident.death.date} is before the incident on ${incident.date}` });
    }
    const seenDeaths = new Map<string, number>();
    incident.death?.beneficiaryDeaths?.forEach((entry, i) => {
      const at = ["incident", "death", "beneficiaryDeaths", i];
      const first = seenDeaths.get(entry.beneficiaryId);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: [...at, "beneficiaryId"], message: `beneficiary "${entry.beneficiaryId}" is listed twice (first at [${first}])` });
      else seenDeaths.set(entry.beneficiaryId, i);
      const insuredDiedOn = incident.death?.date as string;
      if (entry.diedOn === insuredDiedOn && entry.orderOfDeaths === undefined) {
        ctx.addIssue({ code: "custom", path: [...at, "orderOfDeaths"], message: `died on ${entry.diedOn}, the insured's day of death: say who died first ("beneficiary_first", "insured_first", or "unknown" when it cannot be determined)` });
      }
      if (entry.diedOn !== insuredDiedOn && entry.orderOfDeaths !== undefined) {
        ctx.addIssue({ code: "custom", path: [...at, "orderOfDeaths"], message: `died on ${entry.diedOn}, not the insured's day of death (${insuredDiedOn}): the dates already say who died first; remove "orderOfDeaths"` });
      }
    });
    incident.disabilities.forEach((disability, i) => {
      if (disability.assessedOn < incident.date) {
        ctx.addIssue({ code: "custom", path: ["incident", "disabilities", i, "assessedOn"], message: `assessed on ${disability.assessedOn}, before the incident on ${incident.date}` });
      }
    });
    incident.findings?.forEach((finding, i) => {
      if (finding.observedOn < incident.date) {
        ctx.addIssue({ code: "custom", path: ["incident", "findings", i, "observedOn"], message: `observed on ${finding.observedOn}, before the incident (diagnosis) on ${incident.date}: a definition counts its days from the diagnosis` });
      }
    });
    if (incident.type === "flight_delay" && claim.flight === undefined) {
      ctx.addIssue({ code: "custom", path: ["flight"], message: "a flight delay claim needs the flight: carrier, number, scheduled and actual times" });
    }
    const flight = claim.flight;
    if (flight !== undefined) {
      const replacement = flight.replacement;
      const own = replacement?.actualDeparture !== undefined || replacement?.actualArrival !== undefined;
      for (const field of ["actualDeparture", "actualArrival"] as const) {
        if (own && replacement?.[field] === undefined) {
          ctx.addIssue({ code: "custom", path: ["flight", "replacement", field], message: "give the replacement flight's actual departure and arrival both: the delay is measured to the replacement" });
        }
        if (!own && flight[field] === undefined) {
          ctx.addIssue({ code: "custom", path: ["flight", field], message: `the flight's ${field === "actualDeparture" ? "actual departure" : "actual arrival"} is required, unless the replacement flight taken gives its own actual times` });
        }
      }
    }
    // The insured event of a flight delay is the flight: its scheduled departure, in the departure airport's local date.
    const departureDate = claim.flight?.scheduledDeparture.slice(0, 10);
    if (incident.type === "flight_delay" && departureDate !== undefined && departureDate !== incident.date) {
      ctx.addIssue({ code: "custom", path: ["incident", "date"], message: `a flight delay happens on the flight's scheduled departure date ${departureDate} (local time), not ${incident.date}` });
    }
    if (claim.lines.length > 0 && claim.socialInsurance === undefined && claim.lines.some((line) => line.socialInsurance === undefined)) {
      ctx.addIssue({ code: "custom", path: ["socialInsurance"], message: 'a claim with bill lines must say whether social insurance was "used", "not_used" or "could_not_be_used" (for the claim, or on every line)' });
    }
    if (claim.hospitalStay !== undefined && claim.hospitalStay.discharge < claim.hospitalStay.admission) {
      ctx.addIssue({ code: "custom", path: ["hospitalStay", "discharge"], message: `discharge ${claim.hospitalStay.discharge} is before admission ${claim.hospitalStay.admission}` });
    }
    checkBillTotalDigits(claim.lines, ctx);
    const lineIds = new Map<string, number>();
    claim.lines.forEach((line, i) => {
      const first = lineIds.get(line.id);
      if (first !== undefined) ctx.addIssue({ code: "custom", path: ["lines", i, "id"], message: `duplicate line id "${line.id}" (first at lines[${first}])` });
      else lineIds.set(line.id, i);
    });
    checkMedicalClaim(claim, ctx);
  });
// An interface (not a type alias) so that editors and messages show `Claim`, not the whole object type.
/** A claim as `ClaimSchema` gives it (defaults filled in): claimant, incident, documents, hospital stay, bill lines, dates; amounts are decimal strings. */
export interface Claim extends z.output<typeof ClaimSchema> {}
/** A claim as it may be given to `adjudicate` (fields with defaults may be left out). */
export type ClaimInput = z.input<typeof ClaimSchema>;

/** The bill's total, as the decision reports it (`billed`), must fit the 15 significant digits every amount has. */
function checkBillTotalDigits(lines: readonly { readonly amount: string }[], ctx: z.RefinementCtx): void {
  const amounts = lines.map((line) => line.amount);
  if (amounts.length < 2 || !compareMoneyStrings.areMoney(...amounts)) return;
  const total = billTotalTooLong(amounts);
  if (total !== undefined) {
    ctx.addIssue({ code: "custom", path: ["lines"], message: `the bill's total ${total} has more than ${MAX_SIGNIFICANT_DIGITS} significant digits: split the claim` });
  }
}

/** The art. 22 request's dates in order: sent after the claim arrived, reaching the claimant after it was sent, answered after it reached. */
function checkDocumentRequestDates(claim: { readonly submittedOn: string; readonly documentsCompleteOn?: string | undefined; readonly documentRequest?: DocumentRequestDates | undefined }, ctx: z.RefinementCtx): void {
  const request = claim.documentRequest;
  if (request === undefined) return;
  const { sentOn, reachedClaimantOn } = request;
  if (sentOn !== undefined && sentOn < claim.submittedOn) {
    ctx.addIssue({ code: "custom", path: ["documentRequest", "sentOn"], message: `request sent on ${sentOn}, before the claim was submitted on ${claim.submittedOn}` });
  }
  if (sentOn !== undefined && reachedClaimantOn < sentOn) {
    ctx.addIssue({ code: "custom", path: ["documentRequest", "reachedClaimantOn"], message: `request reached the claimant on ${reachedClaimantOn}, before it was sent on ${sentOn}` });
  } else if (reachedClaimantOn < claim.submittedOn) {
    ctx.addIssue({ code: "custom", path: ["documentRequest", "reachedClaimantOn"], message: `request reached the claimant on ${reachedClaimantOn}, before the claim was submitted on ${claim.submittedOn}` });
  }
  if (claim.documentsCompleteOn !== undefined && claim.documentsCompleteOn < reachedClaimantOn) {
    ctx.addIssue({ code: "custom", path: ["documentsCompleteOn"], message: `documents complete on ${claim.documentsCompleteOn}, before the request for them reached the claimant on ${reachedClaimantOn}` });
  }
}
