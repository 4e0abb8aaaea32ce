import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { postgresTestPlan, TEST_DATABASE_REQUIRED_VARIABLE, TEST_DATABASE_URL_VARIABLE } from "./support/throwaway-postgres.js";

// CI must fail, not pass by skipping, when its PostgreSQL is missing (issue 11: the store tests run against a real
// server in .ci/run). Elsewhere (a laptop without the server) the PostgreSQL tests skip, saying why.
describe("whether the PostgreSQL store tests run, skip or fail", () => {
  const url = { [TEST_DATABASE_URL_VARIABLE]: "postgres://postgres@127.0.0.1:5432/postgres" };
  test.each([
    { name: "a laptop without PostgreSQL: skipped", env: {}, bin: false, plan: { available: false, required: false, skip: true } },
    { name: "a laptop with Debian's binaries: a throwaway cluster", env: {}, bin: true, plan: { available: true, required: false, skip: false } },
    { name: "the URL set: that server", env: url, bin: false, plan: { available: true, required: false, skip: false } },
    { name: "an empty URL counts as none", env: { [TEST_DATABASE_URL_VARIABLE]: "" }, bin: false, plan: { available: false, required: false, skip: true } },
    { name: ".ci/run's requirement without a server: not skipped (fails)", env: { [TEST_DATABASE_REQUIRED_VARIABLE]: "1" }, bin: false, plan: { available: false, required: true, skip: false } },
    { name: ".ci/run's requirement with the URL: runs", env: { [TEST_DATABASE_REQUIRED_VARIABLE]: "1", ...url }, bin: false, plan: { available: true, required: true, skip: false } },
    { name: "CI=true alone, without a server: skipped (npm test passes on a fresh runner)", env: { CI: "true" }, bin: false, plan: { available: false, required: false, skip: true } },
  ])("$name", ({ env, bin, plan }) => {
    expect(postgresTestPlan(env, bin)).toEqual(plan);
  });

  test(".ci/run starts PostgreSQL, names it and requires it before the tests run", () => {
    const script = readFileSync(new URL("../../.ci/run", import.meta.url), "utf8");
    const lines = script.split("\n");
    const at = (pattern: RegExp) => lines.findIndex((line) => pattern.test(line));
    const tests = at(/^npm test$/);
    expect(tests).toBeGreaterThan(0);
    expect(at(/^CLAIM_ADJUDICATOR_TEST_PG_URL=\$\(\.ci\/start-postgres\.sh /)).toBeGreaterThan(0);
    expect(at(/^CLAIM_ADJUDICATOR_TEST_PG_URL=\$\(\.ci\/start-postgres\.sh /)).toBeLessThan(tests);
    expect(at(/^export CLAIM_ADJUDICATOR_TEST_PG_URL CLAIM_ADJUDICATOR_TEST_PG_REQUIRED=1$/)).toBeGreaterThan(0);
    expect(at(/^export CLAIM_ADJUDICATOR_TEST_PG_URL CLAIM_ADJUDICATOR_TEST_PG_REQUIRED=1$/)).toBeLessThan(tests);
    // A server that does not start stops the script there (set -e), before any test.
    expect(at(/^set -euo pipefail$/)).toBeGreaterThan(0);
    expect(at(/^set -euo pipefail$/)).toBeLessThan(at(/^CLAIM_ADJUDICATOR_TEST_PG_URL=/));
  });
});
