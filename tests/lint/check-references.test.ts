import { expect, test } from "vitest";
import { checkReferences, collectionsOf } from "../../src/lint/check-references.js";

// References are found by their key (`…Id`, `…Ids`) and checked against the policy's collection of the same name,
// so a reference a new event parameter introduces is checked without a change to the linter.
const policy = { id: "P", coverages: [{ id: "inpatient" }, { id: "outpatient" }], feeSchedules: [{ id: "FS-2025" }], clauses: [{ id: "2.1" }] };

const cases = [
  { name: "a known coverage", event: { coverageId: "inpatient" }, expected: [] },
  { name: "an unknown coverage, with a suggestion", event: { coverageId: "inpatien" }, expected: [{ at: ["event", "coverageId"], says: /no coverages entry "inpatien".*Did you mean "inpatient"\?/ }] },
  { name: "a list of coverages", event: { coverageIds: ["inpatient", "dental"] }, expected: [{ at: ["event", "coverageIds", 1], says: /no coverages entry "dental"/ }] },
  { name: "nested, by another collection", event: { cap: { feeScheduleId: "FS-2026" } }, expected: [{ at: ["event", "cap", "feeScheduleId"], says: /no feeSchedules entry "FS-2026"/ }] },
  { name: "a key with no collection of that name is left alone", event: { benefitId: "x", documentType: "y" }, expected: [] },
  { name: "a skipped key", event: { clauseId: "9.9" }, skip: ["clauseId"], expected: [] },
  { name: "a key the policy has a collection for", event: { clauseId: "9.9" }, expected: [{ at: ["event", "clauseId"], says: /no clauses entry "9.9"/ }] },
] as const;

test.each(cases)("$name", ({ event, expected, ...rest }) => {
  const issues = checkReferences(event, ["event"], collectionsOf(policy), new Set("skip" in rest ? rest.skip : []));
  expect(issues.map((issue) => issue.path)).toEqual(expected.map((e) => e.at));
  issues.forEach((issue, i) => {
    expect(issue.severity).toBe("error");
    expect(issue.message).toMatch(expected[i]?.says ?? /./);
  });
});
