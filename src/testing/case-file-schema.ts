import { z } from "zod";
import { checkSchema, type SchemaCheck } from "../lint/schema-issues.js";
import { CountersSchema } from "../ledger/counters-schema.js";
import { LedgerSchema } from "../ledger/ledger-schema.js";
import { ClaimSchema } from "../claim/claim-schema.js";
import { OUTCOMES } from "../decision/decision-schema.js";
import { IdSchema, MoneyStringSchema } from "../values/primitives.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";

/**
 * What a case expects of the decision. Only what is given is checked. Amounts compare as decimals ("3000" is
 * "3000.00"). `reasons`, `flags` and `missingDocuments` are lists in any order, one entry per occurrence (a reason
 * given for three lines is listed three times); `triggeredRules` is the set of rules that fired.
 */
export const CaseExpectationSchema = z.strictObject({
  outcome: z.enum(OUTCOMES),
  /** The claim's total payable. */
  payable: MoneyStringSchema.optional(),
  /** Payable per coverage id. */
  coverages: z.record(IdSchema, MoneyStringSchema).optional(),
  /** Payable per bill line id. */
  lines: z.record(IdSchema, MoneyStringSchema).optional(),
  /** Reason codes of `decision.reasons`. */
  reasons: z.array(z.string()).optional(),
  /** Reason codes of `decision.flags`. */
  flags: z.array(z.string()).optional(),
  /** Document types of `decision.missingDocuments`. */
  missingDocuments: z.array(IdSchema).optional(),
  /** Ids of the rules that fired (on the claim or on any of its lines). */
  triggeredRules: z.array(IdSchema).optional(),
  /** `decision.risk` (an operations configuration with `risk`, `--operations`): the score (as a decimal) and the level id. */
  risk: z.strictObject({ score: z.string().regex(/^\d+(\.\d+)?$/, { error: 'a score is a decimal string, e.g. "40"' }).optional(), level: IdSchema.optional() }).optional(),
  /** `decision.routing` (an operations configuration with `routing`): straight through or not, the queue id (null: none), the authority level (null: none). */
  routing: z.strictObject({ straightThrough: z.boolean().optional(), queue: IdSchema.nullable().optional(), level: IdSchema.nullable().optional() }).optional(),
  /** `decision.sampling.sampled` (an operations configuration with `sampling`): whether the quality sample picked the decision (false when it carries no sampling). */
  sampled: z.boolean().optional(),
});
/** What a case file expects of the decision: outcome, payable, reasons, rules, missing documents, line and coverage amounts. */
export type CaseExpectation = z.output<typeof CaseExpectationSchema>;

const caseFields = {
  $schema: z.string().optional(),
  name: z.string().min(1),
  description: z.string().optional(),
  /** The decision date the claim is adjudicated on. */
  asOf: IsoDateSchema,
  /** The policy's ledger (its claim history) before this claim. */
  accumulators: z.union([LedgerSchema, CountersSchema]).optional(),
  expect: CaseExpectationSchema,
};

/** A path to the claim's file, relative to the case file. */
const ClaimPathSchema = z.string().min(1, { error: "give the path of the claim file, relative to this case file, or the claim itself" });

/**
 * A test case: a claim (inline, or the path of its file relative to the case file), the decision date, optional
 * accumulators, and what the decision must be. JSON or YAML.
 */
export const CaseFileSchema = z.strictObject({ ...caseFields, claim: z.union([ClaimPathSchema, ClaimSchema]) });
/** A case file: a claim (inline or by file), its `asOf` and history, and what its decision must be. */
export type CaseFile = z.output<typeof CaseFileSchema>;

// Parsing keeps an inline claim as it is: the adjudicator validates it and reports its problems under `claim.…`.
const CaseFileWithClaimPathSchema = z.strictObject({ ...caseFields, claim: ClaimPathSchema });
const CaseFileWithInlineClaimSchema = z.strictObject({ ...caseFields, claim: z.record(z.string(), z.unknown()) });

/** A case file as read: the claim is the path it names, or the inline claim object (validated when adjudicated). */
export type ParsedCaseFile = Omit<CaseFile, "claim"> & { readonly claim: string | Readonly<Record<string, unknown>> };

/**
 * Checks a case file against its schema.
 * @param input - the parsed JSON or YAML of a case file
 * @returns the case, or its issues with their JSON paths
 * @example
 * parseCaseFile({ name: "x", claim: "../claims/01.json", asOf: "2026-07-24", expect: { outcome: "aproved" } }).issues[0]?.path;
 * //=> ["expect", "outcome"]
 */
export function parseCaseFile(input: unknown): SchemaCheck<ParsedCaseFile> {
  const claim = (input as { claim?: unknown } | null)?.claim;
  const schema = claim !== null && typeof claim === "object" && !Array.isArray(claim) ? CaseFileWithInlineClaimSchema : CaseFileWithClaimPathSchema;
  return checkSchema(schema, input) as SchemaCheck<ParsedCaseFile>;
}
