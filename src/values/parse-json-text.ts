import { parseDocument, YAMLParseError } from "yaml";

/** Something wrong with the text of a JSON document, with where it is (1-based line and column, in UTF-16 units). */
export interface TextProblem {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  /** The JSON path of the value at fault, when there is one (a repeated key). */
  readonly path?: readonly (string | number)[];
}

export type JsonTextRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problems: readonly TextProblem[] };

/**
 * Turns offsets into lines and columns, scanning the text once however many offsets are asked for.
 * @param text - the document
 * @returns offset → 1-based line and column
 */
export function lineColumnOf(text: string): (offset: number) => { line: number; column: number } {
  let starts: number[] | undefined;
  return (offset) => {
    if (starts === undefined) {
      starts = [0];
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}

/**
 * Where a JSON syntax error is. V8 gives the position for some errors ("… at position 42"); for an unexpected token
 * it quotes the text around it instead, which is found in the file; otherwise the YAML parser (JSON is YAML) may say.
 */
function syntaxErrorOffset(text: string, message: string, token: string | undefined): number | undefined {
  const offset = /position (\d+)/.exec(message)?.[1];
  if (offset !== undefined) return Number(offset);
  const quoted = /^Unexpected token '.+?', (?:\.\.\.)?"([\s\S]*?)(?:\.\.\.)?" is not valid JSON$/.exec(message)?.[1];
  if (quoted !== undefined && token !== undefined) {
    const at = text.indexOf(quoted);
    if (at >= 0 && text.indexOf(quoted, at + 1) < 0 && quoted.includes(token)) return at + quoted.indexOf(token);
  }
  if (/^Unexpected end of JSON input/.test(message)) return text.length;
  try {
    const error = parseDocument(text, { prettyErrors: false }).errors[0];
    return error instanceof YAMLParseError ? error.pos[0] : undefined;
  } catch {
    return undefined;
  }
}

/** `"`, `\`, `:` and the whitespace JSON allows, as character codes. */
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const isJsonSpace = (char: number) => char === 0x20 || char === 0x0a || char === 0x0d || char === 0x09;

/** Where the string of a JSON text that opens at `open` (its `"`) closes: an escaped character is skipped. */
function closingQuote(text: string, open: number): number {
  let end = open + 1;
  for (; end < text.length; end++) {
    const char = text.charCodeAt(end);
    if (char === BACKSLASH) end++;
    else if (char === QUOTE) break;
  }
  return end;
}

interface Container {
  readonly kind: "object" | "array";
  /** The key or index of this container in its parent. */
  readonly segment: string | number | undefined;
  /** Objects: keys seen, and whether the next string is a key. Arrays: the index of the current element. */
  readonly keys: Map<string, number>;
  expectingKey: boolean;
  currentKey: string | undefined;
  index: number;
}

function segmentOf(parent: Container | undefined): string | number | undefined {
  if (parent === undefined) return undefined;
  return parent.kind === "array" ? parent.index : parent.currentKey;
}

/**
 * Every key repeated within one object of a JSON text that `JSON.parse` accepted (it silently keeps the last), with
 * its path and where it and its first writing are. One pass, no recursion: linear however deep or long the text.
 * `parseJsonText` scans with it only a text that writes more keys than its value keeps (exported for its test).
 */
export function repeatedKeys(text: string): TextProblem[] {
  const problems: TextProblem[] = [];
  const stack: Container[] = [];
  const position = lineColumnOf(text);
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      stack.push({ kind: char === 0x7b ? "object" : "array", segment: segmentOf(top), keys: new Map(), expectingKey: char === 0x7b, currentKey: undefined, index: 0 });
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) stack.pop();
    else if (char === 0x2c /* , */ && top !== undefined) {
      if (top.kind === "object") top.expectingKey = true;
      else top.index++;
    } else if (char === 0x3a /* : */ && top !== undefined) top.expectingKey = false;
    else if (char === QUOTE) {
      const end = closingQuote(text, i);
      if (top?.kind === "object" && top.expectingKey) {
        const raw = text.slice(i, end + 1);
        const key = raw.includes("\\") ? (JSON.parse(raw) as string) : raw.slice(1, -1);
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, i);
        else {
          const path = [...stack.slice(1).map((container) => container.segment as string | number), key];
          const earlier = position(first);
          const here = position(i);
          const where = earlier.line === here.line ? `column ${earlier.column}` : `line ${earlier.line}, column ${earlier.column}`;
          problems.push({ ...here, path, message: `duplicate key "${key}" (first at ${where}): JSON keeps only the last one, remove one of them` });
        }
        top.currentKey = key;
      }
      i = end;
    }
  }
  return problems;
}

/**
 * Parses JSON strictly: a syntax error comes back with its line and column, and a key repeated within an object is
 * an error too (where `JSON.parse` silently keeps the last), with its JSON path.
 * @param text - the JSON text
 * @returns the value, or every problem found
 * @example
 * parseJsonText('{ "id": "a",\n  "id": "b" }');
 * //=> { ok: false, problems: [{ line: 2, column: 3, path: ["id"], message: 'duplicate key "id" (first at line 1, column 3): …' }] }
 */
export function parseJsonText(text: string): JsonTextRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const token = /^Unexpected token '(.+?)'/.exec(message)?.[1];
    const what = token !== undefined ? `unexpected "${token}"` : (message.split("\n")[0] ?? message).replace(/ (in JSON )?at position \d+.*$/, "").replace(/ in JSON$/, "");
    const offset = syntaxErrorOffset(text, message, token);
    return { ok: false, problems: [{ message: `invalid JSON: ${what}`, ...(offset === undefined ? {} : lineColumnOf(text)(offset)) }] };
  }
  // Most texts repeat no key: counting is enough to know, and only a text that does is scanned for where.
  if (keysWritten(text) === keysKept(value)) return { ok: true, value };
  const repeated = repeatedKeys(text);
  return repeated.length === 0 ? { ok: true, value } : { ok: false, problems: repeated };
}

/**
 * How many keys a JSON text that `JSON.parse` accepted writes: in valid JSON a string is a key exactly when a `:`
 * follows it. One pass over the characters, nothing allocated.
 */
function keysWritten(text: string): number {
  let keys = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== QUOTE) continue;
    const end = closingQuote(text, i);
    let next = end + 1;
    while (next < text.length && isJsonSpace(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === COLON) keys++;
    i = end;
  }
  return keys;
}

/**
 * How many keys the value `JSON.parse` made of a text holds, every object's own keys (`JSON.parse` makes each an own
 * enumerable property, `__proto__` too): fewer than the text writes exactly when a key was repeated within an
 * object. Without recursion, however deep the value.
 */
function keysKept(value: unknown): number {
  let keys = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== "object") continue;
    if (Array.isArray(current)) {
      for (const item of current) if (item !== null && typeof item === "object") stack.push(item);
      continue;
    }
    for (const key of Object.keys(current)) {
      keys++;
      const item = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === "object") stack.push(item);
    }
  }
  return keys;
}
