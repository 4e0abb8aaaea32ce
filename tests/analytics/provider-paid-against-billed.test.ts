import { describe, expect, test } from "vitest";
import { loadExamples } from "../../examples/load-examples.js";
import { analyzeDecisions, renderReportHtml, reportToCsv, type DecisionRecord } from "../../src/analytics/index.js";
import { createAdjudicator, type Decision } from "../../src/index.js";

// Issue 14 audit: a provider's "paid" was larger than its "billed" (the example year: Hangzhou Xihu First Hospital
// billed CNY 5,078,346.82 and was paid CNY 25,678,091.54), with nothing to say why. The paid amount includes lump
// sums, which bill nothing. The provider rows now give paid against billed as the report defines it (over decisions
// with bill lines) and the lump sums apart.
//
// Worked by hand from the example wordings, all at one hospital H-1:
// - medical 02 (CLM-2026-0525-0007): billed 28,000.00, payable 3,000.00 (worked out in its example case);
// - medical 10 (CLM-2026-0316-0001): billed 14,200.00, payable 4,200.00 (likewise);
// - critical illness 01 (CLM-CI-2026-0902-0006): major breast cancer, 500,000 sum insured plus the female-cancer extra
//   100,000 = 600,000.00, nothing billed (a lump sum).
// Paid 3,000.00 + 4,200.00 + 600,000.00 = 607,200.00 against billed 28,000.00 + 14,200.00 = 42,200.00; paid against
// billed over the bills: 7,200.00 ÷ 42,200.00 = 0.170616… → "0.1706"; lump sums 600,000.00.
async function decide(product: string, file: string): Promise<Decision> {
  const example = loadExamples().find((item) => item.product === product);
  const entry = example?.cases.find((item) => item.file.endsWith(file));
  if (example === undefined || entry === undefined) throw new Error(`${product}/${file} missing`);
  return createAdjudicator({ policy: example.policy, rules: example.rules }).adjudicate(entry.claim, { asOf: entry.asOf });
}

describe("providers: paid against billed, lump sums apart", () => {
  test("a hospital paid lump sums shows paid above billed, and says why", async () => {
    const decisions = [await decide("medical", "02-deductible-partly-reached.json"), await decide("medical", "10-accident-third-party-early-flag.json"), await decide("critical-illness", "01-major-breast-cancer-with-female-extra.json")];
    expect(decisions.map((decision) => [decision.claimId, decision.billed, decision.payable])).toEqual([
      ["CLM-2026-0525-0007", "28000.00", "3000.00"],
      ["CLM-2026-0316-0001", "14200.00", "4200.00"],
      ["CLM-CI-2026-0902-0006", "0.00", "600000.00"],
    ]);
    const provider = { id: "H-1", name: { zh: "甲医院", en: "Hospital A" } };
    const records: DecisionRecord[] = decisions.map((decision) => ({ decision, provider }));
    const report = await analyzeDecisions(records, { asOf: "2026-12-31" });
    expect(report.providers.byAmount).toEqual([
      expect.objectContaining({ id: "H-1", decisions: 3, billed: "42200.00", paidAmount: "607200.00", paidToBilled: "0.1706", lumpSumsPaid: "600000.00" }),
    ]);
    // The same definition as the report's own paid against billed.
    expect(report.totals.paidToBilled).toBe("0.1706");

    const csv = reportToCsv(report, { locale: "en" }).find((file) => file.fileName === "providers-by-amount.csv")?.content ?? "";
    expect(csv).toContain("Paid against billed");
    expect(csv).toContain("Of which lump sums (nothing billed)");
    expect(csv).toContain("H-1,3,607200.00,42200.00,0.1706,600000.00");
    const html = renderReportHtml(report, { locale: "zh", chartLibrary: "" });
    expect(html).toContain("其中定额给付（无费用单据）");
    expect(html).toContain("17.06%");
  });

  test("a provider with only lump sums has no paid against billed", async () => {
    const decision = await decide("critical-illness", "02-mild-carcinoma-in-situ.json");
    const report = await analyzeDecisions([{ decision, provider: { id: "H-2" } }], { asOf: "2026-12-31" });
    expect(report.providers.byAmount).toEqual([expect.objectContaining({ billed: "0.00", paidAmount: "150000.00", paidToBilled: null, lumpSumsPaid: "150000.00" })]);
  });
});
