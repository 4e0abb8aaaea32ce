import { once } from "node:events";
import { styleText } from "node:util";

/** What the CLI reads and writes; `main.ts` passes the process's own streams. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { readonly isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly env: Readonly<Record<string, string | undefined>>;
}

/**
 * Exit codes, the same for every command:
 * 0 done and clean; 1 the inputs have problems (errors found, cases failed, claims rejected);
 * 2 the command could not run as asked (unknown option, missing argument, file not found).
 */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A mistake in how the command was called: printed to stderr, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError" as const;
}

/** Inputs the command cannot work with (already reported on stderr): exit code 1. */
export class InputError extends Error {
  override name = "InputError" as const;
}

type Style = "red" | "green" | "yellow" | "dim" | "bold";

/** Colours text for a terminal; plain when the stream is not one, or when NO_COLOR is set. */
export function painter(io: CliIo, stream: "stdout" | "stderr"): (style: Style, text: string) => string {
  const colour = io[stream].isTTY === true && io.env["NO_COLOR"] === undefined && io.env["TERM"] !== "dumb";
  return (style, text) => (colour ? styleText(style, text) : text);
}

/** Writes text followed by a newline. */
export function writeLine(stream: NodeJS.WritableStream, text = ""): void {
  stream.write(`${text}\n`);
}

/**
 * Resolves once `stream` takes writes again (what it holds fell below its high-water mark), or `undefined` at once
 * when it already does: a command writing a line per claim awaits it after each claim, so a reader slower than the
 * adjudication (a pipe into `gzip`, a network copy) holds back the claims, and the process never keeps every
 * decision it has not yet passed on in memory. A stream that fails meanwhile rejects it (EPIPE ends the process first).
 */
export function drained(stream: NodeJS.WritableStream): Promise<unknown> | undefined {
  return (stream as { readonly writableNeedDrain?: boolean }).writableNeedDrain === true ? once(stream, "drain") : undefined;
}
