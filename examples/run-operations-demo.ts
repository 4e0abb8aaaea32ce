/**
 * How the medical claims are worked under examples/medical/operations.json: an approved claim goes straight through
 * and meets the quality sample; the same bills sent again under a new claim number score high and go to special
 * investigations, with the reasons and what the investigation checks (the adjuster's view); an auditor reproduces
 * the sample. Part of `npm run demo`.
 */
import { readFileSync } from "node:fs";
import { createAdjudicator, reproduceSample, TASK_KINDS, type ClaimInput, type Decision } from "../src/index.js";
import { addCalendarDays } from "../src/dates/add-calendar-days.js";
import { loadExamples } from "./load-examples.js";

const operations: unknown = JSON.parse(readFileSync(new URL("./medical/operations.json", import.meta.url), "utf8"));

export async function printOperationsDemo(locales: readonly ("zh" | "en")[]): Promise<void> {
  const medical = loadExamples().find((example) => example.product === "medical");
  const entry = medical?.cases.find((item) => item.expect.outcome === "approved" && item.accumulators === undefined);
  if (medical === undefined || entry === undefined) return;
  const adjudicator = createAdjudicator({ policy: medical.policy, rules: medical.rules, operations });
  console.log(`\n=== how claims are worked: ${medical.product} under operations configuration examples/medical/operations.json`);

  const claim = entry.claim as ClaimInput & { readonly id: string; readonly submittedOn: string };
  const first = await adjudicator.adjudicate(claim, { asOf: entry.asOf });
  const resubmittedOn = addCalendarDays(claim.submittedOn, 21);
  const copy = { ...claim, id: `${claim.id}-R`, submittedOn: resubmittedOn };
  const again = await adjudicator.adjudicate(copy, { asOf: addCalendarDays(resubmittedOn, 2), accumulators: first.accumulatorsAfter });

  for (const decision of [first, again]) {
    const { routing, risk, sampling } = decision;
    console.log(`\n--- ${decision.claimId}: ${decision.outcome}, payable ${decision.currency} ${decision.payable}; risk score ${risk?.score ?? "-"} (${risk?.level ?? "-"})`);
    for (const locale of locales) {
      if (routing === undefined) continue;
      const where = routing.straightThrough ? (locale === "zh" ? "直接处理" : "straight through") : `${routing.queue?.name[locale] ?? "-"}${locale === "zh" ? "，" : ", "}${routing.levelName?.[locale] ?? routing.level ?? "-"}${routing.fourEyes ? (locale === "zh" ? "，双人复核" : ", four-eyes") : ""}`;
      console.log(`  [${locale}] ${where}`);
      for (const reason of routing.reasons) console.log(`    - ${reason.message[locale]}`);
      for (const task of routing.tasks) {
        console.log(locale === "zh" ? `    ${TASK_KINDS[task.kind].zh}（${task.queue.name.zh}）：` : `    ${TASK_KINDS[task.kind].en} (${task.queue.name.en}):`);
        task.checks.forEach((check, i) => console.log(`      ${i + 1}. ${check.message[locale]}`));
      }
    }
    if (sampling !== undefined) console.log(`  quality sample: segment ${sampling.segment ?? "(none)"}, rate ${sampling.rate}, draw ${sampling.draw} → ${sampling.sampled ? "selected for review" : "not selected"}`);
  }

  // The auditor: every medical example claim decided under the configuration, and the sample reproduced from them.
  const decisions: Decision[] = [];
  for (const item of medical.cases) decisions.push(await adjudicator.adjudicate(item.claim, { asOf: item.asOf, ...(item.accumulators !== undefined ? { accumulators: item.accumulators as never } : {}) }));
  const audit = await reproduceSample(operations, decisions);
  console.log(`\nquality sample reproduced from ${decisions.length} decisions: ${audit.considered} straight through, sampled ${audit.sampled.map((item) => `${item.claimId} (draw ${item.reproduced.draw} < ${item.reproduced.rate})`).join(", ") || "none"}; ${audit.disagreements.length} disagreements`);
}
