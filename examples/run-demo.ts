/**
 * Adjudicates every example claim and prints its explained decision: `npm run demo`.
 * Pass `--json` to print the full decisions instead, `--locale zh` or `--locale en` for one language.
 * Then the example claim histories (claims decided one after the other on one policy), the medical claims
 * worked under the operations configuration (risk, routing to a queue with what to investigate, the quality sample
 * reproduced), the medical claims recorded twice in an embedded claim store (the second run pays nothing), and a year of generated decisions becomes the operations report (examples/analytics/out/report.zh.html).
 */
import { createAdjudicator } from "../src/index.js";
import { formatAmount } from "../src/text/format-amount.js";
import { showValue } from "../src/text/show-value.js";
import { printAnalyticsDemo } from "./analytics/run-analytics-demo.js";
import { printHistoryDemo } from "./run-history-demo.js";
import { printOperationsDemo } from "./run-operations-demo.js";
import { printStoreDemo } from "./run-store-demo.js";
import { loadExamples } from "./load-examples.js";

const args = process.argv.slice(2);
const json = args.includes("--json");
const localeIndex = args.indexOf("--locale");
const locales = localeIndex >= 0 ? [args[localeIndex + 1] as "zh" | "en"] : (["en", "zh"] as const);

for (const example of loadExamples()) {
  const adjudicator = createAdjudicator({ policy: example.policy, rules: example.rules });
  console.log(`\n=== ${example.product}: ${adjudicator.policy.name.en} / ${adjudicator.policy.name.zh} (rules ${adjudicator.ruleSet.id} v${adjudicator.ruleSet.version})`);
  for (const entry of example.cases) {
    const decision = await adjudicator.adjudicate(entry.claim, { asOf: entry.asOf, ...(entry.accumulators !== undefined ? { accumulators: entry.accumulators as never } : {}) });
    if (json) {
      console.log(JSON.stringify(decision, null, 2));
      continue;
    }
    console.log(`\n--- ${entry.name}  [${entry.file}]`);
    const money = (amount: string) => formatAmount(amount, decision.currency);
    console.log(`outcome ${decision.outcome}, payable ${money(decision.payable)}${decision.lines.length > 0 ? ` of ${money(decision.billed)} billed` : ""}`);
    for (const locale of locales) console.log(`\n${decision.explanation[locale]}`);
    for (const rule of decision.triggeredRules) {
      const evidence = rule.evidence
        .filter((item) => item.result === true)
        .map((item) => `${item.fact}${item.factPath ? item.factPath.slice(1) : ""} ${item.operator} ${typeof item.expected === "string" ? JSON.stringify(item.expected) : showValue(item.expected, "en")} (was ${JSON.stringify(item.actual)})`)
        .join("; ");
      console.log(`  rule ${rule.ruleId}${rule.lineId ? ` on ${rule.lineId}` : ""} → ${rule.eventType} ${rule.reasonCode} [clause ${rule.clauseId}]: ${evidence}`);
    }
    // The calculation as the trace describes it, in the first locale shown (the line-by-line eligible amounts left out).
    const traceLocale = locales[0] ?? "en";
    for (const step of decision.calculation) {
      if (step.step === "line_eligible") continue;
      console.log(`  ${step.result.padStart(12)}  ${step.description[traceLocale]} (${traceLocale === "zh" ? "条款" : "clause"} ${step.clauseId})`);
    }
  }
}

if (!json) await printHistoryDemo(locales);
if (!json) await printOperationsDemo(locales);
if (!json) await printStoreDemo();
if (!json) await printAnalyticsDemo();
