import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, test } from "vitest";
import { lineColumnOf, parseJsonText, repeatedKeys } from "../../src/values/parse-json-text.js";

describe("parseJsonText", () => {
  test.each([
    { name: "a repeated key", text: '{\n  "id": "a",\n  "id": "b"\n}', problems: [{ line: 3, column: 3, path: ["id"], message: 'duplicate key "id" (first at line 2, column 3): JSON keeps only the last one, remove one of them' }] },
    {
      name: "in a nested object, with its path",
      text: '{ "rules": [{ "id": "x" }, { "id": "y", "event": { "type": "deny", "type": "refer" } }] }',
      problems: [{ line: 1, column: 68, path: ["rules", 1, "event", "type"], message: 'duplicate key "type" (first at column 52): JSON keeps only the last one, remove one of them' }],
    },
    { name: "written with an escape", text: '{ "a": 1, "\\u0061": 2 }', problems: [{ line: 1, column: 11, path: ["a"], message: 'duplicate key "a" (first at column 3): JSON keeps only the last one, remove one of them' }] },
    { name: "a syntax error, at its line and column", text: '{\n  "id": }', problems: [{ line: 2, column: 9, message: 'invalid JSON: unexpected "}"' }] },
    { name: "the end of the text", text: '{ "id": 1', problems: [{ line: 1, column: 10, message: "invalid JSON: Expected ',' or '}' after property value" }] },
  ])("$name", ({ text, problems }) => {
    expect(parseJsonText(text)).toEqual({ ok: false, problems });
  });

  test("the same key in two objects, strings that look like keys, and keys as values are fine", () => {
    const text = '[{ "id": 1 }, { "id": 2 }, { "a": "id", "b": ["id", "id"], "c": "\\"id\\"" }]';
    expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  propTest.prop([fc.jsonValue()], { numRuns: 500 })("any JSON a serializer writes reads back as itself, with no problem", (value) => {
    const text = JSON.stringify(value, null, 1);
    expect(parseJsonText(text)).toEqual({ ok: true, value: JSON.parse(text) });
  });

  propTest.prop([fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { minKeys: 1 }), fc.nat()], { numRuns: 300 })(
    "a key written twice in an object is reported at the second, with its path",
    (object, pick) => {
      const keys = Object.keys(object);
      const key = keys[pick % keys.length] as string;
      const text = `{"wrap": ${JSON.stringify(object).slice(0, -1)}, ${JSON.stringify(key)}: 0}}`;
      const read = parseJsonText(text);
      expect(read.ok).toBe(false);
      const problems = read.ok ? [] : read.problems;
      expect(problems.map((problem) => problem.path)).toEqual([["wrap", key]]);
      const at = text.lastIndexOf(`${JSON.stringify(key)}: 0`);
      expect({ line: problems[0]?.line, column: problems[0]?.column }).toEqual(lineColumnOf(text)(at));
    },
  );

  // Objects written by hand: keys from a few (so that some repeat), some escaped as \uXXXX, any whitespace JSON allows.
  const space = fc.constantFrom("", " ", "\n", "\t", "\r\n  ");
  const key = fc.constantFrom("a", "b", "__proto__", 'a"b', "\\", "é", "", ":");
  const escaped = (text: string) => `"${[...text].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}"`;
  const { value: written } = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, fc.jsonValue({ maxDepth: 0 }).map((leaf) => JSON.stringify(leaf)), tie("object"), tie("array")),
    object: fc
      .array(fc.tuple(key, fc.boolean(), space, space, tie("value")), { maxLength: 4 })
      .map((entries) => `{${entries.map(([name, escape, before, after, item]) => `${before}${escape ? escaped(name) : JSON.stringify(name)}${after}:${before}${item}`).join(",")}}`),
    array: fc.array(tie("value"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
  }));

  propTest.prop([written], { numRuns: 1000 })("counting keys first gives what the full scan for repeated keys gives, on any text", (text) => {
    const repeated = repeatedKeys(text);
    expect(parseJsonText(text)).toEqual(repeated.length === 0 ? { ok: true, value: JSON.parse(text) } : { ok: false, problems: repeated });
  });

  test("a key repeated as __proto__, or written once plain and once escaped, is still found", () => {
    for (const text of ['{"__proto__": 1, "__proto__": 2}', '{"x": {"é": 1, "\\u00e9": 2}}', '[{"a": 1}, {"b": {"c": [{"d": 1, "d" : 2}]}}]']) {
      const read = parseJsonText(text);
      expect(read.ok, text).toBe(false);
      expect(read.ok ? [] : read.problems, text).toEqual(repeatedKeys(text));
    }
  });
});
