import fc from "fast-check";
import { expect, test } from "vitest";
import { minorUnitIssuesIn } from "../../src/intake/minor-unit-issues.js";
import { amountsIn } from "../../src/ledger/normalize-money.js";
import { checkMinorUnits } from "../../src/money/check-minor-units.js";

// Counter values as a ledger holds them: amounts (some finer than the minor unit, some not decimals at all), counts, records and lists.
const leaf = fc.oneof(
  fc.constantFrom("0", "0.00", "12.5", "12.50", "12.505", "-3.001", "1.2.3", "1e3", "abc", "", ".5", "5.", "0.0000001", "99999999999999999999.999"),
  fc.stringMatching(/^-?\d{1,6}(\.\d{0,5})?$/),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const counterValue = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(fc.constantFrom("paid", "deductibleUsed", "invoices", "A1", "0", "sub-1", "x.y"), tie("value"), { maxKeys: 4 })),
})).value;

test("gives what amountsIn and checkMinorUnits on each amount give, in the same order", () => {
  fc.assert(
    fc.property(counterValue, fc.integer({ min: 0, max: 4 }), (value, minorUnits) => {
      const path = ["options", "accumulators", "claims", "C1", "coverages", "inpatient"];
      const expected = amountsIn(value, path).flatMap(({ amount, path: at }) => checkMinorUnits(amount, minorUnits, at, "CNY"));
      expect(minorUnitIssuesIn(value, minorUnits, "CNY", path)).toEqual(expected);
    }),
    { numRuns: 2000 },
  );
});

test("an amount with 3 decimals in a CNY ledger entry is refused with its path; 2 decimals pass", () => {
  const entry = { paid: "100.00", invoices: { "INV-1": "12.505" }, counts: [1, "0.5"] };
  expect(minorUnitIssuesIn(entry, 2, "CNY", ["at"])).toEqual([{ code: "invalid_input", path: ["at", "invoices", "INV-1"], message: "12.505 has 3 decimals; CNY amounts have at most 2" }]);
});
