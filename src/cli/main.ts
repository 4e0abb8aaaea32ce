#!/usr/bin/env node
/**
 * The `claim-adjudicator` command. The only module that touches the process: arguments, streams, exit code.
 */
import { runCli } from "./run-cli.js";
import { setArrayBuiltinsFlag } from "./v8-flags.js";

/** The exit code of a command killed by SIGPIPE (128 + 13), which `… | head` gives other tools too. */
const READER_GONE = 141;

// A reader that stops early (`claim-adjudicator … | head`) closes the pipe: stop at once and quietly, not with a
// stack trace for every write still to come.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(READER_GONE);
    throw error;
  });
}

// Before any claim is adjudicated, so that no function is compiled with the inlined array builtins (see v8-flags).
setArrayBuiltinsFlag();

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A bug, not a user's mistake: say so plainly, with the stack for the report.
    process.stderr.write(`claim-adjudicator: internal error, please report it:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
