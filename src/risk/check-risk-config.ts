import { closest, distance } from "fastest-levenshtein";
import type { Issue } from "../errors/adjudicator-error.js";
import type { FactRegistry } from "../facts/fact-registry.js";
import { checkMinorUnits } from "../money/check-minor-units.js";
import type { RiskConfig } from "./risk-config-schema.js";

type Path = readonly (string | number)[];

/** Ids used twice in a list, each reported at its second use with where the first was. */
export function duplicateIds(ids: readonly string[], path: (index: number) => Path, what: string): Issue[] {
  const first = new Map<string, number>();
  const issues: Issue[] = [];
  ids.forEach((id, index) => {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index);
    else issues.push({ code: "duplicate_id", path: path(index), message: `${what} "${id}" is used twice (first at [${earlier}]); give each its own id` });
  });
  return issues;
}

/**
 * What the risk configuration's schema cannot see: ids used twice, levels out of order, an external score naming a
 * fact the adjudicator does not know or one that is not a number, amounts finer than the currency allows.
 */
export function checkRiskConfig(config: RiskConfig, at: Path, context: { readonly facts: FactRegistry; readonly currency: string; readonly minorUnits: number }): Issue[] {
  const issues: Issue[] = [...duplicateIds(config.indicators.map((indicator) => indicator.id), (i) => [...at, "indicators", i, "id"], "indicator")];
  config.indicators.forEach((indicator, i) => {
    const path = [...at, "indicators", i];
    if (indicator.kind === "external_score") {
      const fact = context.facts.find(indicator.fact);
      if (fact === undefined) {
        const numeric = context.facts.facts.filter((entry) => entry.scope === "claim" && entry.type === "number").map((entry) => entry.name);
        const near = numeric.length === 0 ? undefined : closest(indicator.fact, numeric);
        // Only a name a typo away is worth suggesting.
        const suggestion = near !== undefined && distance(near, indicator.fact) <= Math.max(2, Math.floor(indicator.fact.length / 3)) ? ` Did you mean "${near}"?` : "";
        issues.push({
          code: "unknown_fact",
          path: [...path, "fact"],
          message: `fact "${indicator.fact}" is not known to this adjudicator: register the model's score with createAdjudicator({ facts }) (a claim fact of type number).${suggestion}`,
        });
      } else if (fact.scope !== "claim" || fact.type !== "number") {
        issues.push({ code: "invalid_input", path: [...path, "fact"], message: `fact "${indicator.fact}" is ${fact.scope === "item" ? "a fact of bill lines" : `of type ${fact.type}`}; an external score must be a claim fact of type number` });
      }
    }
    if (indicator.kind === "amount_near_threshold") {
      issues.push(...duplicateIds(indicator.thresholds.map((threshold) => threshold.id), (j) => [...path, "thresholds", j, "id"], "threshold"));
      indicator.thresholds.forEach((threshold, j) => issues.push(...checkMinorUnits(threshold.amount, context.minorUnits, [...path, "thresholds", j, "amount"], context.currency)));
      if (/^0(\.0*)?$/.test(indicator.within)) issues.push({ code: "invalid_input", path: [...path, "within"], message: `within is ${indicator.within}: give the margin under each threshold as a fraction above 0, e.g. "0.05" for 5%` });
    }
    if (indicator.kind === "long_stay") issues.push(...duplicateIds(indicator.norms.map((norm) => norm.diagnosis), (j) => [...path, "norms", j, "diagnosis"], "norm for diagnosis"));
  });
  const levels = config.levels ?? [];
  issues.push(...duplicateIds(levels.map((level) => level.id), (i) => [...at, "levels", i, "id"], "risk level"));
  if (levels[0] !== undefined && levels[0].from !== 0) issues.push({ code: "invalid_input", path: [...at, "levels", 0, "from"], message: `the first risk level starts at ${levels[0].from}: start it at 0, so every score has a level` });
  levels.forEach((level, i) => {
    const previous = levels[i - 1];
    if (previous !== undefined && level.from <= previous.from) {
      issues.push({ code: "invalid_input", path: [...at, "levels", i, "from"], message: `level "${level.id}" starts at ${level.from}, not above "${previous.id}" (${previous.from}): list the levels from the lowest score up` });
    }
  });
  return issues;
}
