import type { Issue } from "../errors/adjudicator-error.js";
import { checkMinorUnits } from "../money/check-minor-units.js";
import { toMoney } from "../money/money.js";
import { duplicateIds } from "../risk/check-risk-config.js";
import type { RiskConfig } from "../risk/risk-config-schema.js";
import { AUTHORITY_OUTCOMES, type AuthorityAmount, type AuthorityLimits, type RoutingConfig } from "./routing-config-schema.js";

type Path = readonly (string | number)[];

/** `a` allows at least what `b` allows. */
const atLeast = (a: AuthorityAmount, b: AuthorityAmount) => a === "unlimited" || (b !== "unlimited" && toMoney(a).greaterThanOrEqualTo(b));

/**
 * What the routing configuration's schema cannot see: ids used twice, a queue, level, risk level or indicator that
 * does not exist, risk conditions without a risk score, a level with less authority than the one below it, amounts
 * finer than the currency allows.
 */
export function checkRoutingConfig(config: RoutingConfig, risk: RiskConfig | undefined, at: Path, currency: { readonly code: string; readonly minorUnits: number }): Issue[] {
  const issues: Issue[] = [
    ...duplicateIds(config.queues.map((queue) => queue.id), (i) => [...at, "queues", i, "id"], "queue"),
    ...duplicateIds(config.rules.map((rule) => rule.id), (i) => [...at, "rules", i, "id"], "routing rule"),
    ...duplicateIds(config.authority.levels.map((level) => level.id), (i) => [...at, "authority", "levels", i, "id"], "authority level"),
  ];
  const queueIds = config.queues.map((queue) => queue.id);
  const levelIds = config.authority.levels.map((level) => level.id);
  const riskLevels = (risk?.levels ?? []).map((level) => level.id);
  const indicators = (risk?.indicators ?? []).map((indicator) => indicator.id);
  const money = (amount: string | undefined, path: Path) => (amount === undefined || amount === "unlimited" ? [] : checkMinorUnits(amount, currency.minorUnits, path, currency.code));
  const known = (id: string | undefined, ids: readonly string[], path: Path, what: string, where: string) => {
    if (id !== undefined && !ids.includes(id)) issues.push({ code: "invalid_input", path, message: `${what} "${id}" is not among ${where} (${ids.join(", ") || "none"})` });
  };
  const limits = (maxAmount: AuthorityLimits, path: Path) => {
    for (const outcome of AUTHORITY_OUTCOMES) issues.push(...money(maxAmount[outcome], [...path, outcome]));
  };

  known(config.defaultQueue, queueIds, [...at, "defaultQueue"], "queue", "the queues");
  config.rules.forEach((rule, i) => {
    const path = [...at, "rules", i];
    known(rule.queue, queueIds, [...path, "queue"], "queue", "the queues");
    known(rule.level, levelIds, [...path, "level"], "authority level", "the authority levels");
    const { when } = rule;
    if (risk === undefined && (when.scoreAtLeast !== undefined || when.riskLevels !== undefined || when.indicators !== undefined)) {
      issues.push({ code: "invalid_input", path: [...path, "when"], message: `routing rule "${rule.id}" reads the risk score, but the operations configuration has no "risk": add it, or route on other conditions` });
    } else {
      when.riskLevels?.forEach((level, j) => known(level, riskLevels, [...path, "when", "riskLevels", j], "risk level", "risk.levels"));
      when.indicators?.forEach((indicator, j) => known(indicator, indicators, [...path, "when", "indicators", j], "indicator", "risk.indicators"));
    }
    issues.push(...money(when.payableAtLeast, [...path, "when", "payableAtLeast"]), ...money(when.billedAtLeast, [...path, "when", "billedAtLeast"]));
    if (rule.investigation !== undefined) {
      issues.push(...duplicateIds(rule.investigation.checks.map((check) => check.id), (j) => [...path, "investigation", "checks", j, "id"], "check"));
      rule.investigation.checks.forEach((check, j) => {
        if (indicators.includes(check.id)) issues.push({ code: "duplicate_id", path: [...path, "investigation", "checks", j, "id"], message: `check "${check.id}" has the id of an indicator, whose own check comes first: give it another id` });
      });
    }
  });
  limits(config.straightThrough.maxAmount, [...at, "straightThrough", "maxAmount"]);
  const levels = config.authority.levels;
  levels.forEach((level, i) => {
    const path = [...at, "authority", "levels", i, "maxAmount"];
    limits(level.maxAmount, path);
    const below = levels[i - 1];
    if (below === undefined) return;
    for (const outcome of AUTHORITY_OUTCOMES) {
      const lower = below.maxAmount[outcome];
      const upper = level.maxAmount[outcome];
      if (lower !== undefined && (upper === undefined || !atLeast(upper, lower))) {
        issues.push({
          code: "invalid_input",
          path: [...path, outcome],
          message: `level "${level.id}" may decide ${upper === undefined ? "no" : upper} ${outcome} claims, less than "${below.id}" below it (${lower}): list the levels from the lowest authority up, each with at least the authority of the one before`,
        });
      }
    }
  });
  known(config.authority.denialsRequire, levelIds, [...at, "authority", "denialsRequire"], "authority level", "the authority levels");
  issues.push(...money(config.authority.fourEyesAbove, [...at, "authority", "fourEyesAbove"]));
  return issues;
}
