import { describe, expect, test } from "vitest";
import { createAdjudicator, defineFact, isValidationError, toDotPath, type RuleSetInput } from "../../src/index.js";
import { daysBetween } from "../../src/dates/iso-date.js";
import { smallClaim, smallPolicy } from "../support/fixtures.js";

/** An insurer's own fact: days from the policy's effective date to the report, through the same registry as the library's. */
const daysFromInceptionToReport = defineFact({
  name: "daysFromInceptionToReport",
  type: "number",
  scope: "claim",
  description: { en: "Calendar days from the policy's effective date to the report.", zh: "自保单生效日至报案的自然日数。" },
  derive: ({ claim, policy }) => daysBetween(claim.reportedOn, policy.source.period.effective),
});

const rules = (value: unknown): RuleSetInput => ({
  id: "RS-CUSTOM",
  version: "1",
  rules: [
    {
      id: "early-report",
      clauseId: "2.1",
      conditions: { all: [{ fact: "daysFromInceptionToReport", operator: "lessThan", value: value as never }] },
      event: { type: "flag", severity: "high", reasonCode: "EARLY_CLAIM", message: { en: "Reported {daysFromInceptionToReport} days after inception.", zh: "保单生效后第 {daysFromInceptionToReport} 日报案。" } },
    },
  ],
});
const claim = smallClaim([{ amount: "12000.00" }], { reportedOn: "2026-06-03", submittedOn: "2026-06-05" });

describe("facts an integrator defines", () => {
  test("are derived for each claim and read by rules, their figures filled into messages", async () => {
    const decision = await createAdjudicator({ policy: smallPolicy(), rules: rules(180), facts: [daysFromInceptionToReport] }).adjudicate(claim, { asOf: "2026-06-10" });
    // Effective 2026-01-01, reported 2026-06-03: 153 days.
    expect(decision.flags).toEqual([{ ruleId: "early-report", clauseId: "2.1", reasonCode: "EARLY_CLAIM", severity: "high", message: { en: "Reported 153 days after inception.", zh: "保单生效后第 153 日报案。" } }]);
  });

  test.each([
    { name: "unknown without the definition", facts: [], value: 180, code: "unknown_fact", path: "rules.rules[0].conditions.all[0].fact" },
    { name: "checked against its type", facts: [daysFromInceptionToReport], value: "180", code: "invalid_input", path: "rules.rules[0].conditions.all[0].value" },
    { name: "refused under a library fact's name", facts: [{ ...daysFromInceptionToReport, name: "lineCount" }], value: 180, code: "duplicate_id", path: "facts[0].name" },
  ])("$name", ({ facts, value, code, path }) => {
    try {
      createAdjudicator({ policy: smallPolicy(), rules: rules(value), facts });
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      if (!isValidationError(error)) return;
      expect(error.issues.map((issue) => [issue.code, toDotPath(issue.path)])).toContainEqual([code, path]);
    }
  });
});
