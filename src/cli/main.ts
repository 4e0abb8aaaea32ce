#!/usr/bin/env node
/**
 * The `claim-adjudicator` command. The only module that touches the process: arguments, streams, exit code.
 */
import { runCli } from "./run-cli.js";

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
