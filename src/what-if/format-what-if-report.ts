import { toDotPath } from "../errors/adjudicator-error.js";
import { OUTCOMES } from "../decision/decision-schema.js";
import type { ChangedClaim, WhatIfReport } from "./compare-rule-sets.js";

function table(rows: readonly (readonly string[])[], rightAligned: ReadonlySet<number>): string[] {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => [...(row[column] ?? "")].length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

/** A change with its sign; no change is "0", not "+0". */
const signed = (amount: string) => (amount.startsWith("-") || /^0(\.0+)?$/.test(amount) ? amount : `+${amount}`);

function ruleList(claim: ChangedClaim): string {
  return [...claim.rules.fired.map((id) => `+${id}`), ...claim.rules.stopped.map((id) => `-${id}`), ...claim.rules.modified.map((id) => `~${id}`)].join(" ") || "(calculation)";
}

/** A claim under one version: outcome and payable, then its risk and routing when the decisions carry them. */
const side = (version: ChangedClaim["before"]) => [`${version.outcome} ${version.payable}`, ...(version.risk === undefined ? [] : [`risk ${version.risk}`]), ...(version.routing === undefined ? [] : [version.routing])].join(", ");

/**
 * The what-if report as text for a terminal: counts, the outcome matrix (rows: old outcome, columns: new),
 * payable totals, the rules responsible and the changed claims.
 * @param report - from `compareRuleSets`
 * @returns text without a trailing newline
 * @example
 * formatWhatIfReport(report).split("\n")[0]; //=> "What-if: RS-MED-ANKANG 2026.1.0 → RS-MED-ANKANG 2026.2.0 over 12 claims"
 */
export function formatWhatIfReport(report: WhatIfReport): string {
  const out: string[] = [
    `What-if: ${report.before.ruleSetId} ${report.before.ruleSetVersion} → ${report.after.ruleSetId} ${report.after.ruleSetVersion} over ${report.claims} claims`,
    `${report.changed} of ${report.compared} compared claims changed${report.failed > 0 ? `; ${report.failed} could not be compared` : ""}`,
  ];
  const { added, removed, modified } = report.ruleChanges;
  out.push(`Rules added: ${added.join(", ") || "none"}; removed: ${removed.join(", ") || "none"}; modified: ${modified.join(", ") || "none"}`);

  out.push("", "Outcomes (rows: before, columns: after)");
  const used = OUTCOMES.filter((outcome) => OUTCOMES.some((other) => report.outcomes[outcome][other] > 0 || report.outcomes[other][outcome] > 0));
  const shown = used.length === 0 ? OUTCOMES : used;
  out.push(
    ...table(
      [["", ...shown], ...shown.map((from) => [from, ...shown.map((to) => String(report.outcomes[from][to]))])],
      new Set(shown.map((_, i) => i + 1)),
    ).map((line) => `  ${line}`),
  );

  out.push("", `Payable: before ${report.payable.before}, after ${report.payable.after}, change ${signed(report.payable.change)}`);
  if (report.straightThrough !== undefined) out.push(`Straight through: ${report.straightThrough.before} of ${report.compared} before, ${report.straightThrough.after} after`);

  if (report.responsibleRules.length > 0) {
    out.push("", "Rules responsible (+ fires only after, - only before, ~ definition changed)");
    out.push(
      ...table(
        [["rule", "claims", "outcome changes", "payable change"], ...report.responsibleRules.map((rule) => [rule.ruleId, String(rule.claims), String(rule.outcomeChanges), signed(rule.payableChange)])],
        new Set([1, 2, 3]),
      ).map((line) => `  ${line}`),
    );
  }

  if (report.changedClaims.length > 0) {
    out.push("", `Changed claims${report.changedClaimsNotListed > 0 ? ` (first ${report.changedClaims.length} of ${report.changed})` : ""}`);
    out.push(
      ...table(
        [
          ["claim", "before", "after", "change", "rules"],
          ...report.changedClaims.map((claim) => [
            claim.claimId,
            side(claim.before),
            side(claim.after),
            signed(claim.payableChange),
            ruleList(claim),
          ]),
        ],
        new Set([3]),
      ).map((line) => `  ${line}`),
    );
  }

  if (report.failures.length > 0) {
    out.push("", `Could not be compared${report.failuresNotListed > 0 ? ` (first ${report.failures.length} of ${report.failed})` : ""}`);
    for (const failure of report.failures) {
      const who = [failure.label, failure.claimId].filter((part) => part !== undefined).join(" ");
      const side = failure.side === "input" ? "" : ` (${failure.side === "before" ? "old" : "new"} version)`;
      out.push(`  ${who}${side}: ${failure.message}`);
      for (const issue of failure.issues.slice(0, 5)) out.push(`    ${toDotPath(issue.path)}: ${issue.message}`);
    }
  }
  return out.join("\n");
}
