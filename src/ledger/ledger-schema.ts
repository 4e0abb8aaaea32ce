import { z } from "zod";
import { OUTCOMES } from "../codes/outcomes.js";
import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { COVERAGE_KIND_DEFINITIONS } from "../coverage-kinds/coverage-kinds.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { IdSchema, MoneyStringSchema } from "../values/primitives.js";
import { buildContributionSchema } from "./counters-schema.js";

const HashSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/);

/** An invoice of a recorded claim as it was billed. */
export const BilledInvoiceSchema = z.strictObject({
  /** The invoice's date (its document's `issuedOn`, else its latest service date). */
  date: IsoDateSchema,
  /** Σ of its bill lines. */
  amount: MoneyStringSchema,
  /** The provider that issued it, when the claim said. */
  provider: z.string().min(1).optional(),
});
/** An invoice a claim billed, as the ledger keeps it: its number, amount and date, so it is never paid twice. */
export type BilledInvoice = z.output<typeof BilledInvoiceSchema>;

/** Why a claim was decided again. */
export const REVISION_REASONS = ["supplementary_documents", "correction", "appeal", "re_adjudication", "reversal"] as const;
/** Why a claim is decided again: supplementary documents, a correction, an appeal, a re-adjudication or a reversal. */
export type RevisionReason = (typeof REVISION_REASONS)[number];

/**
 * The ledger for a set of coverage kinds: **the policy's claim history**. It holds every claim decided on the
 * policy, each with its latest revision and what that revision added to each coverage's counters, and the counters
 * carried in from before the ledger began. Every counter a decision needs is a sum over it: what an insured's
 * coverage used this policy year, over its life, what one incident used, what the family used. A claim decided again
 * replaces its record, so its effect is never counted twice.
 */
export function buildLedgerSchema<const Kinds extends readonly AnyCoverageKind[]>(kinds: Kinds) {
  // What a claim added to a coverage's counters: only the fields it changed.
  const Contribution = buildContributionSchema(kinds);
  const OpeningSchema = z.strictObject({
    /** Whose counters these are; default the insured of the claim being decided. */
    insuredId: IdSchema.optional(),
    /** The first day of the policy year they belong to; default the claim's policy year. */
    policyYear: IsoDateSchema.optional(),
    /** The incident they belong to, for counters kept per incident. */
    incidentId: IdSchema.optional(),
    /** What was used of each coverage, by coverage id. */
    coverages: z.record(IdSchema, Contribution),
  });
  const ClaimRecordSchema = z.strictObject({
    /** 1 for the first decision on the claim, n + 1 for each decision that replaced it. */
    revision: z.int().min(1),
    revisionReason: z.enum(REVISION_REASONS).optional(),
    decisionId: z.string().regex(/^dec-[0-9a-f]{32}$/),
    /** SHA-256 of the canonical JSON of the claim this revision decided: the same claim again changes nothing. */
    claimHash: HashSchema,
    asOf: IsoDateSchema,
    /** `voided` once the decision was reversed: the record stays, it adds nothing. */
    outcome: z.enum([...OUTCOMES, "voided"]),
    insuredId: IdSchema,
    incidentId: IdSchema,
    /** The first day of the policy year of the incident. */
    policyYear: IsoDateSchema,
    incidentDate: IsoDateSchema,
    submittedOn: IsoDateSchema,
    payable: MoneyStringSchema,
    /** What each bill line paid, by line id: a later revision states what changed line by line. */
    lines: z.record(IdSchema, MoneyStringSchema).default({}),
    /** The reason codes of the decision. */
    reasons: z.array(z.string()).default([]),
    /** What was paid on each invoice, by invoice number, when the decision took effect: an invoice is paid once. */
    invoices: z.record(z.string().min(1), MoneyStringSchema).default({}),
    /** What the decision added to each coverage's counters. */
    coverages: z.record(IdSchema, Contribution).default({}),
    /**
     * The claim's invoices as billed, by invoice number: date, amount and provider. Kept whatever the outcome (a
     * refused bill sent again is still the same bill), so later claims can be compared with them (duplicate and
     * near-duplicate invoices, repeated providers). Absent on records written before it was kept.
     */
    billedInvoices: z.record(z.string().min(1), BilledInvoiceSchema).optional(),
    /**
     * The hospital days each per-diem coverage paid on the claim, by coverage id: a stay claimed again, under this
     * claim or another, pays each day once. Absent when the claim paid no hospital day.
     */
    hospitalDaysPaid: z.record(IdSchema, z.array(IsoDateSchema)).optional(),
    /**
     * The claim's hospital stay and principal diagnosis, kept when a per-diem coverage of the policy counts a
     * readmission as the same stay (`readmission`): a later stay of the insured is compared with it.
     */
    hospitalStay: z.strictObject({ admission: IsoDateSchema, discharge: IsoDateSchema, principalDiagnosis: z.string().min(1).optional() }).optional(),
  });
  return z.strictObject({
    /** The policy whose history this is: a ledger of another policy is refused. */
    policyId: IdSchema,
    /** Counters used before this ledger began (another system, a migration): they count as earlier claims would. */
    opening: z.array(OpeningSchema).default([]),
    /** Every claim decided on the policy, by claim id. */
    claims: z.record(IdSchema, ClaimRecordSchema).default({}),
  });
}

/** The ledger of a policy with coverages of the library's kinds. */
export const LedgerSchema = buildLedgerSchema(COVERAGE_KIND_DEFINITIONS);
// An interface (not a type alias) so that editors and messages show `Ledger`, not the whole object type.
/** The policy's claim history: one record per claim and the opening counters; a decision returns the new one as `accumulatorsAfter`. */
export interface Ledger extends z.output<typeof LedgerSchema> {}
/** A ledger as it may be given to `adjudicate`. */
export type LedgerInput = z.input<typeof LedgerSchema>;
/** One claim in the ledger: its revision, outcome, insured, incident, policy year, payable, lines, invoices and what it contributed to each coverage. */
export type ClaimRecord = Ledger["claims"][string];
/** Counters used before the ledger began (another system, a migration), counted as earlier claims would be. */
export type OpeningCounters = Ledger["opening"][number];
