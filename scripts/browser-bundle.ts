import { build } from "esbuild";
import { gzipSync } from "node:zlib";

/** The most the `claim-adjudicator/precheck` entry may weigh in a browser, minified and gzipped. */
export const PRECHECK_BUDGET_BYTES = 60 * 1024;

/** A browser bundle of one entry: its code, minified and gzipped sizes, and the packages it carries with their bytes. */
export interface BrowserBundle {
  readonly code: string;
  readonly minifiedBytes: number;
  readonly gzipBytes: number;
  /** Bytes of minified output per npm package (`decimal.js`) or per file of the repository, largest first. */
  readonly inputs: readonly (readonly [string, number])[];
}

/**
 * Bundles `entry` as a web page's bundler would: esbuild, browser platform, ESM, minified, tree-shaken (the package's
 * `sideEffects: false` applies). `globalName` gives an IIFE assigning the exports to that global instead of ESM.
 */
export async function bundleForBrowser(entry: string, options: { readonly globalName?: string } = {}): Promise<BrowserBundle> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: "browser",
    target: "es2022",
    format: options.globalName === undefined ? "esm" : "iife",
    ...(options.globalName === undefined ? {} : { globalName: options.globalName }),
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const output = result.outputFiles[0];
  if (output === undefined) throw new Error(`esbuild wrote nothing for ${entry}`);
  const byInput = new Map<string, number>();
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(meta.inputs)) {
      const packagePath = file.split("node_modules/").at(-1) as string;
      const name = file.includes("node_modules/") ? (packagePath.startsWith("@") ? packagePath.split("/").slice(0, 2).join("/") : (packagePath.split("/")[0] as string)) : file;
      byInput.set(name, (byInput.get(name) ?? 0) + bytesInOutput);
    }
  }
  return {
    code: output.text,
    minifiedBytes: output.contents.length,
    gzipBytes: gzipSync(output.contents, { level: 9 }).length,
    inputs: [...byInput].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]),
  };
}

/** `12.3 KB` (1 KB = 1,024 bytes). */
export function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
