/**
 * The stored-scenario reader against hostile XML parts (issue 10): huge, deep, entity tricks,
 * wrong namespaces, `__proto__` and repeated keys in the JSON, numbers JSON cannot hold. Each is
 * refused with its code and a reason in both languages, never thrown, never evaluated, and
 * answered well within the watchdog (not a speed test: a hang would show here).
 */
import fc from "fast-check";
import { MAX_DEPTH, MAX_ITEMS } from "../../src/core/catalogue/limits";
import { encodeStoredScenario, MAX_STORED_CHARS, readStoredScenario, SCENARIO_NAMESPACE, type StoredRead } from "../../src/workbook/storedScenario";
import { workedExample } from "../fixtures/examples";

const WATCHDOG_MS = 5000;
const SEED = 20261002;
const ATTRS = `xmlns="${SCENARIO_NAMESPACE}" version="1"`;
const wrap = (body: string, attrs = ATTRS): string => `<?xml version="1.0"?><scenario ${attrs}>${body}</scenario>`;
const xmlText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
/** The worked example's JSON with `edit` applied to its text, as the element's content. */
const json = (edit: (text: string) => string = (t) => t): string => wrap(xmlText(edit(JSON.stringify(workedExample))));
/** The same, edited after the XML escaping: the edit's `&` and `<` reach the XML reader as they are. */
const escapedJson = (edit: (xml: string) => string): string => wrap(edit(xmlText(JSON.stringify(workedExample))));

function timed(input: unknown): StoredRead & { ms: number } {
  const started = performance.now();
  const r = readStoredScenario(input);
  return { ...r, ms: performance.now() - started };
}

function expectRefused(r: StoredRead & { ms: number }, code: string, reason?: RegExp): void {
  expect(r.ms).toBeLessThan(WATCHDOG_MS);
  expect(r.ok ? "accepted" : r.code).toBe(code);
  if (r.ok) return;
  expect(r.reason.en.length).toBeGreaterThan(5);
  expect(r.reason.zh.length).toBeGreaterThan(2);
  expect(r.reason.en.length).toBeLessThan(2000);
  if (reason) expect(r.reason.en).toMatch(reason);
}

const nested = (n: number): string => "[".repeat(n) + "]".repeat(n);

describe("hostile stored scenarios: each refused with a reason", () => {
  const cases: [string, string, string, RegExp?][] = [
    // Size
    ["one character over the cap", " ".repeat(MAX_STORED_CHARS + 1), "tooLarge"],
    ["a 10 MB part", wrap("x".repeat(10 * 1024 * 1024)), "tooLarge"],
    // Depth
    ["100 000 nested elements", `<scenario ${ATTRS}>${"<a>".repeat(100_000)}${"</a>".repeat(100_000)}</scenario>`, "badXml"],
    ["100 000 nested JSON arrays", wrap(nested(100_000)), "badJson", new RegExp(`nests deeper than ${MAX_DEPTH} levels`)],
    ["100 000 nested JSON objects", wrap('{"a":'.repeat(100_000) + "1" + "}".repeat(100_000)), "badJson", /nests deeper than/],
    ["JSON nested one past the limit inside the name", json((t) => t.replace(/"name":"[^"]*"/, `"name":${nested(MAX_DEPTH)}`)), "badJson", /nests deeper than/],
    // Entities
    ["billion laughs", `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>${wrap("&lol2;")}`, "doctype"],
    ["a lower-case doctype", `<!doctype scenario>${wrap("{}")}`, "doctype"],
    ["an entity declaration without a DTD", `${wrap("{}")}<!ENTITY x "y">`, "doctype"],
    ["&constructor; in the text", escapedJson((x) => x.replace(/"name":"[^"]*"/, '"name":"&constructor;"')), "badXml", /unknown or malformed entity/],
    ["&toString; in an attribute", wrap("{}", `xmlns="${SCENARIO_NAMESPACE}" version="&toString;"`), "badXml", /attribute version has an unknown entity/],
    ["&__proto__; in the sheet name", wrap("{}", `${ATTRS} sheet="&__proto__;"`), "badXml"],
    ["&valueOf;", wrap("&valueOf;"), "badXml"],
    ["&hasOwnProperty; (longer than any entity)", wrap("&hasOwnProperty;"), "badXml"],
    ["a character reference past Unicode", wrap("&#x110000;"), "badXml"],
    ["a surrogate by reference", wrap("&#xD800;"), "badXml"],
    ["a reference with too many digits", wrap("&#00000065;"), "badXml"],
    ["a NUL by reference", wrap("&#x0;"), "badXml"],
    ["an unterminated reference", wrap("&amp"), "badXml"],
    // Namespaces and shape
    ["another namespace", wrap("{}", `xmlns="urn:cc-pricing:scenario:v2" version="1"`), "wrongNamespace"],
    ["our namespace with a trailing space", wrap("{}", `xmlns="${SCENARIO_NAMESPACE} " version="1"`), "wrongNamespace"],
    ["a prefix bound to another namespace", `<cc:scenario xmlns:cc="urn:evil" xmlns="${SCENARIO_NAMESPACE}" version="1">{}</cc:scenario>`, "wrongNamespace"],
    ["a prefix never bound", `<cc:scenario version="1">{}</cc:scenario>`, "wrongNamespace"],
    ["the namespace declared twice", wrap("{}", `xmlns="${SCENARIO_NAMESPACE}" xmlns="urn:evil" version="1"`), "badXml"],
    ["a processing instruction inside", wrap("<?php system('x'); ?>{}"), "badXml"],
    ["a second root element", `${wrap("{}")}<scenario ${ATTRS}>{}</scenario>`, "badXml"],
    ["a million spaces before the end of the tag", `<scenario ${ATTRS}${" ".repeat(1_000_000)}x>{}</scenario>`, "badXml"],
    ["200 000 attributes", `<scenario ${ATTRS}${" a='x'".repeat(200_000)}>{}</scenario>`, "badXml"],
    // The JSON inside
    ["a __proto__ key", json((t) => t.replace(/^\{/, '{"__proto__":{"polluted":true},')), "badScenario", /unknown field "__proto__"/],
    ["a constructor key in a traffic line", json((t) => t.replace('"streams":[{', '"streams":[{"constructor":{"prototype":{"polluted":true}},')), "badScenario", /traffic\.streams\[0\]: has an unknown field "constructor"/],
    ["a repeated key", json((t) => t.replace(/^\{/, '{"taxRate":0.5,')), "badJson", /taxRate: is given more than once/],
    ["a repeated key spelt with an escape", json((t) => t.replace('"agents":', '"agents":1,"\\u0061gents":')), "badJson", /staffing\.agents: is given more than once/],
    ["1e309", json((t) => t.replace(/"agents":[\d.]+/, '"agents":1e309')), "badScenario", /staffing\.agents/],
    ["a list of 400 000 numbers", json((t) => t.replace(/"streams":\[.*?\]\}/, `"streams":[${Array(400_000).fill(1).join(",")}]}`)), "badScenario", /traffic\.streams: must have at most 1000 entries \(has 400000\)/],
    [
      "3 000 problems: 5 listed, the rest counted",
      json((t) => t.replace(/"streams":\[.*?\]\}/, `"streams":${JSON.stringify(Array(MAX_ITEMS).fill({ name: 1, answered: "x", avgTalkSeconds: null }))}}`)),
      "badScenario",
      /\(\+2995\)$/,
    ],
    ["a name of a million characters", json((t) => t.replace(/"name":"[^"]*"/, `"name":"${"n".repeat(1_000_000)}"`)), "badScenario", /^is not a valid scenario: name: must be at most 200 characters long$/],
    ["raw control characters in the JSON", wrap("{\u0001}"), "badJson"],
    ["not text at all", "", "badXml"],
  ];

  // As objects: jest would hand a missing last element of a row over as its `done` callback.
  it.each(cases.map(([name, xml, code, reason]) => [name, { xml, code, reason }] as const))("%s", (_name, c) => {
    expectRefused(timed(c.xml), c.code, c.reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("a part just under the cap that holds a valid scenario is read (whitespace is JSON's)", () => {
    const valid = encodeStoredScenario(workedExample, "s");
    const padded = valid.replace("</scenario>", `${" ".repeat(MAX_STORED_CHARS - valid.length)}</scenario>`);
    expect(padded.length).toBe(MAX_STORED_CHARS);
    const r = timed(padded);
    expect(r.ms).toBeLessThan(WATCHDOG_MS);
    expect(r.ok && r.scenario).toEqual(workedExample);
  });

  it("a valid scenario whose text looks like entities stays text (&amp;constructor; is the name \"&constructor;\")", () => {
    const r = readStoredScenario(encodeStoredScenario({ ...workedExample, name: "&constructor; &__proto__;" }, "s"));
    expect(r.ok && r.scenario.name).toBe("&constructor; &__proto__;");
  });
});

describe("hostile stored scenarios (generated, seed printed on failure)", () => {
  const fragment = fc.oneof(
    fc.constantFrom("&constructor;", "&__proto__;", "&toString;", "&amp;", "&lt;", "&#x41;", "&#xD800;", "&#1114112;", "<", ">", "<!DOCTYPE", "<![CDATA[", "<a>", "</a>", "]]>", '"', "'", "\u0000", "\uFFFE"),
    fc.constantFrom('{"__proto__":{"polluted":1}}', '{"version":1,"version":1}', "[[[[[[", "1e309", nested(40)),
    fc.string({ unit: "binary", maxLength: 12 }),
  );
  const xml = fc.tuple(fc.array(fragment, { maxLength: 12 }), fc.constantFrom(ATTRS, `xmlns="urn:x" version="1"`, `${ATTRS} sheet="&toString;"`, `${ATTRS} version="2"`)).map(([parts, attrs]) => wrap(parts.join(""), attrs));
  const spliced = fc.tuple(fc.nat(), fragment).map(([at, f]) => {
    const valid = encodeStoredScenario(workedExample, "s");
    const i = at % valid.length;
    return valid.slice(0, i) + f + valid.slice(i);
  });

  it("never throws, always answers with a reason in both languages, pollutes nothing", () => {
    fc.assert(
      fc.property(fc.oneof(xml, spliced), (input) => {
        const r = timed(input);
        expect(r.ms).toBeLessThan(WATCHDOG_MS);
        if (!r.ok) expect([r.reason.en.length > 0, r.reason.zh.length > 0]).toEqual([true, true]);
        // Whatever version was stored, the reader answers the current one (version 1 is read as 2).
        else expect(r.scenario.version).toBe(2);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
