import { describe, expect, test } from "vitest";
import { FACT_CATALOGUE } from "../../src/facts/library-facts.js";

// Each fact is defined once: two merged branches once both defined insuredAge and insuredSex, with different
// derivations, and the catalogue, the README and the JSON Schemas listed them twice.
describe("the library's fact catalogue", () => {
  test("names every fact once", () => {
    const names = FACT_CATALOGUE.map((fact) => fact.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });
});
