import type { ContractTerms } from "./contract-schema.js";

type Path = readonly (string | number)[];

/**
 * The contract terms' own checks, each problem at its path under `contract`: dates in order, clauses the policy has.
 */
export function checkContractTerms(
  terms: ContractTerms,
  policy: { readonly effective: string },
  report: (path: Path, message: string) => void,
  checkClause: (clauseId: string | undefined, path: Path) => void,
): void {
  const premium = terms.premium;
  if (premium !== undefined) {
    checkClause(premium.clauseId, ["premium", "clauseId"]);
    const first = premium.firstDueOn ?? policy.effective;
    if (premium.paidToDate < first) report(["premium", "paidToDate"], `paid to ${premium.paidToDate}, before the first instalment is due (${first})`);
    if (premium.lastDueOn !== undefined && premium.lastDueOn < first) report(["premium", "lastDueOn"], `the last instalment (${premium.lastDueOn}) is due before the first (${first})`);
  }
  (terms.reinstatements ?? []).forEach((entry, i) => {
    checkClause(entry.clauseId, ["reinstatements", i, "clauseId"]);
    if (entry.reinstatedOn <= entry.suspendedFrom) report(["reinstatements", i, "reinstatedOn"], `reinstated on ${entry.reinstatedOn}, not after the suspension began (${entry.suspendedFrom})`);
  });
  checkClause(terms.incontestability?.clauseId, ["incontestability", "clauseId"]);
}
