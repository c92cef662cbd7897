/**
 * The stored scenario is untrusted input when a workbook is shared: every malformed or hostile
 * payload is refused with a reason (never thrown, never evaluated), and a valid one round-trips.
 */
import fc from "fast-check";
import type { Scenario } from "../../src/core/scenario";
import { encodeStoredScenario, MAX_STORED_CHARS, readStoredScenario, SCENARIO_NAMESPACE } from "../../src/workbook/storedScenario";
import { hostileName, scenarioArb } from "./arbitraries";
import { bidForecast, workedExample } from "../fixtures/examples";

const wrap = (body: string, attrs = `xmlns="${SCENARIO_NAMESPACE}" version="1"`): string => `<?xml version="1.0"?><scenario ${attrs}>${body}</scenario>`;
const jsonText = (s: unknown): string => JSON.stringify(s).replace(/&/g, "&amp;").replace(/</g, "&lt;");

describe("stored scenario round trip", () => {
  it("reads back exactly what it wrote, with the sheet name", () => {
    const s = workedExample;
    const r = readStoredScenario(encodeStoredScenario(s, "人工成本 'Q1' & <b>"));
    expect(r).toEqual({ ok: true, scenario: s, sheetName: "人工成本 'Q1' & <b>", warnings: [] });
  });

  it("round-trips any valid scenario (property, hostile names included)", () => {
    fc.assert(
      fc.property(scenarioArb, hostileName, (s, sheet) => {
        const r = readStoredScenario(encodeStoredScenario(s, sheet));
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.scenario).toEqual(s);
          expect(r.sheetName).toBe(sheet.replace(/[\uFFFE\uFFFF]/g, ""));
        }
      }),
      { numRuns: 200 },
    );
  });

  it("restores a scenario stored before version 2 as version 2, and stores version 2", () => {
    const { pricing: _pricing, ...unpriced } = workedExample;
    const r = readStoredScenario(wrap(jsonText({ ...unpriced, version: 1 })));
    expect(r).toEqual({ ok: true, scenario: unpriced, sheetName: "", warnings: [] });
    expect(encodeStoredScenario(unpriced, "s")).toContain("{&quot;version&quot;:2,");
    expect(workedExample.pricing).toBeDefined();
  });

  it("reads back a bid from a forecast exactly, and checks its typed text too (the per-seat cost names)", () => {
    expect(readStoredScenario(encodeStoredScenario(bidForecast, "投标"))).toEqual({ ok: true, scenario: bidForecast, sheetName: "投标", warnings: [] });
    const f = bidForecast.forecast;
    const hostile = { ...bidForecast, forecast: { ...f, perSeatMonth: [...f.perSeatMonth, { name: "=cmd|' /C calc'!A0", amount: 1 }] } };
    const r = readStoredScenario(encodeStoredScenario(hostile, "x"));
    expect(r.ok && r.warnings.map((w) => w.en.split(" ")[0])).toEqual([`forecast.perSeatMonth[${f.perSeatMonth.length}].name`]);
  });

  it("a stored bid that breaks the forecast's rules is refused with the field named", () => {
    const bad = { ...bidForecast, forecast: { ...bidForecast.forecast, intradayShares: bidForecast.forecast.intradayShares.map((x) => x * 2) } };
    const r = readStoredScenario(wrap(jsonText(bad)));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.en).toContain("forecast.intradayShares");
  });

  it("accepts a prefixed root bound to our namespace and single-quoted attributes", () => {
    const xml = `<cc:scenario xmlns:cc='${SCENARIO_NAMESPACE}' version='1'>${jsonText(workedExample)}</cc:scenario>`;
    expect(readStoredScenario(xml).ok).toBe(true);
  });
});

describe("hostile or broken stored scenarios are refused with a reason", () => {
  const cases: [string, unknown, string][] = [
    ["not text", 42, "notText"],
    ["empty", "", "badXml"],
    ["not XML", "hello", "badXml"],
    ["unclosed", `<scenario xmlns="${SCENARIO_NAMESPACE}" version="1">{}`, "badXml"],
    ["mismatched tags", `<scenario xmlns="${SCENARIO_NAMESPACE}" version="1">{}</other>`, "badXml"],
    ["child element", wrap(`<script>alert(1)</script>`), "badXml"],
    ["CDATA", wrap(`<![CDATA[{}]]>`), "badXml"],
    ["comment", wrap(`<!-- x -->{}`), "badXml"],
    ["DTD / entity expansion", `<!DOCTYPE scenario [<!ENTITY a "aaaaaaaa">]>` + wrap("&a;"), "doctype"],
    ["external entity", `<!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>` + wrap("&x;"), "doctype"],
    ["unknown entity", wrap("&nbsp;"), "badXml"],
    ["bare ampersand", wrap("a & b"), "badXml"],
    ["bad char reference", wrap("&#0;"), "badXml"],
    ["wrong namespace", wrap("{}", `xmlns="urn:someone-else" version="1"`), "wrongNamespace"],
    ["no namespace", wrap("{}", `version="1"`), "wrongNamespace"],
    ["wrong root", `<evil xmlns="${SCENARIO_NAMESPACE}" version="1">{}</evil>`, "wrongNamespace"],
    ["wrong storage version", wrap("{}", `xmlns="${SCENARIO_NAMESPACE}" version="2"`), "wrongVersion"],
    ["duplicate attribute", wrap("{}", `xmlns="${SCENARIO_NAMESPACE}" version="1" version="1"`), "badXml"],
    ["bad JSON", wrap("{not json"), "badJson"],
    ["JSON of a function", wrap("function(){}"), "badJson"],
    ["wrong scenario version", wrap(jsonText({ ...workedExample, version: 3 })), "badScenario"],
    ["prototype pollution key", wrap(`{"__proto__":{"polluted":true},"version":1}`), "badScenario"],
    ["negative count", wrap(jsonText({ ...workedExample, staffing: { ...workedExample.staffing, agents: -1 } })), "badScenario"],
    ["huge payload", wrap(`"${"x".repeat(MAX_STORED_CHARS)}"`), "tooLarge"],
  ];
  it.each(cases)("%s", (_label, input, code) => {
    const r = readStoredScenario(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.code).toBe(code);
      expect(r.reason.en.length).toBeGreaterThan(5);
      expect(r.reason.zh.length).toBeGreaterThan(2);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never throws on arbitrary text (property)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string().map((s) => wrap(s))), (text) => {
        const r = readStoredScenario(text);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 500 },
    );
  });

  it("keeps <script> and formula-like names as plain strings, with warnings naming the fields", () => {
    const s = workedExample;
    const hostile: Scenario = {
      ...s,
      name: "<script>alert('x')</script>",
      traffic: { ...s.traffic, streams: [{ name: "=HYPERLINK(\"http://evil\")", answered: 1, avgTalkSeconds: 1 }, ...s.traffic.streams] },
    };
    const r = readStoredScenario(encodeStoredScenario(hostile, "x"));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenario.name).toBe("<script>alert('x')</script>");
    expect(r.warnings.map((w) => w.en)).toEqual([expect.stringMatching(/^name contains HTML-like markup/), expect.stringMatching(/^traffic\.streams\[0\]\.name starts like a formula/)]);
  });

  it("checks every typed text field of the catalogue, in its order; notes may start like a formula", () => {
    const s = workedExample;
    const hostile: Scenario = {
      ...s,
      name: "=name",
      notes: "=a note may start so",
      traffic: { ...s.traffic, streams: [...s.traffic.streams, { name: "<b>line</b>", answered: 1, avgTalkSeconds: 1 }] },
      costs: { ...s.costs, labor: [{ name: "+wages", amount: 1 }], other: [{ name: "ok", amount: 1 }, { name: "@rent", amount: 2 }] },
    };
    const r = readStoredScenario(encodeStoredScenario(hostile, "x"));
    if (!r.ok) throw new Error("refused");
    expect(r.warnings.map((w) => w.en.split(" ")[0])).toEqual(["name", "traffic.streams[3].name", "costs.labor[0].name", "costs.other[1].name"]);
    const withMarkupNotes = readStoredScenario(encodeStoredScenario({ ...s, notes: "see <a href=x>" }, "x"));
    expect(withMarkupNotes.ok && withMarkupNotes.warnings.map((w) => w.en)).toEqual(["notes contains HTML-like markup; it is kept and shown as plain text"]);
  });

  it("stays fast on a large hostile payload near the limit", () => {
    // Linear-time parsing: a pathological attribute run must not backtrack for long.
    const nasty = `<scenario xmlns="${SCENARIO_NAMESPACE}"${" a='x'".repeat(200_000)}`;
    const r = readStoredScenario(nasty);
    expect(r.ok).toBe(false);
  });
});
