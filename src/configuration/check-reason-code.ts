import type { Issue } from "../errors/adjudicator-error.js";
import type { Rule } from "../rules/rule-set-schema.js";

/**
 * A rule's reason code must not be one the library gives itself, unless the rule says it reuses it
 * (`"reusesLibraryCode": true`, e.g. a rule that denies for the waiting period as the library would): reports and
 * notices must tell a rule's reason from the library's.
 */
export function checkReasonCode(rule: Rule, path: readonly (string | number)[], libraryCodes: ReadonlySet<string>): Issue[] {
  const code = rule.event.reasonCode;
  if (!libraryCodes.has(code) || rule.event.reusesLibraryCode === true) return [];
  return [
    {
      code: "reason_code_collision",
      path: [...path, "event", "reasonCode"],
      message: `reason code "${code}" is one the library gives itself: name the rule's own reason (e.g. "RULE_${code}"), or add "reusesLibraryCode": true to the event if the rule means exactly the library's reason`,
    },
  ];
}
