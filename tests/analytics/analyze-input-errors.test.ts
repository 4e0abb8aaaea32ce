import { describe, expect, test } from "vitest";
import { loadExamples } from "../../examples/load-examples.js";
import { analyzeDecisions, renderReportHtml, reportToCsv } from "../../src/analytics/index.js";
import { createAdjudicator, isValidationError, ValidationError } from "../../src/index.js";

// Issue 14 audit: from JavaScript, analyzeDecisions without options, an object in the stream that is not a decision
// (null, { foo: 1 }, a decision missing its meta) and a report language other than zh or en crashed with a
// TypeError; now each is a ValidationError with its path, or an input reported with its path while the run goes on.
async function oneDecision() {
  const example = loadExamples().find((item) => item.product === "medical");
  const entry = example?.cases.find((item) => item.file.endsWith("02-deductible-partly-reached.json"));
  if (example === undefined || entry === undefined) throw new Error("medical example 02 missing");
  return createAdjudicator({ policy: example.policy, rules: example.rules }).adjudicate(entry.claim, { asOf: entry.asOf });
}

describe("analyzeDecisions: what is not a decision", () => {
  test("no options: a ValidationError naming options.asOf", async () => {
    const error = await analyzeDecisions([], undefined as never).catch((caught: unknown) => caught);
    expect(isValidationError(error)).toBe(true);
    expect((error as ValidationError).issues.map((issue) => issue.path.join("."))).toEqual(["options.asOf"]);
  });

  test("decisions that are not iterable: a ValidationError naming decisions", async () => {
    const error = await analyzeDecisions(null as never, { asOf: "2026-12-31" }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]).toMatchObject({ path: ["decisions"], code: "invalid_input" });
  });

  test.each([
    ["null", null, "", "input 2: expected a decision or a record { decision, product?, provider?, events? }, received null"],
    ["a number", 7, "", "input 2: expected a decision or a record { decision, product?, provider?, events? }, received number"],
    ["an unrelated object", { foo: 1 }, "decision.claimId", "input 2: expected a string (the object is not a decision as adjudicate returns it)"],
    ["a record with no decision", { decision: null, product: "x" }, "decision", "input 2: expected a decision object, received null (the object is not a decision as adjudicate returns it)"],
  ])("%s is reported with its path and left out; the decisions around it count", async (_name, bad, path, message) => {
    const decision = await oneDecision();
    const report = await analyzeDecisions([decision, bad as never, { decision, provider: { id: "H-1" } }], { asOf: "2026-12-31" });
    // CLM-2026-0525-0007 twice (the same claim and revision: counted once in the outcome figures), the bad input once.
    expect(report.input).toMatchObject({ analysed: 2, unreadable: 1, problems: [{ code: "unreadable", path, message }] });
    expect(report.totals.paid).toMatchObject({ count: 1, amount: "3000.00" });
  });

  test("a decision without its meta is reported at decision.meta", async () => {
    const { meta: _meta, ...decision } = await oneDecision();
    const report = await analyzeDecisions([decision as never], { asOf: "2026-12-31" });
    expect(report.input.problems).toEqual([{ code: "unreadable", path: "decision.meta", message: "input 1: expected an object (the object is not a decision as adjudicate returns it)" }]);
    expect(report.input.analysed).toBe(0);
  });
});

describe("the report's language", () => {
  test.each([["fr"], [undefined], [""]])("%s: a ValidationError naming options.locale, for the HTML and the CSV", async (locale) => {
    const report = await analyzeDecisions([], { asOf: "2026-12-31" });
    for (const render of [() => renderReportHtml(report, { locale: locale as never, chartLibrary: "" }), () => reportToCsv(report, { locale: locale as never })]) {
      expect(render).toThrow(ValidationError);
      try {
        render();
      } catch (error) {
        expect((error as ValidationError).issues.map((issue) => issue.path.join("."))).toEqual(["options.locale"]);
      }
    }
  });
});

// Issue 14 audit: "this month" is the report's as-of month. When no decision was made in it yet (a report on the
// first days of a month, or no decisions at all), the first card asked "2027-03赔付了多少件" with the raw month key.
describe("the first card names the as-of month in words", () => {
  test.each([
    ["zh", "2027年3月赔付了多少件、多少金额？"],
    ["en", "How many claims were paid in March 2027, and for how much?"],
  ] as const)("%s, with no decision in the month", async (locale, question) => {
    const decision = await oneDecision(); // decided long before March 2027
    const report = await analyzeDecisions([decision], { asOf: "2027-03-02" });
    expect(report.headline.month).toBe("2027-03");
    const html = renderReportHtml(report, { locale, chartLibrary: "" });
    expect(html).toContain(question);
    expect(html).not.toContain("2027-03赔付");
  });
});
