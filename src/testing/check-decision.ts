import { Dec, formatMoney } from "../money/money.js";
import type { Decision } from "../decision/decision-schema.js";
import type { CaseExpectation } from "./case-file-schema.js";

/** One way a decision differs from what its case expects. */
export type CaseMismatch =
  | { readonly kind: "value"; readonly field: string; readonly expected: string; readonly actual: string }
  | { readonly kind: "list"; readonly field: string; readonly missing: readonly string[]; readonly unexpected: readonly string[] };

const MONEY = /^-?\d+(\.\d+)?$/;

/** Equal as decimals when both are amounts ("3000" is "3000.00"), as text otherwise. */
export function sameAmount(expected: string, actual: string | undefined): boolean {
  if (actual === undefined) return false;
  return MONEY.test(expected) && MONEY.test(actual) ? new Dec(expected).equals(actual) : expected === actual;
}

/** `expected` − `actual` and `actual` − `expected`, counting repeats. */
export function compareLists(expected: readonly string[], actual: readonly string[]): { missing: string[]; unexpected: string[] } {
  const left = [...actual];
  const missing: string[] = [];
  for (const item of expected) {
    const at = left.indexOf(item);
    if (at < 0) missing.push(item);
    else left.splice(at, 1);
  }
  return { missing, unexpected: left };
}

/**
 * Payable per coverage: `decision.coverages` where the decision has it, else the lines' payables summed by the
 * coverage that assessed them.
 */
export function coveragePayables(decision: Decision): ReadonlyMap<string, string> {
  const listed = (decision as { readonly coverages?: readonly { readonly coverageId: string; readonly payable: string }[] }).coverages;
  if (Array.isArray(listed)) return new Map(listed.map((coverage) => [coverage.coverageId, coverage.payable]));
  const sums = new Map<string, InstanceType<typeof Dec>>();
  for (const line of decision.lines as readonly { readonly coverageId?: string; readonly payable: string }[]) {
    if (line.coverageId === undefined) continue;
    sums.set(line.coverageId, (sums.get(line.coverageId) ?? new Dec(0)).plus(line.payable));
  }
  const decimals = decision.payable.split(".")[1]?.length ?? 0;
  return new Map([...sums].map(([id, sum]) => [id, formatMoney(sum, decimals)]));
}

/** What a decision says, in the terms a case file expects. */
export function decisionFacts(decision: Decision) {
  return {
    reasons: decision.reasons.map((reason) => reason.code),
    flags: decision.flags.map((flag) => flag.reasonCode),
    missingDocuments: decision.missingDocuments.map((document) => document.documentType),
    triggeredRules: [...new Set(decision.triggeredRules.map((rule) => rule.ruleId))],
    lines: new Map(decision.lines.map((line) => [line.lineId, line.payable])),
    coverages: coveragePayables(decision),
  };
}

/**
 * Every way a decision differs from a case's expectation; empty when it meets it.
 * @param decision - what `adjudicate` returned
 * @param expected - the case's `expect`
 * @example
 * checkDecision(decision, { outcome: "approved", payable: "3000" }); //=> [] when the decision approved 3000.00
 */
export function checkDecision(decision: Decision, expected: CaseExpectation): CaseMismatch[] {
  const mismatches: CaseMismatch[] = [];
  const facts = decisionFacts(decision);
  if (decision.outcome !== expected.outcome) mismatches.push({ kind: "value", field: "outcome", expected: expected.outcome, actual: decision.outcome });
  if (expected.payable !== undefined && !sameAmount(expected.payable, decision.payable)) {
    mismatches.push({ kind: "value", field: "payable", expected: expected.payable, actual: decision.payable });
  }
  for (const [group, actual] of [["coverages", facts.coverages], ["lines", facts.lines]] as const) {
    for (const [id, amount] of Object.entries(expected[group] ?? {})) {
      const found = actual.get(id);
      if (!sameAmount(amount, found)) {
        const known = [...actual.keys()].join(", ");
        mismatches.push({ kind: "value", field: `${group}.${id}`, expected: amount, actual: found ?? `(no ${group === "lines" ? "line" : "coverage"} "${id}" in the decision; it has ${known})` });
      }
    }
  }
  for (const field of ["reasons", "flags", "missingDocuments"] as const) {
    const wanted = expected[field];
    if (wanted === undefined) continue;
    const { missing, unexpected } = compareLists(wanted, facts[field]);
    if (missing.length > 0 || unexpected.length > 0) mismatches.push({ kind: "list", field, missing, unexpected });
  }
  if (expected.triggeredRules !== undefined) {
    const { missing, unexpected } = compareLists([...new Set(expected.triggeredRules)], facts.triggeredRules);
    if (missing.length > 0 || unexpected.length > 0) mismatches.push({ kind: "list", field: "triggeredRules", missing, unexpected });
  }
  mismatches.push(...checkOperations(decision, expected));
  return mismatches;
}

/** What a decision made without that part of an operations configuration shows instead of a value. */
const without = (part: "risk" | "routing") => `(no ${part}: the decision was made without an operations configuration with "${part}"; give it, e.g. --operations operations.json)`;

/** The case's expectations of risk, routing and sampling (decisions made with an operations configuration). */
function checkOperations(decision: Decision, expected: CaseExpectation): CaseMismatch[] {
  const mismatches: CaseMismatch[] = [];
  const value = (field: string, wanted: string, actual: string) => {
    if (wanted !== actual) mismatches.push({ kind: "value", field, expected: wanted, actual });
  };
  if (expected.risk !== undefined) {
    const risk = decision.risk;
    if (expected.risk.score !== undefined) {
      if (risk === undefined) value("risk.score", expected.risk.score, without("risk"));
      else if (!sameAmount(expected.risk.score, risk.score)) value("risk.score", expected.risk.score, risk.score);
    }
    if (expected.risk.level !== undefined) value("risk.level", expected.risk.level, risk === undefined ? without("risk") : (risk.level ?? "(no level: the risk configuration has no levels)"));
  }
  if (expected.routing !== undefined) {
    const routing = decision.routing;
    const shown = (id: string | null | undefined) => (id === null || id === undefined ? "null" : id);
    if (expected.routing.straightThrough !== undefined) value("routing.straightThrough", String(expected.routing.straightThrough), routing === undefined ? without("routing") : String(routing.straightThrough));
    if (expected.routing.queue !== undefined) value("routing.queue", shown(expected.routing.queue), routing === undefined ? without("routing") : shown(routing.queue?.id));
    if (expected.routing.level !== undefined) value("routing.level", shown(expected.routing.level), routing === undefined ? without("routing") : shown(routing.level));
  }
  if (expected.sampled !== undefined) value("sampled", String(expected.sampled), String(decision.sampling?.sampled === true));
  return mismatches;
}
