import fc from "fast-check";
import { renderTable } from "../../src/cli/table";
import { formatExact, formatFixed, formatPercent, formatUpTo } from "../../src/core/formats/number";
import { displayWidth } from "../../src/core/formats/width";
import { D } from "../../src/core/decimal";

describe("number formatting from exact decimals", () => {
  it("groups thousands and keeps 2 decimals, in both locales", () => {
    expect(formatFixed(new D(167600), 2, "en")).toBe("167,600.00");
    expect(formatFixed(new D(167600), 2, "zh")).toBe("167,600.00");
    expect(formatFixed(new D("24566590"), 2, "en")).toBe("24,566,590.00");
    expect(formatFixed(new D("999.995"), 2, "en")).toBe("1,000.00");
  });

  it("rounds half up on the decimal, not on a double (2.675 is 2.67499… as a double)", () => {
    expect((2.675).toFixed(2)).toBe("2.67"); // the double's way, which we must not follow
    expect(formatFixed(new D("2.675"), 2, "en")).toBe("2.68");
    expect(formatFixed(new D("0.125"), 2, "en")).toBe("0.13");
    expect(formatFixed(new D("-0.125"), 2, "en")).toBe("-0.13");
  });

  it("keeps every digit of numbers beyond a double's 15–17", () => {
    expect(formatFixed(new D("12345678901234567890.125"), 2, "en")).toBe("12,345,678,901,234,567,890.13");
    expect(formatExact(new D("126251.0930232558139534883720930232558140"), "en")).toBe("126,251.093023255813953488372093023255814");
  });

  it("never shows -0.00", () => {
    expect(formatFixed(new D("-0.001"), 2, "en")).toBe("0.00");
    expect(formatUpTo(new D("-0.001"), 2, "en")).toBe("0");
  });

  it("formatUpTo drops trailing zeros", () => {
    expect(formatUpTo(new D("126251.0930"), 2, "en")).toBe("126,251.09");
    expect(formatUpTo(new D("34416930"), 2, "en")).toBe("34,416,930");
    expect(formatUpTo(new D("0.5"), 2, "zh")).toBe("0.5");
  });

  it("shows ratios as percentages with 2 decimals", () => {
    expect(formatPercent(new D("0.68000016596"), "en")).toBe("68.00");
    expect(formatPercent(new D("0.06"), "zh")).toBe("6.00");
    expect(formatPercent(new D("0.155"), "en", true)).toBe("15.5");
  });

  it("matches Intl's grouping of the same integer part (property)", () => {
    const nf = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    fc.assert(
      // Up to 10^12 a double's spacing is ≤ 2^-12, far below half a cent, so Number(text) rounds
      // back to the same 2 places and Intl on the double is a fair oracle for the grouping.
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (int, cents) => {
        const text = `${int}.${String(cents).padStart(2, "0")}`;
        return formatFixed(new D(text), 2, "en") === nf.format(Number(text));
      }),
    );
  });
});

describe("renderTable", () => {
  /** Display columns at which each cell of a line starts, given the cells' known texts. */
  function columnStart(line: string, cell: string): number {
    const i = line.indexOf(cell);
    if (i < 0) throw new Error(`"${cell}" not in "${line}"`);
    return displayWidth(line.slice(0, i));
  }

  it("lines up columns after Chinese labels by display width, not string length", () => {
    const out = renderTable(
      ["项目", "数值", "单位"],
      [
        ["招聘成本", "167,600.00", "CNY"],
        ["计税后每分钟应答成本", "0.76", "CNY/分钟"],
        ["Tax", "1,473,995.40", "CNY"],
      ],
      ["left", "decimal", "left"],
      "zh",
    );
    const lines = out.trimEnd().split("\n");
    const body = lines.slice(2);
    const units = ["CNY", "CNY/分钟", "CNY"];
    const starts = body.map((l, i) => columnStart(l, units[i] as string));
    expect(new Set(starts).size).toBe(1);
    // Right-aligned values end at the same column (two spaces before the unit).
    for (const l of body) expect(l).toMatch(/\d {2}CNY/);
    expect(lines[1]).toMatch(/^-+$/);
    expect(displayWidth(lines[1] as string)).toBe(Math.max(...lines.map(displayWidth)));
  });

  it("aligns decimal separators when some numbers have no fraction", () => {
    const out = renderTable(["k", "v", "u"], [["a", "34,416,930", "min"], ["b", "68.00", "%"], ["c", "1.5", "x"]], ["left", "decimal", "left"], "en");
    const body = out.trimEnd().split("\n").slice(2);
    const dots = body.filter((l) => l.includes(".")).map((l) => l.indexOf("."));
    expect(new Set(dots).size).toBe(1);
    // The integer ends where the decimal separator of the others is.
    expect((body[0] as string).indexOf("0 ")).toBe((dots[0] as number) - 1);
  });

  it("leaves no trailing spaces and ends with a newline", () => {
    const out = renderTable(["a", "b"], [["x", "1"], ["长标签", ""]], ["left", "left"], "en");
    expect(out.endsWith("\n")).toBe(true);
    for (const line of out.slice(0, -1).split("\n")) expect(line).toBe(line.trimEnd());
  });

  it("keeps every column aligned for any mix of wide and narrow labels (property)", () => {
    const label = fc.array(fc.constantFrom("a", "Z", "话", "务", "（", "1", " ", "×"), { minLength: 1, maxLength: 12 }).map((cs) => cs.join("").trim() || "x");
    fc.assert(
      fc.property(fc.array(fc.tuple(label, fc.integer({ min: 0, max: 10 ** 9 })), { minLength: 1, maxLength: 8 }), (rows) => {
        const out = renderTable(["项目", "数值", "单位"], rows.map(([l, n]) => [l, formatFixed(new D(n), 2, "en"), "U"]), ["left", "decimal", "left"], "en");
        const body = out.trimEnd().split("\n").slice(2);
        const unitCols = body.map((l) => displayWidth(l) - 1); // the unit "U" is the last character
        return new Set(unitCols).size === 1;
      }),
    );
  });
});
