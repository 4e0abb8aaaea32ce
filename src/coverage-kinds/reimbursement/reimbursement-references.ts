import { Dec } from "../../money/money.js";
import type { PolicyReferenceChecks } from "../coverage-kind-definition.js";
import type { ReimbursementCoverage } from "./reimbursement-coverage-schema.js";
import type { RatioTerms } from "./reimbursement-terms-schema.js";

type Path = readonly (string | number)[];

/**
 * A reimbursement coverage's references and the terms that only make sense together: every clause and list it
 * names exists, its ids are unique, a credited payer is also deducted (crediting what is still paid would count it
 * twice), a family deductible embeds individual ones, a self-pay cover agrees with the catalogue parts.
 */
export function checkReimbursementReferences(coverage: ReimbursementCoverage, checks: PolicyReferenceChecks): void {
  const { checkClause, checkUnique, report } = checks;
  for (const [step, clauseId] of Object.entries(coverage.clauseRefs)) checkClause(clauseId, ["clauseRefs", step]);
  checkUnique(coverage.subLimits.map((subLimit) => subLimit.id), (j) => ["subLimits", j, "id"], "sub-limit");
  coverage.subLimits.forEach((subLimit, j) => checkClause(subLimit.clauseId, ["subLimits", j, "clauseId"]));
  const copays = coverage.copays ?? [];
  checkUnique(copays.map((copay) => copay.id), (j) => ["copays", j, "id"], "copay");
  copays.forEach((copay, j) => checkClause(copay.clauseId, ["copays", j, "clauseId"]));
  const covered = new Map<string, number>();
  copays.forEach((copay, j) =>
    copay.categories.forEach((category, k) => {
      const first = covered.get(category);
      if (first !== undefined) report(["copays", j, "categories", k], `category "${category}" already has a copay (copays[${first}]): a line takes one copay`);
      else covered.set(category, j);
    }),
  );
  checkClause(coverage.outOfPocketMaximum?.clauseId, ["outOfPocketMaximum", "clauseId"]);
  checkClause(coverage.preExisting?.clauseId, ["preExisting", "clauseId"]);
  checkClause(coverage.providers?.clauseId, ["providers", "clauseId"]);
  checkClause(coverage.hospitalisationWindow?.clauseId, ["hospitalisationWindow", "clauseId"]);
  checkClause(coverage.specialDrugs?.clauseId, ["specialDrugs", "clauseId"]);
  checkClause(coverage.stay?.clauseId, ["stay", "clauseId"]);
  for (const part of ["inCatalogue", "outOfCatalogue"] as const) {
    const terms = coverage.catalogueParts?.[part];
    checkClause(terms?.clauseId, ["catalogueParts", part, "clauseId"]);
    checkClause(terms?.preExisting?.clauseId, ["catalogueParts", part, "preExisting", "clauseId"]);
    if (terms?.preExisting?.annualDeductible !== undefined && terms.preExisting.appliesTo !== "insured") report(["catalogueParts", part, "preExisting", "annualDeductible"], 'a higher deductible for pre-existing conditions applies to people with one: use "appliesTo": "insured"');
  }
  if (coverage.preExisting?.annualDeductible !== undefined && coverage.preExisting.appliesTo !== "insured") report(["preExisting", "annualDeductible"], 'a higher deductible for pre-existing conditions applies to people with one: use "appliesTo": "insured"');
  coverage.providers?.lists?.forEach((id, j) => checks.checkList?.("provider", id, ["providers", "lists", j]));
  coverage.specialDrugs?.pharmacyLists?.forEach((id, j) => checks.checkList?.("provider", id, ["specialDrugs", "pharmacyLists", j]));
  if (coverage.specialDrugs !== undefined) checks.checkList?.("drug", coverage.specialDrugs.drugListId, ["specialDrugs", "drugListId"]);
  if (coverage.deductedPayers !== undefined) {
    const deducted = new Set(coverage.deductedPayers);
    coverage.deductibleCredits.forEach((payer, j) => {
      if (!deducted.has(payer)) report(["deductibleCredits", j], `"${payer}" counts towards the deductible but is not among deductedPayers: what a payer paid is deducted before it can count, else the coverage would pay it again`);
    });
  }
  if (coverage.familyDeductible !== undefined && coverage.deductibleLevel === "family") report(["familyDeductible"], 'a family deductible embeds individual ones (deductibleLevel "insured"); with deductibleLevel "family" the annual deductible is already the family\'s');
  if (coverage.catalogueParts !== undefined && coverage.selfPayCovered && coverage.catalogueParts.outOfCatalogue === undefined) report(["selfPayCovered"], "self-pay is covered, but the catalogue parts give no terms outside the catalogue: add catalogueParts.outOfCatalogue");
  if (coverage.outOfPocketMaximum?.familyAmount !== undefined && new Dec(coverage.outOfPocketMaximum.familyAmount).lessThan(coverage.outOfPocketMaximum.amount)) {
    report(["outOfPocketMaximum", "familyAmount"], `the family's out-of-pocket maximum (${coverage.outOfPocketMaximum.familyAmount}) is below the individual one (${coverage.outOfPocketMaximum.amount})`);
  }
}

function ratioAmounts(ratio: RatioTerms, path: Path): { amount: string; path: Path }[] {
  return typeof ratio === "object" && "bands" in ratio ? ratio.bands.map((band, j) => ({ amount: band.from, path: [...path, "bands", j, "from"] })) : [];
}

/** Every amount of a reimbursement coverage, with its path, to check against the currency's minor unit. */
export function reimbursementAmounts(coverage: ReimbursementCoverage): { amount: string; path: Path }[] {
  const optional = (amount: string | undefined, path: Path) => (amount === undefined ? [] : [{ amount, path }]);
  return [
    { amount: coverage.annualDeductible, path: ["annualDeductible"] },
    { amount: coverage.perClaimDeductible, path: ["perClaimDeductible"] },
    { amount: coverage.perIncidentDeductible, path: ["perIncidentDeductible"] },
    ...optional(coverage.familyDeductible, ["familyDeductible"]),
    ...optional(coverage.perClaimLimit, ["perClaimLimit"]),
    { amount: coverage.annualLimit, path: ["annualLimit"] },
    ...coverage.subLimits.map((subLimit, j) => ({ amount: subLimit.amount, path: ["subLimits", j, "amount"] })),
    ...(coverage.copays ?? []).map((copay, j) => ({ amount: copay.amount, path: ["copays", j, "amount"] })),
    ...optional(coverage.outOfPocketMaximum?.amount, ["outOfPocketMaximum", "amount"]),
    ...optional(coverage.outOfPocketMaximum?.familyAmount, ["outOfPocketMaximum", "familyAmount"]),
    ...optional(coverage.preExisting?.annualDeductible, ["preExisting", "annualDeductible"]),
    ...ratioAmounts(coverage.ratio, ["ratio"]),
    ...(["inCatalogue", "outOfCatalogue"] as const).flatMap((part) => {
      const terms = coverage.catalogueParts?.[part];
      if (terms === undefined) return [];
      return [...optional(terms.annualDeductible, ["catalogueParts", part, "annualDeductible"]), ...optional(terms.preExisting?.annualDeductible, ["catalogueParts", part, "preExisting", "annualDeductible"]), ...ratioAmounts(terms.ratio, ["catalogueParts", part, "ratio"])];
    }),
  ];
}
