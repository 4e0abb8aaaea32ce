/**
 * What the CLI says of an exception that is not one of the library's typed errors (a bug), met while working on one
 * input: the input is reported as not done and the run goes on with the others. One line, no stack trace.
 * @param doing - what was being done, e.g. `adjudicating this claim`
 * @param error - what was thrown
 * @example
 * internalErrorMessage("adjudicating this claim", new TypeError("x is undefined"));
 * //=> "internal error while adjudicating this claim, please report it: TypeError: x is undefined"
 */
export function internalErrorMessage(doing: string, error: unknown): string {
  const what = error instanceof Error ? `${error.name}: ${error.message.split("\n")[0] ?? ""}` : String(error);
  return `internal error while ${doing}, please report it: ${what}`;
}

/** The code printed with an internal error, `[internal_error]`. */
export const INTERNAL_ERROR = "internal_error";
