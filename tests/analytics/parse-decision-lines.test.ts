import { beforeAll, describe, expect, test } from "vitest";
import { analyzeDecisions, parseDecisionLines, type DecisionInput } from "../../src/analytics/index.js";
import type { Decision } from "../../src/index.js";
import { medicalDecisions } from "./medical-decisions.js";

let first: Decision;
let second: Decision;
beforeAll(async () => {
  const decisions = await medicalDecisions();
  first = decisions.get("02") as Decision;
  second = decisions.get("09") as Decision;
}, 60_000);

async function collect(lines: string[]): Promise<DecisionInput[]> {
  const out: DecisionInput[] = [];
  for await (const entry of parseDecisionLines(lines, { source: "decisions.ndjson" })) out.push(entry);
  return out;
}

describe("parseDecisionLines", () => {
  test("bare decisions and records; blank lines skipped", async () => {
    const record = { decision: second, product: "medical_reimbursement", provider: { id: "H-1", name: "Hospital" }, events: { paidOn: "2026-11-25" } };
    const entries = await collect([JSON.stringify(first), "", JSON.stringify(record)]);
    expect(entries).toEqual([first, record]);
  });

  test("a bad line is reported with its line number and every problem's JSON path; the run goes on", async () => {
    const wrongOutcome = { ...first, outcome: "paid" };
    const badEnvelope = { decision: { ...second, payable: 13280.3 }, provider: { name: "no id" }, event: {} };
    const entries = await collect([JSON.stringify(first), "{ not json", "[1, 2]", JSON.stringify(wrongOutcome), JSON.stringify(badEnvelope), JSON.stringify(second)]);
    expect(entries).toHaveLength(6);
    const problems = entries.flatMap((entry) => ("unreadable" in entry ? [{ line: entry.line, source: entry.source, paths: entry.problems.map((problem) => problem.path) }] : []));
    expect(problems).toEqual([
      { line: 2, source: "decisions.ndjson", paths: ["(root)"] },
      { line: 3, source: "decisions.ndjson", paths: ["(root)"] },
      { line: 4, source: "decisions.ndjson", paths: ["outcome"] },
      { line: 5, source: "decisions.ndjson", paths: ["provider.id", "(root)", "decision.payable"] },
    ]);
    const report = await analyzeDecisions(entries, { asOf: "2026-12-31" });
    expect(report.input).toMatchObject({ analysed: 2, unreadable: 4 });
    expect(report.input.problems[2]).toMatchObject({ code: "unreadable", line: 4, source: "decisions.ndjson", path: "outcome" });
  });

  test("risk and routing are read as the core writes them, validated with the decision", async () => {
    const queue = { id: "medical_review", name: { zh: "医疗审核", en: "Medical review" } };
    const reason = { code: "RISK_SCORE", message: { zh: "风险评分 35.5 达到 30。", en: "The risk score 35.5 is at least 30." } };
    const routed = { ...first, routing: { straightThrough: false, queue, level: "L1", fourEyes: false, rules: ["medium-risk"], reasons: [reason], tasks: [] }, risk: { score: "35.5", indicators: [] } };
    const [entry] = await collect([JSON.stringify(routed)]);
    expect(entry).toMatchObject({ claimId: first.claimId, routing: { straightThrough: false, queue }, risk: { score: "35.5" } });
    const report = await analyzeDecisions([entry as DecisionInput], { asOf: "2026-12-31" });
    expect(report.automation).toMatchObject({ source: "routing", referred: 1, queues: [expect.objectContaining({ queue: "medical_review", label: queue.name, routed: 1 })] });
    expect(report.risk).toMatchObject({ available: true, scored: 1, averageScore: "35.5" });
    // A routing in another shape is a problem of the line, with its path.
    const [odd] = await collect([JSON.stringify({ ...first, routing: { straightThrough: false, queue: "medical_review" } })]);
    expect(odd).toMatchObject({ unreadable: true, problems: expect.arrayContaining([expect.objectContaining({ path: "routing.queue" }), expect.objectContaining({ path: "routing.level" })]) });
  });
});
