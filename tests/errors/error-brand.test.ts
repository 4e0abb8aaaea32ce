import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";
import { afterAll, describe, expect, test } from "vitest";
import { AuditLog } from "../../src/audit/index.js";
import { isAdjudicatorError, isCalculationError, isRuleEvaluationError, isValidationError, ValidationError } from "../../src/index.js";
import { isStoreError, StoreError } from "../../src/store/store-error.js";

// Issue 9: isValidationError was false for an error thrown by the other module copy (the CJS build beside the ESM
// one). The library's errors carry a Symbol.for brand the guards read. The other copy here is the library bundled
// on its own as CommonJS, loaded with require: classes and all, nothing shared with this module graph.
const folder = mkdtempSync(join(tmpdir(), "claim-adjudicator-copy-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function otherCopy(entry: string): Record<string, unknown> {
  const outfile = join(folder, `${entry.replace(/\W/g, "_")}.cjs`);
  buildSync({ entryPoints: [fileURLToPath(new URL(`../../src/${entry}`, import.meta.url))], bundle: true, platform: "node", format: "cjs", outfile, logLevel: "silent", external: ["pg", "pg-boss", "@electric-sql/pglite"] });
  return createRequire(import.meta.url)(outfile) as Record<string, unknown>;
}

describe("the type guards recognise an error of another copy of the library", () => {
  const core = otherCopy("index.ts");
  const thrown = (action: () => unknown): unknown => {
    try {
      action();
    } catch (error) {
      return error;
    }
    throw new Error("nothing thrown");
  };

  test("a ValidationError from createAdjudicator(undefined) of the other copy", () => {
    const error = thrown(() => (core["createAdjudicator"] as (config: unknown) => unknown)(undefined));
    expect(error instanceof ValidationError).toBe(false);
    expect(isValidationError(error)).toBe(true);
    expect(isAdjudicatorError(error)).toBe(true);
    expect(isCalculationError(error)).toBe(false);
    expect(isRuleEvaluationError(error)).toBe(false);
  });

  test("and the other copy's guards recognise this copy's errors", () => {
    const error = thrown(() => AuditLog.empty().verify(null as never));
    expect((core["isValidationError"] as (value: unknown) => boolean)(error)).toBe(true);
    expect((core["isCalculationError"] as (value: unknown) => boolean)(error)).toBe(false);
  });

  test("a StoreError of the other copy", () => {
    const store = otherCopy("store/store-error.ts");
    const Other = store["StoreError"] as new (code: string, path: readonly string[], message: string) => Error;
    const error = new Other("revision_out_of_sequence", ["claim"], "the claim changed");
    expect(error instanceof StoreError).toBe(false);
    expect(isStoreError(error)).toBe(true);
    expect(isStoreError(error, "revision_out_of_sequence")).toBe(true);
    expect(isStoreError(error, "store_inconsistent")).toBe(false);
  });

  test.each([null, undefined, "ValidationError", { name: "ValidationError", issues: [] }, new Error("x")])("%j is not one", (value) => {
    expect(isValidationError(value)).toBe(false);
    expect(isAdjudicatorError(value)).toBe(false);
  });
});
