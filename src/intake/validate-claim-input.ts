import { z } from "zod";
import { ClaimSchema, type Claim } from "../claim/claim-schema.js";
import { IsoDateSchema } from "../dates/iso-date-schema.js";
import type { Issue } from "../errors/adjudicator-error.js";
import { ValidationError } from "../errors/validation-error.js";
import { countersFor, type ClaimPlace } from "../ledger/counters-view.js";
import { CountersSchema, type Counters, type CoverageAccumulator } from "../ledger/counters-schema.js";
import { LedgerSchema, REVISION_REASONS, type ClaimRecord, type Ledger } from "../ledger/ledger-schema.js";
import { normalizeMoney } from "../ledger/normalize-money.js";
import { checkMinorUnits } from "../money/check-minor-units.js";
import { minorUnitIssuesIn } from "./minor-unit-issues.js";
import { currencyMinorUnits } from "../money/currency-minor-units.js";
import { kindOf, type CompiledPolicy } from "../policy/compile-policy.js";
import { policyYearOf } from "../policy/policy-period.js";
import { safeParseInput, type ParseResult } from "../values/parse-input.js";
import { fastParserFor } from "../values/fast-parse.js";
import { checkNestingDepth } from "../values/check-nesting-depth.js";
import { checkPrototypeKeys } from "../values/check-prototype-keys.js";
import { IdSchema } from "../values/primitives.js";
import { checkRawClaim } from "./check-raw-claim.js";

const field = (value: unknown, key: string): unknown => (typeof value === "object" && value !== null && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);

/** What the caller says of a decision that replaces an earlier one on the same claim. */
export const RevisionRequestSchema = z.strictObject({
  /** Why the claim is decided again: documents arrived, a correction, an appeal (复核/申诉), or simply again. */
  reason: z.enum(REVISION_REASONS.filter((reason) => reason !== "reversal") as ["supplementary_documents", "correction", "appeal", "re_adjudication"]),
  /** The claimant's grounds (an appeal) or what was corrected, in the caller's words. */
  grounds: z.string().min(1).optional(),
  /** The person who reviewed the claim, and what they found, recorded on the decision. */
  reviewer: z.strictObject({ id: IdSchema, outcome: z.enum(["upheld", "amended", "overturned"]), note: z.string().min(1).optional() }).optional(),
});
/** A request to decide a claim again: why, on what grounds, and who reviewed it. */
export type RevisionRequest = z.output<typeof RevisionRequestSchema>;

/** The options of `adjudicate` for ledgers and counters of a given set of coverage kinds. */
export function buildAdjudicateOptionsSchema<Ledger extends z.ZodType, Counters extends z.ZodType>(ledger: Ledger, counters: Counters) {
  return z.strictObject({
    /** The date the decision is made; required, the library never reads the clock. */
    asOf: IsoDateSchema,
    /** The policy's claim history: pass the last decision's `accumulatorsAfter`. */
    accumulators: z.union([ledger, counters]).optional(),
    /** When the claim was decided before: why it is decided again. */
    revision: RevisionRequestSchema.optional(),
  });
}

/** The schema of `adjudicate`'s options for the library's coverage kinds. */
export const AdjudicateOptionsSchema = buildAdjudicateOptionsSchema(LedgerSchema, CountersSchema);
/** The options of `adjudicate`: `asOf` (the decision date) and the policy's claim history (`accumulators`: the ledger, or opening counters), and a revision request. */
export type AdjudicateOptions = z.input<typeof AdjudicateOptionsSchema>;

/** A coverage of the library's kinds that has used nothing. */
const EMPTY_ENTRY: CoverageAccumulator = CountersSchema.shape.coverages.valueType.parse({});

export interface ValidClaimInput {
  readonly claim: Claim;
  readonly asOf: string;
  /** The policy's claim history (counters given as `{ coverages }` are its opening counters). */
  readonly ledger: Ledger;
  /** Whose claim it is, which incident, which policy year. */
  readonly place: ClaimPlace;
  /** The claim's record, when it was decided before: this decision replaces it. */
  readonly previous: ClaimRecord | undefined;
  readonly revision: RevisionRequest | undefined;
  /** Every coverage's counters as this claim sees them (its own earlier record left out). */
  readonly counters: Counters;
}

type KeyedFields = readonly (readonly [field: string, what: string, ids: readonly string[], known: ReadonlySet<string>])[];
/** Each coverage's ledger fields keyed by its ids (its kind's `ledgerKeys`), worked out once per compiled policy. */
const keyedFieldsByPolicy = new WeakMap<CompiledPolicy, Map<string, KeyedFields | undefined>>();

function keyedFieldsOf(policy: CompiledPolicy, coverageId: string): KeyedFields | undefined {
  let byCoverage = keyedFieldsByPolicy.get(policy);
  if (byCoverage === undefined) {
    byCoverage = new Map();
    keyedFieldsByPolicy.set(policy, byCoverage);
  }
  if (byCoverage.has(coverageId)) return byCoverage.get(coverageId);
  const coverage = policy.coverages.find((candidate) => candidate.id === coverageId);
  const keyed = coverage === undefined ? undefined : kindOf(policy, coverage).ledgerKeys?.(coverage.source as never);
  const fields = keyed === undefined ? undefined : Object.entries(keyed).map(([field, { what, ids }]) => [field, what, [...ids], new Set(ids)] as const);
  byCoverage.set(coverageId, fields);
  return fields;
}

/** An entry of a coverage's counters under a sub-limit or tier id the coverage does not have: refused, never carried forward. */
function checkLedgerKeys(policy: CompiledPolicy, coverageId: string, entry: unknown, at: readonly (string | number)[]): Issue[] {
  const keyed = keyedFieldsOf(policy, coverageId);
  if (keyed === undefined || typeof entry !== "object" || entry === null) return [];
  return keyed.flatMap(([field, what, ids, known]) => {
    const record = Object.hasOwn(entry, field) ? (entry as Record<string, unknown>)[field] : undefined;
    if (typeof record !== "object" || record === null) return [];
    return Object.keys(record)
      .filter((key) => !known.has(key))
      .map((key): Issue => ({
        code: "invalid_input",
        path: [...at, field, key],
        message: `coverage "${coverageId}" has no ${what} "${key}" (${ids.length === 0 ? `it has no ${what}s` : `its ${what}s: ${ids.join(", ")}`})`,
      }));
  });
}

/**
 * A policy year of the ledger (a claim's record or opening counters) the policy covers: not after its period, and,
 * within the period, a policy year's first day (its anniversaries). Years before the period stay accepted: a renewal
 * keeps the policy's id and its earlier years' claims (lifetime limits read them).
 */
function checkPolicyYear(policy: CompiledPolicy, policyYear: string, lastYear: string, path: readonly (string | number)[], what: string): Issue[] {
  const { effective, expiry } = policy.source.period;
  if (policyYear > lastYear) return [{ code: "invalid_input", path, message: `${what} of the policy year from ${policyYear}, after this policy's period (${effective} to ${expiry})` }];
  if (policyYear >= effective && policyYearOf(policy.source.period, policyYear) !== policyYear) {
    return [{ code: "invalid_input", path, message: `${what} of a policy year from ${policyYear}, but this policy's years begin on ${effective}${lastYear === effective ? "" : ` and its anniversaries (the last on ${lastYear})`}` }];
  }
  return [];
}

const MONEY_FIELDS = ["amount", "selfPay", "socialInsurancePaid", "otherInsurancePaid"] as const;
const isLedger = (value: unknown): boolean => typeof value === "object" && value !== null && !("coverages" in value);

type Options = { asOf: string; accumulators?: unknown; revision?: RevisionRequest | undefined };

/**
 * Validates a claim and the options against their schemas and against the policy: the policy id, whose claim it is,
 * the currency (or an exchange rate from it), amounts no finer than their currency's minor unit, a ledger of this
 * policy with coverages and insureds it has and no year after its period, a revision that keeps the claim's insured
 * and incident, and `asOf` not before submission. Throws one `ValidationError` listing every problem.
 */
export function validateClaimInput(
  policy: CompiledPolicy,
  claimInput: unknown,
  optionsInput: unknown,
  optionsSchema: z.ZodType<Options> = AdjudicateOptionsSchema as never,
  emptyEntry: CoverageAccumulator = EMPTY_ENTRY,
): ValidClaimInput {
  // The common valid input: zod's value from one walk (values/fast-parse), which also proves the nesting and
  // prototype-key checks pass. Anything else, zod and those checks run as they always have.
  const fastClaim = fastParserFor(ClaimSchema)?.(claimInput);
  const fastOptions = fastClaim === undefined ? undefined : fastParserFor(optionsSchema)?.(optionsInput);
  let claimResult: ParseResult<Claim>;
  let optionsResult: ParseResult<Options>;
  const found: Issue[] = [];
  if (fastClaim !== undefined && fastOptions !== undefined) {
    claimResult = { ok: true, value: fastClaim.value };
    optionsResult = { ok: true, value: fastOptions.value };
  } else {
    // Past the nesting limit nothing else is checked: the schemas recurse once per level and would run out of stack.
    const tooDeep = [checkNestingDepth(claimInput, undefined, ["claim"]), checkNestingDepth(optionsInput, undefined, ["options"])].flatMap((issue) => issue ?? []);
    if (tooDeep.length > 0) throw new ValidationError("claim or options", tooDeep);
    claimResult = safeParseInput(ClaimSchema, claimInput, "claim");
    optionsResult = safeParseInput(optionsSchema, optionsInput, "options");
    found.push(...checkPrototypeKeys(claimInput, ["claim"]), ...checkPrototypeKeys(optionsInput, ["options"]), ...(claimResult.issues ?? []), ...(optionsResult.issues ?? []));
  }
  const { code, minorUnits } = policy.source.currency;
  const coverageIds = new Set(policy.coverages.map((coverage) => coverage.id));
  const insuredIds = policy.insureds.map((insured) => insured.id);
  const lastYear = policyYearOf(policy.source.period, policy.source.period.expiry);
  const given = optionsResult.ok ? optionsResult.value.accumulators : undefined;
  const ledgerGiven = given !== undefined && isLedger(given) ? (given as Ledger) : undefined;
  const countersGiven = given !== undefined && !isLedger(given) ? (given as Counters) : undefined;

  const checkCoverages = (coverages: Readonly<Record<string, unknown>>, at: readonly (string | number)[]) => {
    for (const [coverageId, entry] of Object.entries(coverages)) {
      if (!coverageIds.has(coverageId)) found.push({ code: "invalid_input", path: [...at, coverageId], message: `policy has no coverage "${coverageId}" (its coverages: ${[...coverageIds].join(", ")})` });
      else found.push(...checkLedgerKeys(policy, coverageId, entry, [...at, coverageId]));
      found.push(...minorUnitIssuesIn(entry, minorUnits, code, [...at, coverageId]));
    }
  };
  const checkInsured = (insuredId: string | undefined, path: readonly (string | number)[], whose: string) => {
    if (insuredId !== undefined && !insuredIds.includes(insuredId)) found.push({ code: "invalid_input", path, message: `${whose} "${insuredId}" is not insured by policy "${policy.source.id}" (its insureds: ${insuredIds.join(", ")})` });
  };
  if (countersGiven !== undefined) checkCoverages(countersGiven.coverages, ["options", "accumulators", "coverages"]);
  if (ledgerGiven !== undefined) {
    const at = ["options", "accumulators"];
    if (ledgerGiven.policyId !== policy.source.id) {
      found.push({ code: "policy_mismatch", path: [...at, "policyId"], message: `this is the ledger of policy "${ledgerGiven.policyId}", the claim is on policy "${policy.source.id}"` });
    }
    ledgerGiven.opening.forEach((opening, i) => {
      checkInsured(opening.insuredId, [...at, "opening", i, "insuredId"], "insured");
      if (opening.policyYear !== undefined) found.push(...checkPolicyYear(policy, opening.policyYear, lastYear, [...at, "opening", i, "policyYear"], "these opening counters are"));
      checkCoverages(opening.coverages, [...at, "opening", i, "coverages"]);
    });
    for (const [claimId, record] of Object.entries(ledgerGiven.claims)) {
      checkInsured(record.insuredId, [...at, "claims", claimId, "insuredId"], "insured");
      checkCoverages(record.coverages, [...at, "claims", claimId, "coverages"]);
      found.push(...checkPolicyYear(policy, record.policyYear, lastYear, [...at, "claims", claimId, "policyYear"], `claim "${claimId}" is`));
    }
  }

  let place: ClaimPlace | undefined;
  if (claimResult.ok) {
    const claim = claimResult.value;
    if (claim.policyId !== policy.source.id) {
      found.push({ code: "policy_mismatch", path: ["claim", "policyId"], message: `claim is on policy "${claim.policyId}", this adjudicator holds policy "${policy.source.id}"` });
    }
    if (claim.insuredId === undefined && insuredIds.length > 1) {
      found.push({ code: "invalid_input", path: ["claim", "insuredId"], message: `policy "${policy.source.id}" insures ${insuredIds.join(", ")}: say whose claim it is with "insuredId"` });
    }
    checkInsured(claim.insuredId, ["claim", "insuredId"], "insured");
    // Art. 43: only a beneficiary of the policy can lose the right to the benefit.
    const beneficiaryIds = (policy.source.contract?.beneficiaries ?? []).map((beneficiary) => beneficiary.id);
    (claim.incident.death?.causedByBeneficiaries ?? []).forEach((id, k) => {
      if (!beneficiaryIds.includes(id)) {
        found.push({ code: "invalid_input", path: ["claim", "incident", "death", "causedByBeneficiaries", k], message: `"${id}" is not a beneficiary of policy "${policy.source.id}" (its beneficiaries: ${beneficiaryIds.length === 0 ? "none" : beneficiaryIds.join(", ")})` });
      }
    });
    (claim.incident.death?.beneficiaryDeaths ?? []).forEach((entry, k) => {
      if (!beneficiaryIds.includes(entry.beneficiaryId)) {
        found.push({ code: "invalid_input", path: ["claim", "incident", "death", "beneficiaryDeaths", k, "beneficiaryId"], message: `"${entry.beneficiaryId}" is not a beneficiary of policy "${policy.source.id}" (its beneficiaries: ${beneficiaryIds.length === 0 ? "none" : beneficiaryIds.join(", ")})` });
      }
    });
    if (claim.currency !== code && claim.exchangeRate === undefined) {
      found.push({ code: "currency_mismatch", path: ["claim", "currency"], message: `claim is in ${claim.currency}, the policy pays in ${code}: give "exchangeRate" (${code} per ${claim.currency})` });
    }
    if (claim.currency === code && claim.exchangeRate !== undefined) {
      found.push({ code: "invalid_input", path: ["claim", "exchangeRate"], message: `claim is already in the policy's currency ${code}; remove "exchangeRate"` });
    }
    const claimMinorUnits = claim.currency === code ? minorUnits : currencyMinorUnits(claim.currency);
    claim.lines.forEach((line, i) => {
      for (const field of MONEY_FIELDS) {
        // checkMinorUnits's decimals (what follows the first ".", up to a second), worked out without a string per amount.
        const amount = line[field];
        const dot = amount.indexOf(".");
        if (dot === -1) continue;
        const end = amount.indexOf(".", dot + 1);
        if ((end === -1 ? amount.length : end) - dot - 1 > claimMinorUnits) found.push(...checkMinorUnits(amount, claimMinorUnits, ["claim", "lines", i, field], claim.currency));
      }
    });
    if (optionsResult.ok && optionsResult.value.asOf < claim.submittedOn) {
      found.push({ code: "invalid_input", path: ["options", "asOf"], message: `asOf ${optionsResult.value.asOf} is before the claim was submitted (${claim.submittedOn})` });
    }
    place = { insuredId: claim.insuredId ?? (insuredIds[0] as string), incidentId: claim.incident.id ?? claim.id, policyYear: policyYearOf(policy.source.period, claim.incident.date) };
    const previous = ledgerGiven?.claims[claim.id];
    if (previous !== undefined && Object.hasOwn(ledgerGiven?.claims ?? {}, claim.id)) {
      if (previous.insuredId !== place.insuredId) {
        found.push({ code: "invalid_input", path: ["claim", "insuredId"], message: `claim "${claim.id}" was decided as the claim of insured "${previous.insuredId}": a new decision on it cannot change whose claim it is` });
      }
      if (previous.incidentId !== place.incidentId) {
        found.push({ code: "invalid_input", path: ["claim", "incident", "id"], message: `claim "${claim.id}" was decided for incident "${previous.incidentId}": a new decision on it cannot change the incident` });
      }
      // A withdrawn decision is not retried by a replay: deciding the claim again reinstates it, which is said, not implied.
      if (previous.outcome === "voided" && optionsResult.ok && optionsResult.value.revision === undefined) {
        found.push({ code: "invalid_input", path: ["options", "revision"], message: `the decision on claim "${claim.id}" was withdrawn as of ${previous.asOf} (revision ${previous.revision}): to decide it again, say why with "revision" (e.g. { reason: "re_adjudication", grounds: "…" })` });
      }
    } else if (optionsResult.ok && optionsResult.value.revision !== undefined) {
      found.push({ code: "invalid_input", path: ["options", "revision"], message: `claim "${claim.id}" has not been decided before on this ledger: there is nothing to revise` });
    }
  }
  if (!claimResult.ok) {
    const givenAsOf = optionsResult.ok ? optionsResult.value.asOf : field(optionsInput, "asOf");
    const asOf = typeof givenAsOf === "string" && IsoDateSchema.safeParse(givenAsOf).success ? givenAsOf : undefined;
    found.push(...checkRawClaim(claimInput, { id: policy.source.id, code, minorUnits }, asOf));
  } else if (!optionsResult.ok) {
    // The claim is valid, the options are not: asOf may still be read and compared with the submission.
    const givenAsOf = field(optionsInput, "asOf");
    if (typeof givenAsOf === "string" && IsoDateSchema.safeParse(givenAsOf).success && givenAsOf < claimResult.value.submittedOn) {
      found.push({ code: "invalid_input", path: ["options", "asOf"], message: `asOf ${givenAsOf} is before the claim was submitted (${claimResult.value.submittedOn})` });
    }
  }
  if (!claimResult.ok || !optionsResult.ok || place === undefined || found.length > 0) throw new ValidationError("claim or options", found);

  const claim = claimResult.value;
  const base: Ledger = ledgerGiven ?? { policyId: policy.source.id, opening: [], claims: {} };
  const ledger: Ledger =
    countersGiven === undefined
      ? base
      : { ...base, opening: [...base.opening, { insuredId: place.insuredId, policyYear: place.policyYear, coverages: countersGiven.coverages }] };
  const previous = Object.hasOwn(ledger.claims, claim.id) ? ledger.claims[claim.id] : undefined;
  const counters = countersFor(ledger, place, policy, emptyEntry, claim.id);
  return {
    claim,
    asOf: optionsResult.value.asOf,
    ledger,
    place,
    previous,
    revision: optionsResult.value.revision,
    counters: normalizeMoney(counters, minorUnits),
  };
}
