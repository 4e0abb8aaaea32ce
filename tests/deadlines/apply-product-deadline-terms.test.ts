import { describe, expect, test } from "vitest";
import { applyProductDeadlineTerms } from "../../src/deadlines/apply-product-deadline-terms.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../../src/deadlines/prc-insurance-law-profile.js";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { isValidationError } from "../../src/errors/validation-error.js";
import { CN_HOLIDAYS_2025_2026, deepFreeze, readExample } from "./fixtures.js";

describe("applyProductDeadlineTerms", () => {
  test("sets the product's periods and records the clause for each", () => {
    const before = structuredClone(PRC_INSURANCE_LAW_PROFILE);
    const profile = applyProductDeadlineTerms(PRC_INSURANCE_LAW_PROFILE, deepFreeze(readExample("product-terms-medical.json")));
    expect(profile.id).toBe("cn-insurance-law.medical-2026");
    expect(profile.deadlines.determination).toMatchObject({ ordinaryDays: 5, complexDays: 30, dayCount: "calendar" });
    expect(profile.deadlines.documentRequest.days).toBe(3);
    expect(profile.deadlines.payment.days).toBe(10);
    expect(profile.contractTerms).toEqual({
      documentRequest: { productId: "medical-2026", clauseId: "7.2" },
      determination: { productId: "medical-2026", clauseId: "7.3" },
    });
    expect(PRC_INSURANCE_LAW_PROFILE).toEqual(before);
  });

  test("a product may shorten the denial notice and the advance payment", () => {
    const profile = applyProductDeadlineTerms(PRC_INSURANCE_LAW_PROFILE, { productId: "fast", deadlines: { denialNotice: { days: 1 }, advancePayment: { days: 30 } } });
    expect([profile.deadlines.denialNotice.days, profile.deadlines.advancePayment.days]).toEqual([1, 30]);
  });

  test("a product may set a longer payment period (art. 23: the contract's period applies)", () => {
    expect(applyProductDeadlineTerms(PRC_INSURANCE_LAW_PROFILE, { productId: "slow-pay", deadlines: { payment: { days: 15 } } }).deadlines.payment.days).toBe(15);
  });

  test.each([
    { name: "a longer denial notice", terms: { productId: "p", deadlines: { denialNotice: { days: 5 } } }, paths: ["terms.deadlines.denialNotice.days"] },
    { name: "a longer advance-payment period", terms: { productId: "p", deadlines: { advancePayment: { days: 90 } } }, paths: ["terms.deadlines.advancePayment.days"] },
    {
      name: "working days for the denial notice, which lengthens it",
      terms: { productId: "p", holidayCalendar: CN_HOLIDAYS_2025_2026, deadlines: { denialNotice: { days: 3, dayCount: "working" } } },
      paths: ["terms.deadlines.denialNotice.dayCount"],
    },
    {
      name: "working days everywhere, which lengthens the periods the law lets a product only shorten",
      terms: { productId: "p", holidayCalendar: CN_HOLIDAYS_2025_2026, dayCount: "working", deadlines: {} },
      paths: ["terms.dayCount", "terms.dayCount"],
    },
    {
      name: "working days without a holiday calendar",
      terms: { productId: "p", deadlines: { determination: { ordinaryDays: 5, dayCount: "working" } } },
      paths: ["terms.deadlines.determination.dayCount"],
    },
    { name: "a limitation period (set by law, Civil Code art. 197)", terms: { productId: "p", deadlines: { limitation: { days: 365 } } }, paths: ["terms.deadlines"] },
    { name: "zero days", terms: { productId: "p", deadlines: { payment: { days: 0 } } }, paths: ["terms.deadlines.payment.days"] },
    { name: "a determination term that sets nothing", terms: { productId: "p", deadlines: { determination: { clauseId: "7.3" } } }, paths: ["terms.deadlines.determination"] },
  ])("refuses $name", ({ terms, paths }) => {
    try {
      applyProductDeadlineTerms(PRC_INSURANCE_LAW_PROFILE, terms);
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error)).toBe(true);
      if (isValidationError(error)) expect(error.issues.map((issue) => toDotPath(issue.path))).toEqual(paths);
    }
  });

  test("the message names the article and both numbers", () => {
    expect(() => applyProductDeadlineTerms(PRC_INSURANCE_LAW_PROFILE, { productId: "p", deadlines: { denialNotice: { days: 5 } } })).toThrow(
      "PRC Insurance Law art. 24 lets a contract only shorten the denialNotice period: 5 days is longer than the law's 3",
    );
  });
});
