import { defineConfig } from "tsup";

/**
 * The package's entry points: the core (`claim-adjudicator`) and one subpath per adapter. package.json's `exports`
 * lists the same names (a test keeps them in step).
 */
export const LIBRARY_ENTRIES = {
  index: "src/index.ts",
  fhir: "src/fhir/index.ts",
  lint: "src/lint/index.ts",
  deadlines: "src/deadlines/index.ts",
  audit: "src/audit/index.ts",
  privacy: "src/privacy/index.ts",
  testing: "src/testing/index.ts",
  "what-if": "src/what-if/index.ts",
  analytics: "src/analytics/index.ts",
  "json-schema": "src/json-schema/index.ts",
  many: "src/many/index.ts",
  store: "src/store/index.ts",
  precheck: "src/precheck/index.ts",
} as const;

export default defineConfig([
  // The library: ESM and CommonJS with declarations. No source maps: they would ship without their sources.
  // `shims`: the CommonJS build of `claim-adjudicator/many` finds its worker file through `import.meta.url`.
  { entry: LIBRARY_ENTRIES, format: ["esm", "cjs"], dts: true, clean: true, sourcemap: false, shims: true },
  // The `claim-adjudicator` bin, the worker of `claim-adjudicator/many`, and the batch worker `batch --workers N` starts
  // in threads: ESM only, no declarations.
  { entry: { cli: "src/cli/main.ts", "many-worker": "src/many/many-worker.ts", "batch-worker": "src/cli/commands/batch-worker-thread.ts" }, format: ["esm"], dts: false, clean: false, sourcemap: false },
]);
