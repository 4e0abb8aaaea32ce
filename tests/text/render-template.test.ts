import { describe, expect, test } from "vitest";
import { createAdjudicator } from "../../src/index.js";
import { COVERAGE_KIND_DEFINITIONS, libraryReasonTemplates, libraryStepTemplates } from "../../src/coverage-kinds/coverage-kinds.js";
import { formatAmount, formatDate } from "../../src/text/format-amount.js";
import { renderTemplate, templateParameters } from "../../src/text/render-template.js";
import { coveragePolicy, noRules, smallClaim, smallPolicy, smallRules } from "../support/fixtures.js";

describe("formatting for the reader", () => {
  test.each([
    { amount: "12345.60", currency: "CNY", zh: "¥12,345.60", en: "CNY 12,345.60" },
    { amount: "1234567890123.45", currency: "CNY", zh: "¥1,234,567,890,123.45", en: "CNY 1,234,567,890,123.45" },
    { amount: "15001", currency: "JPY", zh: "JP¥15,001", en: "JPY 15,001" },
    { amount: "0.00", currency: "USD", zh: "US$0.00", en: "USD 0.00" },
  ])("$amount $currency", ({ amount, currency, zh, en }) => {
    expect([formatAmount(amount, currency, "zh"), formatAmount(amount, currency, "en")]).toEqual([zh, en]);
  });

  test.each([
    { date: "2026-03-01", zh: "2026年3月1日", en: "1 March 2026" },
    { date: "2024-02-29", zh: "2024年2月29日", en: "29 February 2024" },
    { date: "2026-12-31", zh: "2026年12月31日", en: "31 December 2026" },
  ])("$date", ({ date, zh, en }) => {
    expect([formatDate(date, "zh"), formatDate(date, "en")]).toEqual([zh, en]);
  });
});

describe("message templates", () => {
  test("fill figures in each language, and leave a placeholder without a value visible", () => {
    const template = { en: "Billed {total:money} on {day:date}; ratio {ratio:percent}; {missing}.", zh: "{day:date} 申请 {total:money}；比例 {ratio:percent}；{missing}。" };
    expect(renderTemplate(template, { total: "28000.00", day: "2026-05-12", ratio: "0.6" }, "CNY")).toEqual({
      en: "Billed CNY 28,000.00 on 12 May 2026; ratio 60%; {missing}.",
      zh: "2026年5月12日 申请 ¥28,000.00；比例 60%；{missing}。",
    });
    expect(templateParameters("{a} {b:money}")).toEqual([
      { name: "a", format: undefined },
      { name: "b", format: "money" },
    ]);
  });

  test("every reason code and step the library gives has a template in both languages, with the same placeholders", () => {
    const templates = [...libraryReasonTemplates(COVERAGE_KIND_DEFINITIONS), ...libraryStepTemplates(COVERAGE_KIND_DEFINITIONS)];
    expect(templates.length).toBeGreaterThan(40);
    for (const [code, template] of templates) {
      expect(template.en.length * template.zh.length, code).toBeGreaterThan(0);
      const names = (text: string) => templateParameters(text).map((parameter) => `${parameter.name}:${parameter.format ?? ""}`).sort();
      expect(names(template.zh), code).toEqual(names(template.en));
    }
  });

  test("a refusal names the figures it rests on", async () => {
    const claim = smallClaim([{ amount: "800.00" }], { incident: { date: "2026-01-10", type: "illness", diagnosisCodes: ["J18.9"], description: "pneumonia" }, reportedOn: "2026-01-11", submittedOn: "2026-01-20" });
    const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: { ...smallRules(), rules: [] } });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-01-25" });
    // Cover began 2026-01-01: 2026-01-10 is day 10 of the 30-day waiting period.
    expect(decision.reasons).toEqual([
      {
        code: "WAITING_PERIOD",
        clauseId: "2.1",
        coverageId: "inpatient",
        params: { "event.en": "The incident happened", "event.zh": "出险发生", day: "10", waitingDays: "30" },
        message: { en: "The incident happened on day 10 of cover, within the 30-day waiting period.", zh: "出险发生在保险合同生效后第 10 日，处于 30 日等待期内。" },
      },
    ]);
  });

  // Issue 9: "incident on day 144" was written for an incident on day 159 whose first symptoms were on day 144.
  // Cover began 2026-01-01, a 30-day waiting period; the incident on 2026-02-15 is day 46, outside it.
  test.each([
    ["2026-01-30", "The first symptoms appeared on day 30 of cover, within the 30-day waiting period.", "首次症状出现在保险合同生效后第 30 日，处于 30 日等待期内。"],
    ["2026-01-31", undefined, undefined],
  ])("first symptoms on %s: the refusal names the symptoms' day, not the incident's", async (firstSymptomsOn, en, zh) => {
    const claim = smallClaim([{ amount: "800.00", serviceDate: "2026-02-15" }], { incident: { date: "2026-02-15", type: "illness", diagnosisCodes: ["J18.9"], description: "pneumonia", firstSymptomsOn }, reportedOn: "2026-02-16", submittedOn: "2026-02-20" });
    const adjudicator = createAdjudicator({ policy: smallPolicy(), rules: { ...smallRules(), rules: [] } });
    const decision = await adjudicator.adjudicate(claim, { asOf: "2026-02-25" });
    expect(decision.reasons.find((reason) => reason.code === "WAITING_PERIOD")?.message).toEqual(en === undefined ? undefined : { en, zh });
  });

  test("a rule's message is filled with the claim's facts", async () => {
    const text = { en: "Reported {reportDelayDays} days after the incident of {incidentDate:date}; {totalBilled:money} billed.", zh: "出险（{incidentDate:date}）后 {reportDelayDays} 日报案；申请金额 {totalBilled:money}。" };
    const rules = { ...smallRules(), rules: [{ id: "late", clauseId: "2.1", conditions: { all: [{ fact: "reportDelayDays", operator: "greaterThan", value: 10 }] }, event: { type: "flag" as const, severity: "low" as const, reasonCode: "LATE_REPORT", message: text } }] };
    const claim = smallClaim([{ amount: "12345.60" }], { reportedOn: "2026-06-15", submittedOn: "2026-06-16" });
    const decision = await createAdjudicator({ policy: smallPolicy(), rules }).adjudicate(claim, { asOf: "2026-06-20" });
    expect(decision.flags[0]?.message).toEqual({ en: "Reported 14 days after the incident of 1 June 2026; CNY 12,345.60 billed.", zh: "出险（2026年6月1日）后 14 日报案；申请金额 ¥12,345.60。" });
    expect(decision.triggeredRules[0]?.message).toEqual(decision.flags[0]?.message);
  });

  test("the figures of a benefit's reason are kept with it", async () => {
    const policy = coveragePolicy([{ id: "delay", kind: "parametric", clauseId: "C-delay", name: { en: "Delay", zh: "延误" }, measure: "departure_delay", tiers: [{ minHours: 3, amount: "300.00" }], limit: "900.00" }]);
    const claim = {
      id: "C-F",
      policyId: "P-COV",
      currency: "CNY",
      claimant: { name: "李明", relationship: "self" as const },
      incident: { date: "2026-07-01", type: "flight_delay" as const, description: "delay" },
      flight: { carrier: "MU", number: "MU5101", scheduledDeparture: "2026-07-01T08:00:00+08:00", actualDeparture: "2026-07-01T10:15:00+08:00", scheduledArrival: "2026-07-01T10:15:00+08:00", actualArrival: "2026-07-01T12:20:00+08:00" },
      reportedOn: "2026-07-01",
      submittedOn: "2026-07-02",
      documents: [],
    };
    const decision = await createAdjudicator({ policy, rules: noRules() }).adjudicate(claim, { asOf: "2026-07-03" });
    expect(decision.reasons[0]).toMatchObject({ code: "DELAY_BELOW_THRESHOLD", params: { measure: "departure", delay: "2h15", minHours: "3" } });
    expect(decision.reasons[0]?.message.en).toBe("The departure was delayed 2h15, less than the 3 hours the first tier needs.");
  });
});
