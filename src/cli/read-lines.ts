import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { UsageError, type CliIo } from "./cli-io.js";

/** The lines of a file, or of stdin for `-`, one at a time (constant memory however long the input). */
export function readLines(io: CliIo, file: string): AsyncIterable<string> {
  const input = file === "-" ? io.stdin : createReadStream(file, { encoding: "utf8" });
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/** How many non-blank lines a file has, streamed: the total of a progress bar. */
export async function countLines(file: string): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() !== "") count++;
  }
  return count;
}

/** Fails early, as a usage error, when a named input file is missing. */
export async function checkReadable(file: string, what: string): Promise<void> {
  if (file === "-") return;
  const { stat } = await import("node:fs/promises");
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${what} is a folder, not a file: ${file}`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${what} file not found: ${file}`);
  }
}
