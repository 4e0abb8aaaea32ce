/**
 * Reading JSON and YAML files for the rule-author tools (`claim-adjudicator/testing` and the CLI).
 * Not part of the pure core: these functions read the file system.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, YAMLParseError, type Document, type Node, type Pair } from "yaml";
import { checkNestingDepth } from "../values/check-nesting-depth.js";
import { lineColumnOf, parseJsonText, type TextProblem } from "../values/parse-json-text.js";

export type { TextProblem } from "../values/parse-json-text.js";

export type DocumentRead =
  | { readonly ok: true; readonly value: unknown; readonly text: string }
  | {
      readonly ok: false;
      /** The first problem (also `problems[0]`). */
      readonly message: string;
      readonly line?: number;
      readonly column?: number;
      /** Every problem found, each with its line and column, and its JSON path when it has one. */
      readonly problems: readonly TextProblem[];
      /** There is no such file. */
      readonly notFound?: boolean;
      /** The path names a folder, a named pipe, a device or a socket, not a file. */
      readonly notAFile?: boolean;
    };

export const isYamlFile = (file: string): boolean => /\.ya?ml$/i.test(file);

/** YAML aliases a document may use: past that it is an alias bomb (a few lines that expand to gigabytes). */
const MAX_YAML_ALIASES = 100;

function failure(problems: readonly TextProblem[], extra: { notFound?: boolean; notAFile?: boolean } = {}): DocumentRead {
  const [first] = problems;
  return {
    ok: false,
    message: first?.message ?? "cannot be read",
    ...(first?.line === undefined ? {} : { line: first.line, column: first.column ?? 1 }),
    problems,
    ...extra,
  };
}

/** The key written at an offset of a YAML text, quoted: `"id"`. */
function keyAt(text: string, offset: number): string {
  const key = /(?:"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[^:\n]*)/y;
  key.lastIndex = offset;
  const written = key.exec(text)?.[0].trim() ?? "";
  return /^["']/.test(written) ? `"${written.slice(1, -1)}"` : JSON.stringify(written);
}

function parseYamlText(text: string): { ok: true; value: unknown } | { ok: false; problems: TextProblem[] } {
  const position = lineColumnOf(text);
  try {
    const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
    if (document.errors.length > 0) {
      return {
        ok: false,
        problems: document.errors.map((error) => ({
          message:
            error.code === "DUPLICATE_KEY"
              ? `invalid YAML: the key ${keyAt(text, error.pos[0])} is repeated in one mapping: remove one of them (only one value can count)`
              : `invalid YAML: ${error.message.split("\n")[0] ?? error.message}`,
          ...(error instanceof YAMLParseError ? position(error.pos[0]) : {}),
        })),
      };
    }
    return { ok: true, value: document.toJS({ maxAliasCount: MAX_YAML_ALIASES }) };
  } catch (error) {
    // toJS throws a ReferenceError on an alias bomb; a document nested thousands deep exhausts the parser's stack.
    const message =
      error instanceof ReferenceError && /alias/i.test(error.message)
        ? `invalid YAML: its aliases expand too far (more than ${MAX_YAML_ALIASES} uses of an anchor, or anchors nested in one another): write the values out`
        : error instanceof RangeError
          ? "invalid YAML: nested too deeply to read"
          : `invalid YAML: ${error instanceof Error ? error.message : String(error)}`;
    return { ok: false, problems: [{ message }] };
  }
}

/**
 * Parses the text of a JSON or YAML document. A syntax error, a key repeated in an object, a YAML alias bomb and
 * a document nested past `MAX_NESTING_DEPTH` come back as problems with their line and column.
 * @param text - the file's content
 * @param yaml - parse as YAML (JSON otherwise)
 * @example
 * parseDocumentText('{ "id": }', false); //=> { ok: false, message: "invalid JSON: …", line: 1, column: 9, problems: […] }
 */
export function parseDocumentText(text: string, yaml: boolean): DocumentRead {
  const read = yaml ? parseYamlText(text) : parseJsonText(text);
  if (!read.ok) return failure(read.problems);
  const tooDeep = checkNestingDepth(read.value);
  if (tooDeep !== undefined) return failure([{ message: tooDeep.message, path: tooDeep.path, ...(locatePath(text, tooDeep.path) ?? {}) }]);
  return { ok: true, value: read.value, text };
}

/** The offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    const second = bytes[i + 1] as number;
    if (second < low || second > high) return i;
    for (let k = 2; k < length; k++) {
      const next = bytes[i + k] as number;
      if (next < 0x80 || next > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Decodes UTF-8 strictly (a leading byte order mark is dropped): bytes that are not UTF-8 are a problem at their
 * line and column, never silently replaced.
 * @param bytes - the file's content
 * @returns the text, or where the first invalid byte is
 */
export function decodeUtf8(bytes: Uint8Array): { ok: true; text: string } | { ok: false; problem: TextProblem } {
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    const offset = Math.max(0, firstInvalidUtf8(bytes));
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    let line = 1;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) line++;
    const column = utf8.decode(bytes.subarray(lineStart, offset)).length + 1;
    const byte = (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
    return { ok: false, problem: { message: `not valid UTF-8: byte 0x${byte} cannot start or continue a character here (save the file as UTF-8)`, line, column } };
  }
}

/**
 * Reads a JSON or YAML file (YAML when it ends in `.yaml` or `.yml`). Only regular files are read: a folder, a named
 * pipe or a device (`/dev/zero`) is refused at once instead of hanging.
 * @pure false
 * @param file - the path
 * @returns the parsed value, or why it could not be read
 */
export function readDocument(file: string): DocumentRead {
  let bytes: Buffer;
  try {
    // Non-blocking, so that opening a named pipe with no writer returns at once; fstat then tells what it is.
    const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const info = fstatSync(fd);
      if (info.isDirectory()) return failure([{ message: "is a folder, not a file" }], { notAFile: true });
      if (!info.isFile()) return failure([{ message: "is not a regular file (a named pipe, a device or a socket)" }], { notAFile: true });
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "ENOENT") return failure([{ message: "file not found" }], { notFound: true });
    return failure([{ message: code === "EISDIR" ? "is a folder, not a file" : `cannot read the file (${code ?? String(error)})` }], code === "EISDIR" ? { notAFile: true } : {});
  }
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return failure([decoded.problem]);
  return parseDocumentText(decoded.text, isYamlFile(file));
}

/** One document parsed for locating paths, with an index of each mapping's keys built on first use. */
interface Locator {
  readonly document: Document | undefined;
  readonly lineCounter: LineCounter;
  readonly keys: WeakMap<object, Map<string, Pair>>;
}

/** The texts parsed last: the CLI locates every issue of a file in one parse. */
const locators = new Map<string, Locator>();
const LOCATORS_KEPT = 4;

function locatorFor(text: string): Locator {
  const cached = locators.get(text);
  if (cached !== undefined) return cached;
  const lineCounter = new LineCounter();
  let document: Document | undefined;
  try {
    const parsed = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    document = parsed.errors.length > 0 ? undefined : parsed;
  } catch {
    document = undefined; // nested too deeply for the parser: no positions
  }
  const locator: Locator = { document, lineCounter, keys: new WeakMap() };
  locators.set(text, locator);
  if (locators.size > LOCATORS_KEPT) locators.delete(locators.keys().next().value as string);
  return locator;
}

/** The child of a YAML node at one segment of a JSON path (the first of repeated keys, as `getIn` does). */
function childOf(locator: Locator, node: unknown, segment: string | number): unknown {
  if (isSeq(node)) return typeof segment === "number" ? node.items[segment] : undefined;
  if (!isMap(node)) return undefined;
  let keys = locator.keys.get(node);
  if (keys === undefined) {
    keys = new Map();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      if (!keys.has(key)) keys.set(key, pair);
    }
    locator.keys.set(node, keys);
  }
  return keys.get(String(segment))?.value;
}

/**
 * The line and column of a JSON path in a document's text, or of its nearest ancestor that exists there
 * (a missing key is reported where its object is). The text is parsed once and kept for the next paths asked.
 * @param text - the file's content (JSON or YAML)
 * @param path - e.g. `["rules", 3, "conditions", "all", 0, "fact"]`
 * @returns 1-based line and column, or `undefined` when the text does not parse
 * @example
 * locatePath('{\n  "rules": [\n    { "id": "x" }\n  ]\n}', ["rules", 0, "id"]); //=> { line: 3, column: 13 }
 */
export function locatePath(text: string, path: readonly (string | number)[]): { line: number; column: number } | undefined {
  const locator = locatorFor(text);
  if (locator.document === undefined) return undefined;
  let node: unknown = locator.document.contents;
  let found = node;
  for (const segment of path) {
    node = childOf(locator, node, segment);
    if (node === undefined || node === null) break;
    found = node;
  }
  const start = (found as Node | null)?.range?.[0];
  if (start === undefined) return undefined;
  const position = locator.lineCounter.linePos(start);
  return { line: position.line, column: position.col };
}
