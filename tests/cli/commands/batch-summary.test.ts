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
