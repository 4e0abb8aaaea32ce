import { describe, expect, test } from "vitest";
import { formatBatchSummary, type BatchRun } from "../../../src/cli/commands/batch-summary.js";

const run = (payable: string, currency: string | undefined): BatchRun => ({
  progress: { batchId: "b-1", total: 20, queued: 0, recorded: 0, replayed: 20, rejected: 0, failed: 0, outcomes: {}, payable } as BatchRun["progress"],
  problems: [],
  location: "claims-db",
  workers: 2,
  elapsedMs: 800,
  currency,
  interrupted: false,
});

describe("the batch summary's payable, in the currency's minor units", () => {
  // Measured defect: a second run of the same file (nothing recorded) printed "payable CNY 0".
  test.each([
    ["0", "CNY", "payable CNY 0.00 on"],
    ["284770.09", "CNY", "payable CNY 284,770.09 on"],
    ["1500", "JPY", "payable JPY 1,500 on"],
    ["12.5", "USD", "payable USD 12.50 on"],
  ])("%s %s → %s", (payable, currency, expected) => {
    expect(formatBatchSummary(run(payable, currency))).toContain(expected);
  });
});

describe("the batch summary of revisions: what the policies pay changes by, not the revisions' whole payable", () => {
  // Measured (audit of issue 11): the example claims recorded again without their "$schema" key (other content,
  // so each a revision 2 with the same payable) printed "recorded 23 … payable CNY 286,355.21", as if 286,355.21
  // were owed again; 279,392.41 of it replaced what the first revisions paid.
  const withRevisions = (payable: string, revisions: number, payableChange: string, currency: string | undefined = "CNY"): BatchRun => ({
    ...run(payable, currency),
    progress: { ...run(payable, currency).progress, recorded: 23, replayed: 0, revisions, payableChange } as BatchRun["progress"],
  });
  test.each([
    { payable: "286355.21", revisions: 20, change: "6962.8", currency: "CNY", line: "  of which 20 revisions of claims recorded before, each in place of its claim's earlier revision: what the policies pay changes by CNY +6,962.80" },
    { payable: "2400.00", revisions: 1, change: "-600.00", currency: "CNY", line: "  of which 1 revision of claims recorded before, each in place of its claim's earlier revision: what the policies pay changes by CNY -600.00" },
    { payable: "3000.00", revisions: 1, change: "0.00", currency: "CNY", line: "  of which 1 revision of claims recorded before, each in place of its claim's earlier revision: what the policies pay changes by CNY 0.00" },
    { payable: "1500", revisions: 2, change: "1500", currency: "JPY", line: "  of which 2 revisions of claims recorded before, each in place of its claim's earlier revision: what the policies pay changes by JPY +1,500" },
  ])("$revisions revisions, change $change $currency", ({ payable, revisions, change, currency, line }) => {
    const lines = formatBatchSummary(withRevisions(payable, revisions, change, currency)).split("\n");
    const at = lines.findIndex((text) => text.startsWith("  payable "));
    expect(lines[at + 1]).toBe(line);
  });

  test("no revisions: no such line", () => {
    expect(formatBatchSummary(withRevisions("3000.00", 0, "3000.00"))).not.toContain("revision");
  });
});
