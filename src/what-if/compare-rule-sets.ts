import { canonicalJson } from "../hashing/canonical-json.js";
import { createAdjudicator, type Adjudicator, type AdjudicatorConfig, type AdjudicateOptions } from "../create-adjudicator.js";
import { isAdjudicatorError, type Issue } from "../errors/adjudicator-error.js";
import { Dec, formatMoney } from "../money/money.js";
import { OUTCOMES, type Decision, type Outcome } from "../decision/decision-schema.js";
import type { RuleSet } from "../rules/rule-set-schema.js";

/** One claim of the corpus, with the date and ledger it is adjudicated with under both versions. */
export interface WhatIfClaim {
  readonly claim: unknown;
  readonly asOf: string;
  readonly accumulators?: unknown;
  /** Where the claim came from, for messages, e.g. `claims.ndjson:17`. */
  readonly label?: string;
}

/** An entry of the corpus that could not be read (e.g. a line that is not JSON): counted and reported, not fatal. */
export interface WhatIfUnreadable {
  readonly unreadable: string;
  readonly label?: string;
}

/** A claim of the what-if corpus: one that was read, or one that could not be read with its problem. */
export type WhatIfInput = WhatIfClaim | WhatIfUnreadable;

/** What can change for a claim between two rule sets: outcome, payable, reasons, flags, missing documents, and with an operations configuration routing and risk. */
export type WhatIfChange = "outcome" | "payable" | "reasons" | "flags" | "missingDocuments" | "routing" | "risk";

/** Where a decision made with an operations configuration stands: its risk score and level, and where routing sent it. */
export interface WhatIfOperations {
  /** `decision.risk`: the score, and the level when bands are configured ("35 medium"). */
  readonly risk?: string;
  /** `decision.routing`: "straight through", or the queue and the authority level ("claims_review L1"; "no queue" while waiting for documents). */
  readonly routing?: string;
}

/** A claim whose decision differs between the two versions. */
export interface ChangedClaim {
  readonly claimId: string;
  readonly label?: string;
  readonly before: { readonly outcome: Outcome; readonly payable: string } & WhatIfOperations;
  readonly after: { readonly outcome: Outcome; readonly payable: string } & WhatIfOperations;
  /** after − before, signed. */
  readonly payableChange: string;
  readonly changes: readonly WhatIfChange[];
  /** Rules that fire only under the new version, only under the old one, and rules whose definition changed and fire. */
  readonly rules: { readonly fired: readonly string[]; readonly stopped: readonly string[]; readonly modified: readonly string[] };
}

/** A claim one of the two rule sets could not decide, with the error. */
export interface WhatIfFailure {
  readonly label?: string;
  readonly claimId?: string;
  /** `input`: the entry could not be read; `before`/`after`: that version rejected the claim. */
  readonly side: "input" | "before" | "after";
  readonly message: string;
  readonly issues: readonly Issue[];
  /** That version failed with an exception that is not one of the library's typed errors (a bug to report). */
  readonly internal?: true;
}

/** The rules behind the changes: how many changed claims each one is involved in, and their payable change. */
export interface ResponsibleRule {
  /** A rule id, or `(calculation)` when no rule fires differently (a change of the policy or of the calculation). */
  readonly ruleId: string;
  readonly claims: number;
  readonly outcomeChanges: number;
  readonly payableChange: string;
}

/** What changes between two rule sets over a corpus of claims: counts by change, the amounts, and each changed claim. */
export interface WhatIfReport {
  readonly before: { readonly ruleSetId: string; readonly ruleSetVersion: string };
  readonly after: { readonly ruleSetId: string; readonly ruleSetVersion: string };
  /** Rules added, removed and modified between the two rule sets (by id). */
  readonly ruleChanges: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly modified: readonly string[] };
  /** Entries read from the corpus. */
  readonly claims: number;
  /** Claims adjudicated under both versions. */
  readonly compared: number;
  readonly changed: number;
  readonly failed: number;
  /** `outcomes[before][after]`: how many claims went from one outcome to the other. */
  readonly outcomes: Readonly<Record<Outcome, Readonly<Record<Outcome, number>>>>;
  /** Σ payable of the compared claims under each version, and the difference. */
  readonly payable: { readonly before: string; readonly after: string; readonly change: string };
  /** With an operations configuration with `routing`: how many compared claims went straight through under each version. */
  readonly straightThrough?: { readonly before: number; readonly after: number };
  readonly responsibleRules: readonly ResponsibleRule[];
  /** The first `listLimit` changed claims, in corpus order. */
  readonly changedClaims: readonly ChangedClaim[];
  readonly changedClaimsNotListed: number;
  /** The first `listLimit` failures. */
  readonly failures: readonly WhatIfFailure[];
  readonly failuresNotListed: number;
}

/** Options of `compareRuleSets`: how many changed claims to list, and a callback for each claim compared. */
export interface CompareRuleSetsOptions {
  /** How many changed claims and failures the report lists (the counts include all). Default 100. */
  readonly listLimit?: number;
  /** Called after each entry of the corpus: to show progress, or to stream every changed claim. */
  readonly onEntry?: (event: { readonly index: number; readonly changed?: ChangedClaim; readonly failure?: WhatIfFailure }) => void;
}

const CALCULATION = "(calculation)";

function toAdjudicator(version: Adjudicator | AdjudicatorConfig): Adjudicator {
  return typeof (version as Adjudicator).adjudicate === "function" ? (version as Adjudicator) : createAdjudicator(version as AdjudicatorConfig);
}

function diffRuleSets(before: RuleSet, after: RuleSet): WhatIfReport["ruleChanges"] {
  const old = new Map(before.rules.map((rule) => [rule.id, canonicalJson(rule)]));
  const next = new Map(after.rules.map((rule) => [rule.id, canonicalJson(rule)]));
  return {
    added: [...next.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !next.has(id)),
    modified: [...next.keys()].filter((id) => old.has(id) && old.get(id) !== next.get(id)),
  };
}

const sorted = (items: readonly string[]) => [...items].sort().join("\u0000");

/**
 * What a what-if reads of a decision (a `Decision` is one): the outcome, the payable, the codes of its reasons, flags
 * and missing documents, the rules that fired, risk and routing. A pool's worker sends back only this.
 */
export interface WhatIfView {
  readonly claimId: string;
  readonly outcome: Outcome;
  readonly payable: string;
  readonly reasons: readonly { readonly code: string }[];
  readonly flags: readonly { readonly reasonCode: string }[];
  readonly missingDocuments: readonly { readonly documentType: string; readonly documentId?: string | undefined }[];
  readonly triggeredRules: readonly { readonly ruleId: string }[];
  readonly risk?: Decision["risk"];
  readonly routing?: Decision["routing"];
}

/** The part of a decision a what-if reads, nothing else: what a worker sends back instead of the whole decision. */
export function whatIfViewOf(decision: Decision): WhatIfView {
  return {
    claimId: decision.claimId,
    outcome: decision.outcome,
    payable: decision.payable,
    reasons: decision.reasons.map(({ code }) => ({ code })),
    flags: decision.flags.map(({ reasonCode }) => ({ reasonCode })),
    missingDocuments: decision.missingDocuments.map(({ documentType, documentId }) => (documentId === undefined ? { documentType } : { documentType, documentId })),
    triggeredRules: decision.triggeredRules.map(({ ruleId }) => ({ ruleId })),
    ...(decision.risk !== undefined ? { risk: decision.risk } : {}),
    ...(decision.routing !== undefined ? { routing: decision.routing } : {}),
  };
}

/** A decision's risk and routing in a few words (nothing for what the decision does not carry). */
export function operationsOf(decision: Pick<WhatIfView, "risk" | "routing">): WhatIfOperations {
  const { risk, routing } = decision;
  const where = routing === undefined ? undefined : routing.straightThrough ? "straight through" : [routing.queue?.id ?? "no queue", ...(routing.level === null ? [] : [routing.level])].join(" ");
  return { ...(risk === undefined ? {} : { risk: risk.level === undefined ? risk.score : `${risk.score} ${risk.level}` }), ...(where === undefined ? {} : { routing: where }) };
}

function changesBetween(before: WhatIfView, after: WhatIfView): WhatIfChange[] {
  const changes: WhatIfChange[] = [];
  if (before.outcome !== after.outcome) changes.push("outcome");
  if (!new Dec(before.payable).equals(after.payable)) changes.push("payable");
  if (sorted(before.reasons.map((r) => r.code)) !== sorted(after.reasons.map((r) => r.code))) changes.push("reasons");
  if (sorted(before.flags.map((f) => f.reasonCode)) !== sorted(after.flags.map((f) => f.reasonCode))) changes.push("flags");
  if (sorted(before.missingDocuments.map((d) => `${d.documentType}:${d.documentId ?? ""}`)) !== sorted(after.missingDocuments.map((d) => `${d.documentType}:${d.documentId ?? ""}`))) {
    changes.push("missingDocuments");
  }
  const [was, now] = [operationsOf(before), operationsOf(after)];
  if (was.routing !== now.routing) changes.push("routing");
  if (was.risk !== now.risk) changes.push("risk");
  return changes;
}

/**
 * What one version made of one claim: its decision, or why there is none, as data: one of the library's errors by
 * name, message and issues, or anything else as `internal` (a bug met on this claim).
 */
export type VersionResult =
  | { readonly ok: true; readonly decision: WhatIfView }
  | { readonly ok: false; readonly error: { readonly name: string; readonly message: string }; readonly issues: readonly Issue[]; readonly internal?: true };

/** An entry of the corpus with what each version made of its claim: `after` is left out when `before` failed (it is not needed). */
export interface WhatIfDecided {
  readonly entry: WhatIfInput;
  readonly before?: VersionResult;
  readonly after?: VersionResult;
}

/** A claim adjudicated by one version, to its result. */
export async function decideVersion(version: Adjudicator, claim: unknown, options: AdjudicateOptions): Promise<VersionResult> {
  try {
    return { ok: true, decision: await version.adjudicate(claim, options) };
  } catch (error) {
    if (isAdjudicatorError(error)) return { ok: false, error: { name: error.name, message: error.message }, issues: error.issues };
    // Not one of the library's errors: a bug. It is this claim's failure; the rest of the corpus is still compared.
    return { ok: false, error: { name: error instanceof Error ? error.name : "", message: error instanceof Error ? error.message : String(error) }, issues: [], internal: true };
  }
}

/** The options a claim of the corpus is adjudicated with under both versions: its date, and its ledger if it has one. */
export function whatIfOptions(entry: WhatIfClaim): AdjudicateOptions {
  return { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators } : {}) } as AdjudicateOptions;
}

/** Each claim of the corpus under both versions, one after the other, here (the second not at all when the first fails). */
async function* decideHere(oldVersion: Adjudicator, newVersion: Adjudicator, claims: Iterable<WhatIfInput> | AsyncIterable<WhatIfInput>): AsyncGenerator<WhatIfDecided> {
  for await (const entry of claims) {
    if ("unreadable" in entry) {
      yield { entry };
      continue;
    }
    const options = whatIfOptions(entry);
    const before = await decideVersion(oldVersion, entry.claim, options);
    yield before.ok ? { entry, before, after: await decideVersion(newVersion, entry.claim, options) } : { entry, before };
  }
}

function failureOf(result: VersionResult | undefined, side: "before" | "after", entry: WhatIfClaim): WhatIfFailure {
  const claimId = (entry.claim as { id?: unknown } | null)?.id;
  const about = { ...(entry.label !== undefined ? { label: entry.label } : {}), ...(typeof claimId === "string" ? { claimId } : {}), side };
  if (result === undefined || result.ok) return { ...about, message: "internal error, please report it: no result for this version", issues: [], internal: true };
  const { name, message } = result.error;
  if (result.internal !== true) return { ...about, message: message.split("\n")[0] ?? message, issues: result.issues };
  const what = name === "" ? message : `${name}: ${message.split("\n")[0] ?? ""}`;
  return { ...about, message: `internal error, please report it: ${what}`, issues: [], internal: true };
}

/**
 * Adjudicates a corpus of claims under two versions (of the rule set, or of policy and rule set) and reports what
 * changes: the outcome matrix, the total and per-claim change in payable, the rules responsible and the changed
 * claims. The corpus is consumed one claim at a time and only aggregates are kept (the listed claims are capped),
 * so a year of claims streamed from NDJSON runs in constant memory.
 * @param before - the current version: an adjudicator, or `{ policy, rules }`
 * @param after - the candidate version, likewise
 * @param claims - the corpus, e.g. parsed from NDJSON by `parseWhatIfLines`
 * @param options - `listLimit`, `onEntry` for progress
 * @returns the report
 * @example
 * const report = await compareRuleSets({ policy, rules: v1 }, { policy, rules: v2 }, [{ claim, asOf: "2026-05-28" }]);
 * report.outcomes.approved.denied; //=> 1 when v2 denies the claim v1 approved
 */
export async function compareRuleSets(
  before: Adjudicator | AdjudicatorConfig,
  after: Adjudicator | AdjudicatorConfig,
  claims: Iterable<WhatIfInput> | AsyncIterable<WhatIfInput>,
  options: CompareRuleSetsOptions = {},
): Promise<WhatIfReport> {
  const oldVersion = toAdjudicator(before);
  const newVersion = toAdjudicator(after);
  return tallyWhatIf(oldVersion.ruleSet, newVersion.ruleSet, decideHere(oldVersion, newVersion, claims), options);
}

/**
 * The report of `compareRuleSets` from each entry's results under both versions, however they were adjudicated
 * (one after the other here, or on worker threads by the CLI): the entries in corpus order.
 * @param oldRuleSet - the current version's rule set
 * @param newRuleSet - the candidate version's
 * @param decided - each entry of the corpus, with its claim's result under each version
 */
export async function tallyWhatIf(oldRuleSet: RuleSet, newRuleSet: RuleSet, decided: Iterable<WhatIfDecided> | AsyncIterable<WhatIfDecided>, options: CompareRuleSetsOptions = {}): Promise<WhatIfReport> {
  const listLimit = options.listLimit ?? 100;
  const ruleChanges = diffRuleSets(oldRuleSet, newRuleSet);
  const modified = new Set(ruleChanges.modified);
  const outcomes = Object.fromEntries(OUTCOMES.map((from) => [from, Object.fromEntries(OUTCOMES.map((to) => [to, 0]))])) as Record<Outcome, Record<Outcome, number>>;
  const responsible = new Map<string, { claims: number; outcomeChanges: number; payableChange: InstanceType<typeof Dec> }>();
  const changedClaims: ChangedClaim[] = [];
  const failures: WhatIfFailure[] = [];
  let totalBefore = new Dec(0);
  let totalAfter = new Dec(0);
  let decimals = 0;
  let index = 0;
  let compared = 0;
  let changed = 0;
  let failed = 0;
  let routed = false;
  let straightBefore = 0;
  let straightAfter = 0;

  const fail = (failure: WhatIfFailure) => {
    failed++;
    if (failures.length < listLimit) failures.push(failure);
    options.onEntry?.({ index, failure });
  };

  for await (const { entry, before, after } of decided) {
    index++;
    if ("unreadable" in entry) {
      fail({ ...(entry.label !== undefined ? { label: entry.label } : {}), side: "input", message: entry.unreadable, issues: [] });
      continue;
    }
    if (before?.ok !== true) {
      fail(failureOf(before, "before", entry));
      continue;
    }
    if (after?.ok !== true) {
      fail(failureOf(after, "after", entry));
      continue;
    }
    const old = before.decision;
    const next = after.decision;
    compared++;
    outcomes[old.outcome][next.outcome]++;
    if (old.routing !== undefined || next.routing !== undefined) routed = true;
    if (old.routing?.straightThrough === true) straightBefore++;
    if (next.routing?.straightThrough === true) straightAfter++;
    totalBefore = totalBefore.plus(old.payable);
    totalAfter = totalAfter.plus(next.payable);
    decimals = Math.max(decimals, old.payable.split(".")[1]?.length ?? 0, next.payable.split(".")[1]?.length ?? 0);
    const changes = changesBetween(old, next);
    if (changes.length === 0) {
      options.onEntry?.({ index });
      continue;
    }
    changed++;
    const firedBefore = new Set(old.triggeredRules.map((rule) => rule.ruleId));
    const firedAfter = new Set(next.triggeredRules.map((rule) => rule.ruleId));
    const rules = {
      fired: [...firedAfter].filter((id) => !firedBefore.has(id)),
      stopped: [...firedBefore].filter((id) => !firedAfter.has(id)),
      modified: [...new Set([...firedBefore, ...firedAfter])].filter((id) => modified.has(id) && firedBefore.has(id) === firedAfter.has(id)),
    };
    const payableChange = new Dec(next.payable).minus(old.payable);
    const involved = [...rules.fired, ...rules.stopped, ...rules.modified];
    for (const ruleId of involved.length === 0 ? [CALCULATION] : involved) {
      const entryTotals = responsible.get(ruleId) ?? { claims: 0, outcomeChanges: 0, payableChange: new Dec(0) };
      entryTotals.claims++;
      if (changes.includes("outcome")) entryTotals.outcomeChanges++;
      entryTotals.payableChange = entryTotals.payableChange.plus(payableChange);
      responsible.set(ruleId, entryTotals);
    }
    const changedClaim: ChangedClaim = {
      claimId: old.claimId,
      ...(entry.label !== undefined ? { label: entry.label } : {}),
      before: { outcome: old.outcome, payable: old.payable, ...operationsOf(old) },
      after: { outcome: next.outcome, payable: next.payable, ...operationsOf(next) },
      payableChange: formatMoney(payableChange, decimals),
      changes,
      rules,
    };
    if (changedClaims.length < listLimit) changedClaims.push(changedClaim);
    options.onEntry?.({ index, changed: changedClaim });
  }

  return {
    before: { ruleSetId: oldRuleSet.id, ruleSetVersion: oldRuleSet.version },
    after: { ruleSetId: newRuleSet.id, ruleSetVersion: newRuleSet.version },
    ruleChanges,
    claims: index,
    compared,
    changed,
    failed,
    outcomes,
    payable: { before: formatMoney(totalBefore, decimals), after: formatMoney(totalAfter, decimals), change: formatMoney(totalAfter.minus(totalBefore), decimals) },
    ...(routed ? { straightThrough: { before: straightBefore, after: straightAfter } } : {}),
    responsibleRules: [...responsible]
      .map(([ruleId, totals]) => ({ ruleId, claims: totals.claims, outcomeChanges: totals.outcomeChanges, payableChange: formatMoney(totals.payableChange, decimals) }))
      .sort((a, b) => b.claims - a.claims || a.ruleId.localeCompare(b.ruleId)),
    changedClaims,
    changedClaimsNotListed: changed - changedClaims.length,
    failures,
    failuresNotListed: failed - failures.length,
  };
}
