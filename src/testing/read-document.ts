/**
 * Reading JSON and YAML files for the rule-author tools (`claim-adjudicator/testing` and the CLI).
 * Not part of the pure core: these functions read the file system.
 */
import { readFileSync } from "node:fs";
import { LineCounter, parseDocument, YAMLParseError } from "yaml";

export type DocumentRead =
  | { readonly ok: true; readonly value: unknown; readonly text: string }
  | { readonly ok: false; readonly message: string; readonly line?: number; readonly column?: number; readonly notFound?: boolean };

export const isYamlFile = (file: string): boolean => /\.ya?ml$/i.test(file);

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * Where a JSON syntax error is. V8 gives the position for some errors ("… at position 42"); for an unexpected token
 * it quotes the text around it instead, which is found in the file; otherwise the YAML parser (JSON is YAML) may say.
 */
function jsonErrorPosition(text: string, message: string, token: string | undefined): { line?: number; column?: number } {
  const offset = /position (\d+)/.exec(message)?.[1];
  if (offset !== undefined) return lineAndColumn(text, Number(offset));
  const quoted = /^Unexpected token '.+?', (?:\.\.\.)?"([\s\S]*?)(?:\.\.\.)?" is not valid JSON$/.exec(message)?.[1];
  if (quoted !== undefined && token !== undefined) {
    const at = text.indexOf(quoted);
    if (at >= 0 && text.indexOf(quoted, at + 1) < 0 && quoted.includes(token)) return lineAndColumn(text, at + quoted.indexOf(token));
  }
  const error = parseDocument(text, { prettyErrors: false }).errors[0];
  return error instanceof YAMLParseError ? lineAndColumn(text, error.pos[0]) : {};
}

/**
 * Parses the text of a JSON or YAML document; a syntax error comes back with its line and column.
 * @param text - the file's content
 * @param yaml - parse as YAML (JSON otherwise)
 * @example
 * parseDocumentText('{ "id": }', false); //=> { ok: false, message: "invalid JSON: …", line: 1, column: 9 }
 */
export function parseDocumentText(text: string, yaml: boolean): DocumentRead {
  if (yaml) {
    const document = parseDocument(text, { prettyErrors: false });
    const error = document.errors[0];
    if (error !== undefined) {
      const position = error instanceof YAMLParseError ? lineAndColumn(text, error.pos[0]) : {};
      return { ok: false, message: `invalid YAML: ${error.message.split("\n")[0]}`, ...position };
    }
    return { ok: true, value: document.toJS(), text };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, text };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const token = /^Unexpected token '(.+?)'/.exec(message)?.[1];
    const what = token !== undefined ? `unexpected "${token}"` : (message.split("\n")[0] ?? message).replace(/ at position \d+.*$/, "");
    return { ok: false, message: `invalid JSON: ${what}`, ...jsonErrorPosition(text, message, token) };
  }
}

/**
 * Reads a JSON or YAML file (YAML when it ends in `.yaml` or `.yml`).
 * @pure false
 * @param file - the path
 * @returns the parsed value, or why it could not be read
 */
export function readDocument(file: string): DocumentRead {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as { code?: string }).code;
    return { ok: false, message: code === "ENOENT" ? "file not found" : code === "EISDIR" ? "is a folder, not a file" : `cannot read the file (${code ?? String(error)})`, notFound: code === "ENOENT" };
  }
  return parseDocumentText(text.replace(/^\uFEFF/, ""), isYamlFile(file));
}

/**
 * The line and column of a JSON path in a document's text, or of its nearest ancestor that exists there
 * (a missing key is reported where its object is).
 * @param text - the file's content (JSON or YAML)
 * @param path - e.g. `["rules", 3, "conditions", "all", 0, "fact"]`
 * @returns 1-based line and column, or `undefined` when the text does not parse
 * @example
 * locatePath('{\n  "rules": [\n    { "id": "x" }\n  ]\n}', ["rules", 0, "id"]); //=> { line: 3, column: 13 }
 */
export function locatePath(text: string, path: readonly (string | number)[]): { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  if (document.errors.length > 0) return undefined;
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
    const range = (node as { range?: readonly number[] } | undefined)?.range;
    if (range?.[0] !== undefined) {
      const position = lineCounter.linePos(range[0]);
      return { line: position.line, column: position.col };
    }
  }
  return undefined;
}
