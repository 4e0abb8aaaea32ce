import { expect, test } from "vitest";
import { toTerms } from "../../src/lint/condition-terms.js";
import { FACT_DOMAIN } from "../../src/lint/fact-domain.js";
import { findContradiction } from "../../src/lint/find-contradiction.js";
import { enumValuesAt } from "../../src/lint/walk-zod-schema.js";
import { ClaimSchema } from "../../src/claim/claim-schema.js";
import type { Condition } from "../../src/rules/condition-schema.js";

const INCIDENT_TYPES = enumValuesAt(ClaimSchema, ["incident", "type"]) ?? [];

const c = (fact: string, operator: string, value: unknown, path?: string): Condition => ({ fact, operator, value, ...(path === undefined ? {} : { path }) });

/** Whether `all` of the comparisons can hold at once, as the linter decides it. */
function canHold(...conditions: Condition[]): boolean {
  const terms = toTerms({ all: conditions }, ["conditions"]);
  return terms?.some((term) => findContradiction(term.atoms, FACT_DOMAIN) === undefined) ?? true;
}

const cases: { name: string; conditions: Condition[]; holds: boolean }[] = [
  { name: "x > 10 and x < 5", conditions: [c("reportDelayDays", "greaterThan", 10), c("reportDelayDays", "lessThan", 5)], holds: false },
  { name: "x > 10 and x < 15", conditions: [c("reportDelayDays", "greaterThan", 10), c("reportDelayDays", "lessThan", 15)], holds: true },
  { name: "x >= 10 and x <= 10", conditions: [c("hospitalDays", "greaterThanInclusive", 10), c("hospitalDays", "lessThanInclusive", 10)], holds: true },
  { name: "x > 10 and x <= 10", conditions: [c("hospitalDays", "greaterThan", 10), c("hospitalDays", "lessThanInclusive", 10)], holds: false },
  { name: "x = 10 and x != 10", conditions: [c("hospitalDays", "equal", 10), c("hospitalDays", "notEqual", 10)], holds: false },
  { name: "x in [1, 2] and x > 5", conditions: [c("lineCount", "in", [1, 2]), c("lineCount", "greaterThan", 5)], holds: false },
  { name: "money as decimals: > 100.00 and < 100.5", conditions: [c("totalBilled", "moneyGreaterThan", "100.00"), c("totalBilled", "moneyLessThan", "100.5")], holds: true },
  { name: "money as decimals: > 100.50 and <= 100.5", conditions: [c("totalBilled", "moneyGreaterThan", "100.50"), c("totalBilled", "moneyLessThanInclusive", "100.5")], holds: false },
  { name: "money is never negative", conditions: [c("totalSelfPay", "moneyLessThan", "0")], holds: false },
  { name: "money equal as text says nothing of notEqual", conditions: [c("totalBilled", "moneyEqual", "100"), c("totalBilled", "notEqual", "100.00")], holds: true },
  { name: "dates: after 2026-06-01 and before 2026-05-01", conditions: [c("incidentDate", "dateAfter", "2026-06-01"), c("incidentDate", "dateBefore", "2026-05-01")], holds: false },
  { name: "dates: on or after and on or before the same day", conditions: [c("incidentDate", "dateOnOrAfter", "2026-06-01"), c("incidentDate", "dateOnOrBefore", "2026-06-01")], holds: true },
  { name: "a boolean both true and false", conditions: [c("hospitalized", "equal", true), c("hospitalized", "equal", false)], holds: false },
  { name: "a boolean not true and not false", conditions: [c("hospitalized", "notEqual", true), c("hospitalized", "notEqual", false)], holds: false },
  { name: "an enumeration excluded entirely", conditions: [c("incidentType", "notIn", INCIDENT_TYPES)], holds: false },
  { name: "two different strings", conditions: [c("claimantRelationship", "equal", "spouse"), c("claimantRelationship", "equal", "child")], holds: false },
  { name: "a free string in a list and outside another", conditions: [c("line", "in", ["bed", "icu"], "$.category"), c("line", "notIn", ["bed"], "$.category")], holds: true },
  { name: "contains and does not contain the same code", conditions: [c("lineCategories", "contains", "bed"), c("lineCategories", "doesNotContain", "bed")], holds: false },
  { name: "containsAny of codes all forbidden", conditions: [c("documentTypes", "containsAny", ["a", "b"]), c("documentTypes", "doesNotContain", "a"), c("documentTypes", "doesNotContain", "b")], holds: false },
  { name: "a comparison and its negation (prefixes)", conditions: [c("diagnosisCodes", "startsWithAny", ["Z41"]), { not: c("diagnosisCodes", "startsWithAny", ["Z41"]) }], holds: false },
  { name: "prefixes are not reasoned about beyond that", conditions: [c("diagnosisCodes", "startsWithAny", ["Z41"]), { not: c("diagnosisCodes", "startsWithAny", ["Z4"]) }], holds: true },
  { name: "a fact compared with another fact", conditions: [c("daysSinceInception", "lessThan", { fact: "waitingPeriodDays" }), c("daysSinceInception", "greaterThan", 1000)], holds: true },
  { name: "not (x < 5) and x < 3", conditions: [{ not: c("reportDelayDays", "lessThan", 5) }, c("reportDelayDays", "lessThan", 3)], holds: false },
  { name: "different facts never conflict", conditions: [c("reportDelayDays", "greaterThan", 10), c("submissionDelayDays", "lessThan", 5)], holds: true },
];

test.each(cases)("$name", ({ conditions, holds }) => {
  expect(canHold(...conditions)).toBe(holds);
});

test("reads the values of enumerated facts from the claim schema", () => {
  expect(INCIDENT_TYPES).toEqual(expect.arrayContaining(["illness", "accident"]));
  expect(canHold(c("incidentType", "notIn", INCIDENT_TYPES.slice(1)))).toBe(true);
});

test("names the smallest set of comparisons that conflict", () => {
  const terms = toTerms({ all: [c("hospitalized", "equal", true), c("reportDelayDays", "greaterThan", 10), c("lineCount", "greaterThan", 1), c("reportDelayDays", "lessThan", 5)] }, ["rules", 0, "conditions"]);
  const conflict = findContradiction(terms?.[0]?.atoms ?? [], FACT_DOMAIN);
  expect(conflict?.map((atom) => atom.path)).toEqual([
    ["rules", 0, "conditions", "all", 1],
    ["rules", 0, "conditions", "all", 3],
  ]);
});
