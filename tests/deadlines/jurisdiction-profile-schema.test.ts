import { describe, expect, test } from "vitest";
import { parseJurisdictionProfile } from "../../src/deadlines/jurisdiction-profile-schema.js";
import { PRC_INSURANCE_LAW_PROFILE } from "../../src/deadlines/prc-insurance-law-profile.js";
import { toDotPath } from "../../src/errors/adjudicator-error.js";
import { isValidationError } from "../../src/errors/validation-error.js";
import { readExample } from "./fixtures.js";

describe("jurisdiction profiles", () => {
  test("the PRC profile shipped as JSON is the PRC_INSURANCE_LAW_PROFILE constant", () => {
    expect(parseJurisdictionProfile(readExample("prc-insurance-law.json"))).toEqual(PRC_INSURANCE_LAW_PROFILE);
  });

  test("the PRC clocks: 2 and 5 years, art. 23 30 days (complex), art. 24 3 days, art. 23 10 days, art. 25 60 days", () => {
    const { deadlines } = PRC_INSURANCE_LAW_PROFILE;
    expect({
      limitation: [deadlines.limitation.nonLifeYears, deadlines.limitation.lifeYears, deadlines.limitation.basis.article],
      determination: [deadlines.determination.ordinaryDays, deadlines.determination.complexDays, deadlines.determination.basis.article],
      denialNotice: [deadlines.denialNotice.days, deadlines.denialNotice.basis.article],
      payment: [deadlines.payment.days, deadlines.payment.basis.article],
      advancePayment: [deadlines.advancePayment.days, deadlines.advancePayment.basis.article],
      documentRequest: [deadlines.documentRequest.days, deadlines.documentRequest.basis.article],
      dayCount: PRC_INSURANCE_LAW_PROFILE.dayCount,
    }).toEqual({
      limitation: [2, 5, "26"],
      determination: [null, 30, "23"],
      denialNotice: [3, "24"],
      payment: [10, "23"],
      advancePayment: [60, "25"],
      documentRequest: [null, "22"],
      dayCount: "calendar",
    });
  });

  const prc = readExample("prc-insurance-law.json") as { deadlines: Record<string, object> };
  test.each([
    { name: "working days without a holiday calendar", input: { ...prc, dayCount: "working" }, path: "profile.dayCount" },
    { name: "zero days", input: { ...prc, deadlines: { ...prc.deadlines, payment: { ...prc.deadlines["payment"], days: 0 } } }, path: "profile.deadlines.payment.days" },
    { name: "days as a string", input: { ...prc, deadlines: { ...prc.deadlines, denialNotice: { ...prc.deadlines["denialNotice"], days: "3" } } }, path: "profile.deadlines.denialNotice.days" },
    { name: "a misspelt key", input: { ...prc, deadlines: { ...prc.deadlines, payment: { ...prc.deadlines["payment"], dayz: 10 } } }, path: "profile.deadlines.payment" },
    { name: "a missing deadline", input: { ...prc, deadlines: { ...prc.deadlines, advancePayment: undefined } }, path: "profile.deadlines.advancePayment" },
  ])("rejects $name at $path", ({ input, path }) => {
    try {
      parseJurisdictionProfile(input);
      expect.unreachable();
    } catch (error) {
      expect(isValidationError(error) && error.issues.map((issue) => toDotPath(issue.path))).toEqual([path]);
    }
  });
});
