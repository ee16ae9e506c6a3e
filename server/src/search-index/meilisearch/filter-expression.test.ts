import { describe, expect, it } from "vitest";
import type { FilterValue, SearchFilter } from "../search-port.ts";
import { quoteFilterString, toFilterExpression } from "./filter-expression.ts";
import { InvalidSearchRequestError } from "./invalid-search-request-error.ts";

/**
 * Reads one double-quoted value the way Meilisearch's filter parser does (filter-parser
 * `quoted_by` then the `unescaper` pass): returns the value and what follows the closing quote.
 */
function readQuotedValue(text: string): { value: string; rest: string } {
  if (text[0] !== '"') throw new Error(`no opening quote in ${text}`);
  let index = 1;
  let sawEscapedQuote = false;
  while (index < text.length && text[index] !== '"') {
    if (text[index] === "\\") {
      index += 1;
      if (index >= text.length) throw new Error("dangling backslash");
      if (text[index] === '"') sawEscapedQuote = true;
    }
    index += 1;
  }
  if (index >= text.length) throw new Error(`unterminated value in ${text}`);
  let raw = text.slice(1, index);
  if (sawEscapedQuote) raw = raw.replaceAll('\\"', '"');
  // The unescaper: `\\` → `\`; any other escape would change the value, so the test refuses it.
  const value = raw.replace(/\\(.)/gs, (_, next: string) => {
    if (next !== "\\") throw new Error(`unexpected escape \\${next}`);
    return "\\";
  });
  return { value, rest: text.slice(index + 1) };
}

/** Splits `field IN [v1, v2]` into its field, operator and decoded values. */
function readInList(expression: string): { field: string; operator: string; values: string[] } {
  const head = /^(\w+) (IN|NOT IN) \[/.exec(expression);
  if (!head) throw new Error(`not an IN list: ${expression}`);
  const values: string[] = [];
  let rest = expression.slice(head[0].length);
  while (!rest.startsWith("]")) {
    const read = readQuotedValue(rest);
    values.push(read.value);
    rest = read.rest.startsWith(", ") ? read.rest.slice(2) : read.rest;
  }
  if (rest !== "]") throw new Error(`trailing text after list: ${rest}`);
  return { field: head[1] ?? "", operator: head[2] ?? "", values };
}

const hostileValues = [
  'say "hi"',
  "back\\slash",
  "ends with backslash\\",
  '\\"',
  '\\\\"',
  '] OR country = "DE"',
  '"] OR country = "DE" OR country IN ["',
  ") OR (1=1",
  "line one\nline two\r\n",
  "tab\there",
  "“curly” ‘quotes’ „low“ «guillemets» ＂fullwidth＂",
  "' OR '1'='1",
  "_geoRadius(0, 0, 99999999)",
  "NOT EXISTS",
  "\\u0022",
  "\\n",
  "",
  "Пловдив",
  "Győr ÁÉŐŰ",
];

describe("quoteFilterString", () => {
  it("escapes only backslash and double quote", () => {
    expect(quoteFilterString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(quoteFilterString("] OR x")).toBe('"] OR x"');
  });

  it.each(hostileValues)("round-trips %j through Meilisearch's quoted-value rules", (value) => {
    const { value: decoded, rest } = readQuotedValue(quoteFilterString(value));
    expect(decoded).toBe(value);
    expect(rest).toBe("");
  });
});

describe("toFilterExpression", () => {
  it("writes anyOf, noneOf, range and geoRadius clauses", () => {
    const filters: SearchFilter[] = [
      { kind: "anyOf", field: "country", values: ["BG", "DE"] },
      { kind: "noneOf", field: "capabilityCodes", values: ["welding"] },
      { kind: "range", field: "employees", min: 10, max: 250 },
      { kind: "range", field: "foundedYear", min: 1990 },
      { kind: "anyOf", field: "verified", values: [true] },
      { kind: "anyOf", field: "employees", values: [5, -2.5] },
      { kind: "geoRadius", center: { lat: 42.6977, lng: 23.3219 }, radiusKm: 50 },
    ];
    expect(toFilterExpression("companies", filters)).toEqual([
      'country IN ["BG", "DE"]',
      'capabilityCodes NOT IN ["welding"]',
      "employees >= 10 AND employees <= 250",
      "foundedYear >= 1990",
      "verified IN [true]",
      "employees IN [5, -2.5]",
      "_geoRadius(42.6977, 23.3219, 50000)",
    ]);
  });

  it("makes an empty anyOf match nothing and drops filters that exclude nothing", () => {
    expect(
      toFilterExpression("companies", [
        { kind: "anyOf", field: "country", values: [] },
        { kind: "noneOf", field: "country", values: [] },
        { kind: "range", field: "employees" },
      ]),
    ).toEqual(["country EXISTS AND country NOT EXISTS"]);
  });

  it("rounds the geo radius to whole metres", () => {
    expect(
      toFilterExpression("opportunities", [{ kind: "geoRadius", center: { lat: -33.5, lng: 151 }, radiusKm: 1.1 }]),
    ).toEqual(["_geoRadius(-33.5, 151, 1100)"]);
  });

  it("keeps every hostile string inside its quotes, as one value of the list", () => {
    const [expression, ...others] = toFilterExpression("companies", [
      { kind: "anyOf", field: "city", values: hostileValues },
    ]);
    expect(others).toEqual([]);
    expect(readInList(expression ?? "")).toEqual({ field: "city", operator: "IN", values: hostileValues });
  });

  it("quotes the classic breakout attempts exactly", () => {
    expect(
      toFilterExpression("companies", [
        { kind: "noneOf", field: "country", values: ['BG"] OR country = "DE'] },
        { kind: "anyOf", field: "region", values: [") OR (1=1", "a\\", "x\ny"] },
      ]),
    ).toEqual(['country NOT IN ["BG\\"] OR country = \\"DE"]', 'region IN [") OR (1=1", "a\\\\", "x\ny"]']);
  });

  it.each([
    ["an unknown field", { kind: "anyOf", field: "password", values: ["x"] }],
    ["a field smuggling syntax", { kind: "anyOf", field: 'country = "BG" OR country', values: ["x"] }],
    ["a field of the other index", { kind: "anyOf", field: "deadlineDay", values: [1] }],
    ["a prototype key", { kind: "anyOf", field: "__proto__", values: ["x"] }],
    ["a prototype key (constructor)", { kind: "range", field: "constructor", min: 1 }],
    ["_geo outside geo filters", { kind: "anyOf", field: "_geo", values: ["x"] }],
    ["a non-string field", { kind: "anyOf", field: 42, values: ["x"] }],
    ["NaN in a list", { kind: "anyOf", field: "employees", values: [Number.NaN] }],
    ["Infinity as a bound", { kind: "range", field: "employees", max: Number.POSITIVE_INFINITY }],
    ["-Infinity as a bound", { kind: "range", field: "employees", min: Number.NEGATIVE_INFINITY }],
    ["a number in exponent form", { kind: "range", field: "employees", min: 1e21 }],
    ["a string as a bound", { kind: "range", field: "employees", min: "1 OR 1=1" }],
    ["null as a value", { kind: "anyOf", field: "country", values: [null] }],
    ["an object as a value", { kind: "anyOf", field: "country", values: [{ toString: () => "x" }] }],
    ["values that are not a list", { kind: "anyOf", field: "country", values: "BG" }],
    ["a NaN geo centre", { kind: "geoRadius", center: { lat: Number.NaN, lng: 1 }, radiusKm: 5 }],
    ["a geo centre off the globe", { kind: "geoRadius", center: { lat: 91, lng: 1 }, radiusKm: 5 }],
    ["a missing geo centre", { kind: "geoRadius", radiusKm: 5 }],
    ["a zero radius", { kind: "geoRadius", center: { lat: 1, lng: 1 }, radiusKm: 0 }],
    ["an infinite radius", { kind: "geoRadius", center: { lat: 1, lng: 1 }, radiusKm: Number.POSITIVE_INFINITY }],
    ["an unknown kind", { kind: "raw", expression: "1 = 1" }],
  ])("refuses %s", (_, filter) => {
    expect(() => toFilterExpression("companies", [filter as unknown as SearchFilter])).toThrow(
      InvalidSearchRequestError,
    );
  });

  it("checks fields against the requested index", () => {
    const deadline: SearchFilter = { kind: "range", field: "deadlineDay", min: 20000 };
    expect(toFilterExpression("opportunities", [deadline])).toEqual(["deadlineDay >= 20000"]);
    expect(() => toFilterExpression("companies", [deadline])).toThrow(/deadlineDay/);
  });

  it("never emits a value outside quotes except checked numbers and booleans", () => {
    const values: FilterValue[] = [0, -0, 1.5, 1e-7, true, false, "true"];
    expect(toFilterExpression("companies", [{ kind: "anyOf", field: "employees", values }])).toEqual([
      'employees IN [0, 0, 1.5, 1e-7, true, false, "true"]',
    ]);
  });
});
