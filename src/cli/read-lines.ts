import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createInterface } from "node:readline";
import { UsageError, type CliIo } from "./cli-io.js";

/** The lines of a file, or of stdin for `-`, one at a time (constant memory however long the input). */
export function readLines(io: CliIo, file: string): AsyncIterable<string> {
  const input = file === "-" ? io.stdin : createReadStream(file, { encoding: "utf8" });
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

/** Longest line read (a claim is a few kilobytes): past it the line is reported and skipped, memory stays bounded. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** One line as bytes (without its `\n` or `\r\n`), or the note that it was too long to keep. */
export type ByteLine = { readonly bytes: Buffer; readonly tooLong?: never } | { readonly bytes?: never; readonly tooLong: true };

/**
 * The lines of a file, or of stdin for `-`, as bytes: decoding is left to the caller, so that bytes that are not
 * UTF-8 are reported rather than replaced. Constant memory however long the input; a line longer than
 * `MAX_LINE_BYTES` comes as `{ tooLong: true }`.
 */
export async function* readByteLines(io: CliIo, file: string): AsyncGenerator<ByteLine> {
  const input = (file === "-" ? io.stdin : createReadStream(file)) as AsyncIterable<Buffer | string>;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  const finish = (last: Buffer): ByteLine => {
    const whole = pending.length === 0 ? last : Buffer.concat([...pending, last]);
    pending = [];
    pendingBytes = 0;
    return { bytes: whole.at(-1) === 0x0d ? whole.subarray(0, -1) : whole };
  };
  for await (const chunk of input) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    let start = 0;
    for (let end = bytes.indexOf(0x0a); end >= 0; end = bytes.indexOf(0x0a, start)) {
      if (skipping) skipping = false;
      else yield finish(bytes.subarray(start, end));
      start = end + 1;
    }
    if (skipping || start === bytes.length) continue;
    pending.push(bytes.subarray(start));
    pendingBytes += bytes.length - start;
    if (pendingBytes > MAX_LINE_BYTES) {
      pending = [];
      pendingBytes = 0;
      skipping = true;
      yield { tooLong: true };
    }
  }
  if (!skipping && pending.length > 0) yield finish(Buffer.alloc(0));
}

/** How many non-blank lines a file has, streamed: the total of a progress bar. */
export async function countLines(file: string): Promise<number> {
  let count = 0;
  for await (const line of createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim() !== "") count++;
  }
  return count;
}

/**
 * Fails early, as a usage error (exit 2), when a named input is missing, a folder, or not a regular file (a named
 * pipe or a device such as `/dev/zero` would hang the command): stdin is read with `-`.
 */
export async function checkReadable(file: string, what: string): Promise<void> {
  if (file === "-") return;
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new UsageError(`${what} file not found: ${file}`);
  }
  if (info.isDirectory()) throw new UsageError(`${what} file ${file}: is a folder, not a file`);
  if (!info.isFile()) throw new UsageError(`${what} file ${file}: is not a regular file (a named pipe, a device or a socket): give a file, or - to read stdin`);
}
