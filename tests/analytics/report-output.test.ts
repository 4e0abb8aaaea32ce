import { beforeAll, describe, expect, test } from "vitest";
import { analyzeDecisions, buildReportCharts, buildReportTables, REPORT_TEXT, renderReportHtml, reportToCsv, tableToCsv, type DecisionAnalytics, type DecisionRecord } from "../../src/analytics/index.js";
import { medicalDecisions } from "./medical-decisions.js";

let report: DecisionAnalytics;
beforeAll(async () => {
  const decisions = [...(await medicalDecisions()).values()];
  const records: DecisionRecord[] = decisions.map((decision, i) => ({
    decision,
    product: { id: "ankang-medical", name: { zh: "安康百万医疗保险", en: "Ankang Million Medical" } },
    provider: { id: `H-11010${i % 3}`, name: { zh: `第${i % 3 + 1}人民医院`, en: `People's Hospital No. ${i % 3 + 1}` } },
    ...(decision.outcome === "approved" ? { events: { paidOn: decision.meta.asOf } } : {}),
  }));
  report = await analyzeDecisions(records, { asOf: "2027-03-31" });
}, 60_000);

/** Every string a text function gives, called with sample arguments. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "function") return [String((value as (...args: unknown[]) => unknown)("2026年3月", 3, 1, 2))];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("texts a reader sees", () => {
  test("Chinese texts carry no English word; both languages have every text", () => {
    const zh = strings(REPORT_TEXT.zh);
    expect(zh.length).toBeGreaterThan(150);
    for (const text of zh) expect(text, text).not.toMatch(/[A-Za-z]{2,}/);
    expect(strings(REPORT_TEXT.en)).toHaveLength(zh.length);
  });

  test("the Chinese HTML shows no English word outside codes and ids, and no field name", () => {
    const html = renderReportHtml(report, { locale: "zh", chartLibrary: "/* chart library */" });
    const visible = html
      .replace(/<script>[\s\S]*?<\/script>/g, "")
      .replace(/<style>[\s\S]*?<\/style>/g, "")
      .replace(/<[^>]+>/g, " ");
    const codes = /\b(CNY|[A-Z][A-Z0-9_]{2,}|[A-Z]{1,3}-[A-Z0-9-]+|CLM-\S+|referred:[A-Z_]+|[a-z]+(?:[-_][a-z0-9.]+)+)\b/g;
    const left = visible.replace(codes, " ").match(/[A-Za-z]{2,}/g) ?? [];
    expect(left).toEqual([]);
    for (const field of ["paidAmount", "approvalRate", "straightThrough", "determinationBreaches", "notRecorded", "undefined", "null", "NaN"]) expect(visible).not.toContain(field);
  });

  test("the English HTML has every chart and no Chinese outside the names the data brings", () => {
    const html = renderReportHtml(report, { locale: "en", chartLibrary: "/* chart library */" });
    const charts = buildReportCharts(report, "en");
    for (const chart of charts) expect(html).toContain(`data-chart="${chart.id}"`);
    const visible = html.replace(/<script>[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ");
    // The one Chinese word on purpose: the term 获赔率, next to its English definition.
    expect(visible.replace("(获赔率)", "")).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("CSV", () => {
  test("one file per table, the same names in both languages", () => {
    const zh = reportToCsv(report, { locale: "zh" }).map((file) => file.fileName);
    expect(zh).toEqual(reportToCsv(report, { locale: "en" }).map((file) => file.fileName));
    expect(zh).toEqual(buildReportTables(report, "zh").map((table) => `${table.id}.csv`));
  });

  test("fields quoted as RFC 4180 says; text a spreadsheet would run as a formula kept as text; amounts exact", () => {
    const csv = tableToCsv({
      id: "t",
      title: "t",
      columns: [
        { id: "claim", header: "Claim, id", kind: "text" },
        { id: "paidAmount", header: "Amount", kind: "money" },
        { id: "changePaidAmount", header: "Change", kind: "signedMoney" },
      ],
      rows: [
        ['say "hi"', "1234567.89", "-4200.00"],
        ["=HYPERLINK(1)", "0.10", null],
      ],
    });
    expect(csv).toBe('\uFEFF"Claim, id",Amount,Change\r\n"say ""hi""",1234567.89,-4200.00\r\n\'=HYPERLINK(1),0.10,\r\n');
  });

  test("providers ranked by flags, with paid amounts to the cent", () => {
    const file = reportToCsv(report, { locale: "en" }).find((entry) => entry.fileName === "providers-by-flags.csv");
    const rows = file?.content.split("\r\n") ?? [];
    expect(rows[0]).toBe("\uFEFFProvider,Provider id,Decisions,Amount paid,Billed,Paid against billed,Of which lump sums (nothing billed),Denied,Flags,Decisions flagged,Possible duplicates");
    // Cases 09 (index 8) and 10 (index 9) carry the flags: hospitals No. 3 (8 % 3 = 2) and No. 1 (9 % 3 = 0).
    expect(rows.slice(1, 3).map((row) => row.split(",").slice(0, 2).concat(row.split(",").slice(8, 10)))).toEqual([
      ["People's Hospital No. 1", "H-110100", "1", "1"],
      ["People's Hospital No. 3", "H-110102", "1", "1"],
    ]);
  });
});
