import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { ARRAY_BUILTINS_FLAG, shouldSetArrayBuiltinsFlag } from "../../src/cli/v8-flags.js";

const NODE_20 = "11.3.244.8-node.38";

describe("the CLI's V8 flag", () => {
  test.each([
    { name: "Node 20's V8, nothing on the command line", execArgv: [], v8: NODE_20, set: true },
    { name: "Node 22's V8", execArgv: [], v8: "12.4.254.21-node.33", set: true },
    { name: "Node 24's V8", execArgv: [], v8: "13.6.233.10-node.28", set: true },
    { name: "a V8 not known to have the flag (V8 would print an error)", execArgv: [], v8: "14.1.0.0", set: false },
    { name: "an older V8", execArgv: [], v8: "10.2.154.26-node.26", set: false },
    { name: "a version that is not one", execArgv: [], v8: "unknown", set: false },
    { name: "node was given the flag", execArgv: [ARRAY_BUILTINS_FLAG], v8: NODE_20, set: false },
    { name: "node was given the opposite", execArgv: ["--turbo-inline-array-builtins"], v8: NODE_20, set: false },
    { name: "node was given it with underscores", execArgv: ["--no_turbo_inline_array_builtins"], v8: NODE_20, set: false },
    { name: "other flags only", execArgv: ["--max-old-space-size=4096", "--enable-source-maps"], v8: NODE_20, set: true },
  ])("$name: set $set", ({ execArgv, v8, set }) => {
    expect(shouldSetArrayBuiltinsFlag(execArgv, v8)).toBe(set);
  });

  // What the flag is for, on this V8: an optimised Array.prototype.map makes a holey array where the builtin makes a
  // packed one (the cause of the deoptimisations); with the flag set at run time, before the function is compiled,
  // the optimised function makes the packed array too.
  test.runIf(shouldSetArrayBuiltinsFlag([], process.versions.v8))("set at run time, an optimised map makes the packed array the builtin makes", () => {
    const module = fileURLToPath(new URL("../../src/cli/v8-flags.ts", import.meta.url));
    const probe = (set: boolean) => {
      const code = `
        const { setArrayBuiltinsFlag } = await import(${JSON.stringify(module)});
        const set = ${set} ? setArrayBuiltinsFlag([], process.versions.v8) : false;
        function produce(list) { return list.map((x) => ({ x })); }
        %PrepareFunctionForOptimization(produce);
        const before = %HasHoleyElements(produce([1, 2]));
        produce([1]);
        %OptimizeFunctionOnNextCall(produce);
        const after = %HasHoleyElements(produce([1, 2]));
        console.log(JSON.stringify({ set, before, after, optimised: (%GetOptimizationStatus(produce) & 16) !== 0 }));`;
      return JSON.parse(execFileSync(process.execPath, ["--import", "tsx", "--allow-natives-syntax", "--input-type=module", "-e", code], { encoding: "utf8" }));
    };
    expect(probe(false)).toEqual({ set: false, before: false, after: true, optimised: true });
    expect(probe(true)).toEqual({ set: true, before: false, after: false, optimised: true });
  });
});
