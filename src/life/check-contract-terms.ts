import { Dec } from "../money/money.js";
import type { ContractTerms } from "./contract-schema.js";

type Path = readonly (string | number)[];

/**
 * The contract terms' own checks, each problem at its path under `contract`: dates in order, clauses the policy has,
 * beneficiaries of insureds it has, with unique ids and, within an order, shares given to all or none and adding up to 1.
 */
export function checkContractTerms(
  terms: ContractTerms,
  policy: { readonly effective: string; readonly insuredIds: readonly string[] },
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
  const beneficiaries = terms.beneficiaries ?? [];
  const seen = new Map<string, number>();
  beneficiaries.forEach((beneficiary, i) => {
    const first = seen.get(beneficiary.id);
    if (first !== undefined) report(["beneficiaries", i, "id"], `duplicate beneficiary "${beneficiary.id}" (first at [${first}])`);
    else seen.set(beneficiary.id, i);
    if (beneficiary.insuredId !== undefined && !policy.insuredIds.includes(beneficiary.insuredId)) {
      report(["beneficiaries", i, "insuredId"], `insured "${beneficiary.insuredId}" is not insured by the policy (its insureds: ${policy.insuredIds.join(", ")})`);
    }
  });
  // Within one insured's order, shares are given to all or none, and add up to 1.
  const groups = new Map<string, number[]>();
  beneficiaries.forEach((beneficiary, i) => {
    const key = `${beneficiary.insuredId ?? policy.insuredIds[0] ?? ""}\u0000${beneficiary.order ?? 1}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  for (const members of groups.values()) {
    const withShare = members.filter((i) => beneficiaries[i]?.share !== undefined);
    const order = beneficiaries[members[0] as number]?.order ?? 1;
    if (withShare.length > 0 && withShare.length < members.length) {
      const missing = members.find((i) => beneficiaries[i]?.share === undefined) as number;
      report(["beneficiaries", missing, "share"], `beneficiaries of order ${order} have shares but this one has none: give every one of them a share, or none (equal shares)`);
    } else if (withShare.length > 0) {
      const total = withShare.reduce((sum, i) => sum.plus(beneficiaries[i]?.share ?? "0"), new Dec(0));
      if (!total.equals(1)) report(["beneficiaries", withShare.at(-1) as number, "share"], `the shares of order ${order} add up to ${total.toString()}, not 1`);
    }
  }
}
