import { z } from "zod";
import { OUTCOMES } from "../codes/outcomes.js";
import { MissingDocumentSchema } from "../completeness/missing-document-schema.js";
import type { AnyCoverageKind } from "../coverage-kinds/coverage-kind-definition.js";
import { COVERAGE_KIND_DEFINITIONS, libraryStepTemplates } from "../coverage-kinds/coverage-kinds.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import { ClaimDeadlinesSchema } from "../deadlines/claim-deadlines-schema.js";
import { buildCountersSchema } from "../ledger/counters-schema.js";
import { buildLedgerSchema } from "../ledger/ledger-schema.js";
import { RevisionSchema } from "./revision-schema.js";
import { DecisionRiskSchema } from "../risk/decision-risk-schema.js";
import { DecisionRoutingSchema } from "../routing/decision-routing-schema.js";
import { DecisionSamplingSchema } from "../sampling/decision-sampling-schema.js";
import { RULE_EVENT_TYPES } from "../rules/rule-set-schema.js";
import { CalculationStepSchema } from "../trace/calculation-step-schema.js";
import { DecisionBenefitSchema } from "../trace/decision-benefit-schema.js";
import { DecisionCoverageSchema } from "../trace/decision-coverage-schema.js";
import { DecisionLineSchema } from "../trace/decision-line-schema.js";
import { EvidenceSchema } from "../trace/evidence-schema.js";
import { ReasonSchema } from "../trace/reason-schema.js";
import { IdSchema, LocalizedTextSchema, MoneyStringSchema } from "../values/primitives.js";

export { OUTCOMES, type Outcome } from "../codes/outcomes.js";

const HashSchema = z.string().regex(/^sha256:[0-9a-f]{64}$/);

/** A rule whose conditions held, with the clause it enforces and the evidence of every comparison. */
export const TriggeredRuleSchema = z.strictObject({
  ruleId: IdSchema,
  clauseId: IdSchema,
  clauseTitle: LocalizedTextSchema,
  clauseText: LocalizedTextSchema,
  eventType: z.enum(RULE_EVENT_TYPES),
  reasonCode: z.string(),
  message: LocalizedTextSchema,
  priority: z.int(),
  lineId: IdSchema.optional(),
  evidence: z.array(EvidenceSchema),
});
/** A rule that held on the claim, with its clause, event and the evidence of every comparison. */
export type TriggeredRule = z.output<typeof TriggeredRuleSchema>;

/** A `flag` rule that fired: for risk review, it never changes the outcome. */
export const FlagSchema = z.strictObject({
  /** The `flag` rule that raised it; absent for the library's own flags (an invoice already paid). */
  ruleId: IdSchema.optional(),
  clauseId: IdSchema,
  reasonCode: z.string(),
  severity: z.enum(["low", "medium", "high"]),
  message: LocalizedTextSchema,
  lineId: IdSchema.optional(),
});
/** A rule flag raised on the claim (a `flag` rule that held): its rule, reason code, severity and message. */
export type Flag = z.output<typeof FlagSchema>;

/** The decision's schema for a set of coverage kinds: their names and step kinds are its enums. */
export function buildDecisionSchema<const Kinds extends readonly [AnyCoverageKind, ...AnyCoverageKind[]]>(kinds: Kinds) {
  const kindNames = kinds.map((kind) => kind.kind) as [Kinds[number]["kind"], ...Kinds[number]["kind"][]];
  const stepKinds = [...libraryStepTemplates(kinds).keys()] as [string, ...string[]];
  const CountersSchema = buildCountersSchema(kinds);
  const LedgerSchema = buildLedgerSchema(kinds);
  return z.strictObject({
    claimId: IdSchema,
    policyId: IdSchema,
    /** Whose claim it is, among the policy's insureds. */
    insuredId: IdSchema,
    /** The incident it is for (`incident.id`, else the claim's own id). */
    incidentId: IdSchema,
    /** The first day of the policy year of the incident: the year whose annual counters it used. */
    policyYear: IsoDateSchema,
    revision: RevisionSchema,
    outcome: z.enum(OUTCOMES),
    currency: z.string(),
    /** Σ of the bill lines, in the policy's currency. */
    billed: MoneyStringSchema,
    /**
     * What the calculation pays. `"0"` for denied and pending claims; for a referred claim, what will be
     * paid if the reviewer confirms the decision.
     */
    payable: MoneyStringSchema,
    /** Why the outcome is what it is: every denial, referral and reduction reason, with its clause. */
    reasons: z.array(ReasonSchema),
    lines: z.array(DecisionLineSchema),
    benefits: z.array(DecisionBenefitSchema.extend({ kind: z.enum(kindNames) })),
    coverages: z.array(DecisionCoverageSchema.extend({ kind: z.enum(kindNames) })),
    /**
     * 豁免保险费: a payout of the claim waives the contract's premiums falling due after the diagnosis: from which due
     * date to which, how many instalments of how much, the clause; `reason` says it in words. The ledger records it.
     */
    premiumWaiver: z
      .strictObject({
        coverageId: IdSchema,
        benefitId: IdSchema,
        from: IsoDateSchema,
        lastDueOn: IsoDateSchema,
        instalments: z.int().min(1),
        instalment: MoneyStringSchema,
        total: MoneyStringSchema,
        clauseId: IdSchema,
        reason: ReasonSchema,
      })
      .optional(),
    /** The claim's amounts were converted into the policy's currency at intake. */
    currencyConversion: z
      .strictObject({ from: z.string(), to: z.string(), rate: z.string(), source: z.string().optional(), date: IsoDateSchema.optional() })
      .optional(),
    triggeredRules: z.array(TriggeredRuleSchema),
    missingDocuments: z.array(MissingDocumentSchema),
    flags: z.array(FlagSchema),
    calculation: z.array(CalculationStepSchema.extend({ step: z.enum(stepKinds) })),
    /** The wording of every clause the decision cites, in the policy's order: notices quote it. */
    clauses: z.array(z.strictObject({ id: IdSchema, title: LocalizedTextSchema, text: LocalizedTextSchema })),
    /** The claim clocks under the jurisdiction profile and the product's terms; `deadlineStatus` tells met, due or overdue. */
    deadlines: ClaimDeadlinesSchema,
    /** Every coverage's counters as the claim saw them and left them (its insured's year and life, its incident). */
    counters: z.strictObject({ before: CountersSchema, after: CountersSchema }),
    /** The policy's claim history with this decision in it: pass it as `accumulators` to the next decision. */
    accumulatorsAfter: LedgerSchema,
    explanation: LocalizedTextSchema,
    /** Made without a person in the loop (PIPL art. 24): the claimant may ask for the explanation and refuse it. */
    automation: z.strictObject({
      /** Always true for what `adjudicate` returns; a reviewer's confirmation is the caller's to record. */
      automated: z.literal(true),
      /** A denial or a reduction: a decision with significant effect on the claimant. */
      significant: z.boolean(),
      /** The policy wants a person to confirm denials: this decision is referred for that. */
      humanConfirmationRequired: z.boolean(),
    }),
    /**
     * The claim's risk score with each red-flag indicator's contribution and evidence, when the adjudicator has an
     * operations configuration with `risk`. For the adjuster: the claimant's notice does not show it.
     */
    risk: DecisionRiskSchema.optional(),
    /**
     * Where the claim goes (straight through, or a queue with the authority level it needs), when the operations
     * configuration has `routing`. A decision not straight through is a proposal until a person of that level signs it off.
     */
    routing: DecisionRoutingSchema.optional(),
    /** On a straight-through decision, when the operations configuration has `sampling`: whether the quality sample (抽检) picked it. */
    sampling: DecisionSamplingSchema.optional(),
    /**
     * What the decision was made from: re-running the inputs these hashes name, with this `asOf` and library version,
     * gives the same decision, byte for byte. Hashes are SHA-256 of the canonical JSON (RFC 8785) of the validated input.
     */
    meta: z.strictObject({
      /** Derived from every input below: the same inputs always give the same id. */
      decisionId: z.string().regex(/^dec-[0-9a-f]{32}$/),
      ruleSetId: IdSchema,
      ruleSetVersion: z.string(),
      policyHash: HashSchema,
      ruleSetHash: HashSchema,
      claimHash: HashSchema,
      accumulatorsHash: HashSchema,
      asOf: IsoDateSchema,
      libraryVersion: z.string(),
      /** The operations configuration (risk, routing, sampling) the decision was made with, when there was one. */
      operationsId: IdSchema.optional(),
      operationsVersion: z.string().optional(),
      operationsHash: HashSchema.optional(),
    }),
  }).superRefine((decision, context) => {
    // What tells the outcomes apart (the `Decision` union below): a denial states a reason, a pending claim names a document.
    if (decision.outcome === "denied" && decision.reasons.length === 0) context.addIssue({ code: "custom", path: ["reasons"], message: "A denial must state at least one reason with its clause." });
    if (decision.outcome === "pending_documents" && decision.missingDocuments.length === 0) context.addIssue({ code: "custom", path: ["missingDocuments"], message: "A decision pending documents must name at least one missing document." });
  });
}

/** A decision on a policy with coverages of the library's kinds. */
export const DecisionSchema = buildDecisionSchema(COVERAGE_KIND_DEFINITIONS);
const schemasByKinds = new WeakMap<readonly AnyCoverageKind[], z.ZodType<Decision>>();

/**
 * The decision schema for the library's kinds and an integrator's, built once per list of kinds: what the notices,
 * the explanation and the FHIR export check a decision read back against. Its refinement checks what tells the
 * outcomes of the `Decision` union apart.
 */
export function decisionSchemaFor(extra: readonly AnyCoverageKind[] | undefined): z.ZodType<Decision> {
  if (extra === undefined || extra.length === 0) return DecisionSchema as unknown as z.ZodType<Decision>;
  let schema = schemasByKinds.get(extra);
  if (schema === undefined) {
    schema = buildDecisionSchema([...COVERAGE_KIND_DEFINITIONS, ...extra]) as unknown as z.ZodType<Decision>;
    schemasByKinds.set(extra, schema);
  }
  return schema;
}

// An interface (not a type alias) so that editors and messages show `Decision`, not the whole object type.
/** An explained decision on a claim, as `adjudicate` returns it: outcome, payable amount, lines, benefits, reasons, triggered rules, missing documents, the calculation step by step, the explanation in zh and en, the new ledger (`accumulatorsAfter`) and the hashes that identify its inputs. */
/** The fields every decision has, whatever its outcome (`DecisionSchema`'s output); `Decision` tells the outcomes apart. */
export interface DecisionFields extends z.output<typeof DecisionSchema> {}
type Reason = DecisionFields["reasons"][number];
type MissingDocument = DecisionFields["missingDocuments"][number];
/** A decision that pays: in full (`approved`) or in part (`partially_approved`, its reductions in `reasons`). */
export interface PaidDecision extends DecisionFields { readonly outcome: "approved" | "partially_approved" }
/** A denial: it always states at least one reason with its clause (PRC Insurance Law art. 24). */
export interface DeniedDecision extends DecisionFields { readonly outcome: "denied"; readonly reasons: [Reason, ...Reason[]] }
/** A claim waiting for documents: at least one is missing, all of them listed at once (art. 22). */
export interface PendingDocumentsDecision extends DecisionFields { readonly outcome: "pending_documents"; readonly missingDocuments: [MissingDocument, ...MissingDocument[]] }
/** A decision referred to a person: `payable` is what will be paid if the reviewer confirms it. */
export interface ReferredDecision extends DecisionFields { readonly outcome: "referred" }
/** An explained decision on a claim, as `adjudicate` returns it, told apart by its `outcome`: outcome, payable amount, lines, benefits, reasons, triggered rules, missing documents, the calculation step by step, the explanation in zh and en, the new ledger (`accumulatorsAfter`) and the hashes that identify its inputs. */
export type Decision = PaidDecision | DeniedDecision | PendingDocumentsDecision | ReferredDecision;
