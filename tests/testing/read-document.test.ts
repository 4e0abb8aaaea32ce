import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fc, test as propTest } from "@fast-check/vitest";
import { afterAll, describe, expect, test } from "vitest";
import { LineCounter, parseDocument } from "yaml";
import { decodeUtf8, locatePath, parseDocumentText, readDocument } from "../../src/testing/read-document.js";

const dir = mkdtempSync(join(tmpdir(), "claim-adjudicator-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** Nine anchors, each used nine times by the next: a few lines that expand to 9⁹ strings. */
const aliasBomb = ["a: &a [x, x, x, x, x, x, x, x, x]", ...["b", "c", "d", "e", "f", "g", "h", "i"].map((name, i) => `${name}: &${name} [${Array.from({ length: 9 }, () => `*${"abcdefgh"[i]}`).join(", ")}]`)].join("\n");

describe("readDocument: what cannot be read is said, with where", () => {
  test.each([
    {
      name: "a key repeated in a JSON object",
      file: ["dup.json", '{\n  "id": "R",\n  "rules": [],\n  "id": "S"\n}\n'],
      problems: [{ message: 'duplicate key "id" (first at line 2, column 3): JSON keeps only the last one, remove one of them', line: 4, column: 3, path: ["id"] }],
    },
    {
      name: "a key repeated in a YAML mapping",
      file: ["dup.yaml", "id: R\nrules: []\nid: S\n"],
      problems: [{ message: 'invalid YAML: the key "id" is repeated in one mapping: remove one of them (only one value can count)', line: 3, column: 1 }],
    },
    {
      name: "bytes that are not UTF-8 (not replaced silently)",
      file: ["latin1.json", Buffer.concat([Buffer.from('{\n  "name": "caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')])],
      problems: [{ message: "not valid UTF-8: byte 0xE9 cannot start or continue a character here (save the file as UTF-8)", line: 2, column: 15 }],
    },
    {
      name: "an overlong encoding",
      file: ["overlong.json", Buffer.concat([Buffer.from('["'), Buffer.from([0xc0, 0xaf]), Buffer.from('"]')])],
      problems: [{ message: "not valid UTF-8: byte 0xC0 cannot start or continue a character here (save the file as UTF-8)", line: 1, column: 3 }],
    },
    {
      name: "a YAML alias bomb",
      file: ["bomb.yaml", aliasBomb],
      problems: [{ message: "invalid YAML: its aliases expand too far (more than 100 uses of an anchor, or anchors nested in one another): write the values out" }],
    },
    {
      name: "nesting past the limit",
      file: ["deep.json", `{ "a": ${"[".repeat(120)}${"]".repeat(120)} }`],
      problems: [{ message: "nested deeper than 100 levels (objects and arrays inside each other): no input needs that many, flatten it", line: 1, column: 107, path: ["a", ...Array.from({ length: 99 }, () => 0)] }],
    },
  ])("$name", ({ file: [name, content], problems }) => {
    const read = readDocument(file(name as string, content as string));
    expect(read).toMatchObject({ ok: false, problems });
    expect(read.ok ? [] : read.problems).toHaveLength(problems.length);
  });

  test("a byte order mark is not part of the text", () => {
    expect(readDocument(file("bom.json", '\uFEFF{ "a": 1 }'))).toEqual({ ok: true, value: { a: 1 }, text: '{ "a": 1 }' });
  });

  test("a folder, a device and a named pipe are refused at once, not read (a pipe with no writer would block)", () => {
    expect(readDocument(dir)).toMatchObject({ ok: false, notAFile: true, message: "is a folder, not a file" });
    expect(readDocument("/dev/zero")).toMatchObject({ ok: false, notAFile: true, message: "is not a regular file (a named pipe, a device or a socket)" });
    const fifo = join(dir, "pipe.json");
    execFileSync("mkfifo", [fifo]);
    expect(readDocument(fifo)).toMatchObject({ ok: false, notAFile: true });
    expect(readDocument(join(dir, "nope.json"))).toMatchObject({ ok: false, notFound: true, message: "file not found" });
  });

  propTest.prop([fc.uint8Array({ maxLength: 64 })], { numRuns: 2000 })("decodeUtf8 accepts exactly what a strict decoder accepts", (bytes) => {
    let strict: string | undefined;
    try {
      strict = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      strict = undefined;
    }
    const decoded = decodeUtf8(bytes);
    expect(decoded.ok ? decoded.text : undefined).toBe(strict);
  });
});

describe("locatePath", () => {
  const text = '{\n  "rules": [\n    { "id": "x", "conditions": { "all": [ { "fact": "a" } ] } },\n    { "id": "y" }\n  ],\n  "id": "R"\n}\n';

  test.each([
    { path: ["rules", 0, "conditions", "all", 0, "fact"], at: { line: 3, column: 53 } },
    { path: ["rules", 1, "id"], at: { line: 4, column: 13 } },
    { path: ["rules", 1, "missing"], at: { line: 4, column: 5 } },
    { path: ["id"], at: { line: 6, column: 9 } },
    { path: [], at: { line: 1, column: 1 } },
  ])("$path", ({ path, at }) => {
    expect(locatePath(text, path)).toEqual(at);
  });

  // The reference: what the YAML library's own getIn gives, walking up to the nearest ancestor that exists.
  function byGetIn(source: string, path: readonly (string | number)[]) {
    const lineCounter = new LineCounter();
    const document = parseDocument(source, { lineCounter, uniqueKeys: false });
    for (let length = path.length; length >= 0; length--) {
      const node = length === 0 ? document.contents : document.getIn(path.slice(0, length), true);
      const start = (node as { range?: number[] } | undefined)?.range?.[0];
      if (start !== undefined) return { line: lineCounter.linePos(start).line, column: lineCounter.linePos(start).col };
    }
    return undefined;
  }
  const key = fc.constantFrom("a", "b", "id", "rules");
  const json = fc.letrec<{ value: unknown }>((tie) => ({
    value: fc.oneof({ depthSize: "small" }, fc.integer(), fc.string(), fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(key, tie("value"), { maxKeys: 3 })),
  })).value;
  propTest.prop([json, fc.array(fc.oneof(key, fc.nat({ max: 3 })), { maxLength: 4 }), fc.boolean()], { numRuns: 500 })("is where the YAML library finds the path, in JSON and in YAML", (value, path, yaml) => {
    const source = yaml ? parseDocument(JSON.stringify(value)).toString() : JSON.stringify(value, null, 2);
    expect(locatePath(source, path)).toEqual(byGetIn(source, path));
  });
});

describe("parseDocumentText", () => {
  test("JSON is strict; YAML reads JSON too", () => {
    expect(parseDocumentText('{ "a": 1, "a": 2 }', false).ok).toBe(false);
    expect(parseDocumentText('{ "a": 1 }', true)).toEqual({ ok: true, value: { a: 1 }, text: '{ "a": 1 }' });
  });
});
