import type { LocalizedText } from "../values/primitives.js";
import { clauseLabel } from "./analytics-labels.js";
import type { FlagFigures } from "./analytics-report.js";
import { byCountThenKey, type DecisionContext } from "./decision-context.js";

/** The flags raised for risk review (`flag` rules), by severity and by rule. */
export class FlagCounts {
  #decisionsFlagged = 0;
  #flags = 0;
  readonly #bySeverity = { low: 0, medium: 0, high: 0 };
  readonly #byRule = new Map<string, { ruleId: string; reasonCode: string; severity: string; label: LocalizedText; decisions: number }>();

  add({ decision, clauseTitle }: DecisionContext): void {
    if (decision.flags.length === 0) return;
    this.#decisionsFlagged++;
    const seen = new Set<string>();
    for (const flag of decision.flags) {
      this.#flags++;
      this.#bySeverity[flag.severity]++;
      const key = `${flag.ruleId ?? ""}\u0000${flag.reasonCode}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const count = this.#byRule.get(key) ?? { ruleId: flag.ruleId ?? "", reasonCode: flag.reasonCode, severity: flag.severity, label: clauseLabel(flag.clauseId, clauseTitle(flag.clauseId)), decisions: 0 };
      count.decisions++;
      this.#byRule.set(key, count);
    }
  }

  figures(): FlagFigures {
    return {
      decisionsFlagged: this.#decisionsFlagged,
      flags: this.#flags,
      bySeverity: { ...this.#bySeverity },
      byRule: [...this.#byRule.values()].sort(byCountThenKey((row) => row.decisions, (row) => `${row.ruleId} ${row.reasonCode}`)),
    };
  }
}
