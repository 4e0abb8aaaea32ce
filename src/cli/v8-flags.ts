import { setFlagsFromString } from "node:v8";

/** The V8 flag the CLI sets, and its opposite: either on node's own command line is left as it is. */
export const ARRAY_BUILTINS_FLAG = "--no-turbo-inline-array-builtins";
const EITHER = /^--(no[-_])?turbo[-_]inline[-_]array[-_]builtins(=.*)?$/;

/** V8 majors known to have the flag (Node 20 to 24): V8 prints an error for a flag it does not know, so no other. */
const KNOWN_V8 = { from: 11, to: 13 } as const;

/**
 * Whether the CLI should turn off TurboFan's inlining of the array builtins: not when node's command line already
 * says either way, and only on a V8 known to have the flag.
 * @param execArgv - `process.execArgv`
 * @param v8Version - `process.versions.v8`, e.g. `"11.3.244.8-node.33"`
 */
export function shouldSetArrayBuiltinsFlag(execArgv: readonly string[], v8Version: string): boolean {
  const major = Number(v8Version.split(".")[0]);
  return Number.isInteger(major) && major >= KNOWN_V8.from && major <= KNOWN_V8.to && !execArgv.some((arg) => EITHER.test(arg));
}

/**
 * Turns off TurboFan's inlining of `Array.prototype.map`, `filter` and the like in this process (its worker threads
 * included), before any claim is adjudicated. The inlined copies make holey arrays where the builtins make packed
 * ones, so each function that had only met packed arrays from another is deoptimised ("wrong map") and compiled again
 * once that other is optimised: about 40 deoptimisations and recompilations of the pipeline's largest functions in
 * each fresh isolate (a pool's every worker). Measured on 20,000 claims through the CLI: 0.80 of the time with
 * `--workers 2`, about the same with `--workers 0`, and 8% slower a claim once everything is compiled. The decisions
 * are the same bytes: it changes how V8 compiles, not what runs. A CLI process only; the library itself sets no flag.
 * @returns whether the flag was set
 */
export function setArrayBuiltinsFlag(execArgv: readonly string[] = process.execArgv, v8Version: string = process.versions.v8): boolean {
  if (!shouldSetArrayBuiltinsFlag(execArgv, v8Version)) return false;
  setFlagsFromString(ARRAY_BUILTINS_FLAG);
  return true;
}
