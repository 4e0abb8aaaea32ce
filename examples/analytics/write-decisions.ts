/**
 * Writes the example year of decisions as NDJSON: `npx tsx examples/analytics/write-decisions.ts [file] [--seed n]`
 * (default examples/analytics/out/decisions.ndjson, seed 2026).
 */
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateYearOfDecisions } from "./generate-decisions.js";

export const DEFAULT_DECISIONS_FILE = join(dirname(fileURLToPath(import.meta.url)), "out", "decisions.ndjson");

/** Writes the seeded year to `file`; returns how many decisions were written. */
export async function writeDecisions(file = DEFAULT_DECISIONS_FILE, seed = 2026): Promise<number> {
  mkdirSync(dirname(file), { recursive: true });
  const out = createWriteStream(file, { encoding: "utf8" });
  let written = 0;
  for await (const line of generateYearOfDecisions({ seed })) {
    if (!out.write(`${line}\n`)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
    written++;
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return written;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt >= 0 ? Number(args[seedAt + 1]) : 2026;
  const file = args.find((arg, i) => !arg.startsWith("--") && args[i - 1] !== "--seed") ?? DEFAULT_DECISIONS_FILE;
  const written = await writeDecisions(file, seed);
  console.log(`${written} decisions written to ${file}`);
}
