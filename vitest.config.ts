import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Test files that replace a module (vi.mock) need a module graph of their own; every other file shares its worker's.
const needsOwnModules = ["tests/cli/internal-errors.test.ts", "tests/cli/commands/batch-driver-missing.test.ts"];

// The re-run west of UTC (.ci/run sets CLAIM_ADJUDICATOR_TEST_TIME_ZONE_RERUN=1) leaves out the tests that compute no
// dates of their own, to keep CI under 20 minutes: the store tests (on two databases; the database gives dates and
// times as text, recordedAt in UTC), the architecture and README checks, the browser tests, prototype-named ids, the
// CLI (its dates are the library's, run here through the examples; its tests spawn processes), the worker pool (the
// same adjudications on threads), the linter, the case-file runner, and the values, money, hashing, JSON Schema,
// privacy, code-table and error modules. (Vitest's --exclude on the command line does not reach projects.)
const noDatesOfTheirOwn = [
  "tests/store/**", "tests/architecture/**", "tests/readme-*.test.ts", "**/*.chromium.test.ts", "tests/ledger/prototype-named-ids.test.ts",
  "tests/cli/**", "tests/many/**", "tests/lint/**", "tests/testing/**", "tests/values/**", "tests/money/**", "tests/hashing/**",
  "tests/json-schema/**", "tests/privacy/**", "tests/codes/**", "tests/errors/**",
];
const timeZoneRerun = process.env["CLAIM_ADJUDICATOR_TEST_TIME_ZONE_RERUN"] === "1";
const leftOut = timeZoneRerun ? noDatesOfTheirOwn : [];

const common = { setupFiles: ["tests/setup/fail-on-console.ts"] };

export default defineConfig({
  test: {
    // One test file per core. Vitest's default leaves a core to its own process (cores − 1), which on a 2-core
    // machine runs the files one at a time: 731 s for the suite there, against 503 s with both cores.
    maxWorkers: availableParallelism(),
    projects: [
      // The library is pure and its tests share no state, so a worker evaluates src/ once for all the files it runs
      // instead of once per file. Importing the library was most of the suite's time (8.8 s of an 11 s one-file run;
      // the whole suite in 344 s instead of 755 s on this 2-core machine).
      { test: { ...common, name: "shared", include: ["tests/**/*.test.ts"], exclude: [...needsOwnModules, ...leftOut], isolate: false } },
      { test: { ...common, name: "isolated", include: needsOwnModules, exclude: leftOut } },
    ],
  },
});
