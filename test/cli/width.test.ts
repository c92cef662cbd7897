import fc from "fast-check";
import { charWidth, displayWidth, padEndDisplay, padStartDisplay } from "../../src/core/formats/width";

describe("display width", () => {
  it.each([
    ["a", 1],
    [" ", 1],
    ["话", 2], // CJK unified ideograph
    ["（", 2], // fullwidth parenthesis
    ["：", 2], // fullwidth colon
    ["、", 2], // CJK punctuation
    ["ア", 2], // katakana
    ["한", 2], // Hangul syllable
    ["￥", 2], // fullwidth yen sign
    ["¥", 1], // the ordinary yen sign is narrow
    ["×", 1], // ambiguous width: narrow, as most terminals draw it
    ["Σ", 1],
    ["\u0301", 0], // combining acute accent
    ["\u200b", 0], // zero-width space
    ["\n", 0],
    ["𠀀", 2], // CJK extension B (outside the BMP)
  ])("%p takes %p columns", (ch, w) => {
    expect(charWidth(ch)).toBe(w);
  });

  it("adds up over a mixed string", () => {
    expect(displayWidth("话务1")).toBe(5);
    expect(displayWidth("CNY/分钟")).toBe(8);
    expect(displayWidth("计税后每分钟应答成本")).toBe(20);
    expect(displayWidth("e\u0301")).toBe(1);
    expect(displayWidth("")).toBe(0);
  });

  it("is additive over concatenation (no state across characters)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => displayWidth(a + b) === displayWidth(a) + displayWidth(b)));
  });

  it("pads to exactly the width asked for, or leaves wider text alone", () => {
    const text = fc.oneof(fc.string(), fc.constantFrom("话务", "工时利用率", "CNY/通", "（整个文件）"));
    fc.assert(
      fc.property(text, fc.nat(40), (t, w) => {
        const end = padEndDisplay(t, w);
        const start = padStartDisplay(t, w);
        const expected = Math.max(w, displayWidth(t));
        return displayWidth(end) === expected && displayWidth(start) === expected && end.startsWith(t) && start.endsWith(t);
      }),
    );
  });
});
