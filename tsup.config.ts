import { defineConfig } from "tsup";

export default defineConfig({
  // index: the library; testing: `claim-adjudicator/testing`; cli: the `claim-adjudicator` bin.
  entry: { index: "src/index.ts", testing: "src/testing/index.ts", cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  // The bin needs no declarations.
  dts: { entry: { index: "src/index.ts", testing: "src/testing/index.ts" } },
  clean: true,
  sourcemap: true,
});
