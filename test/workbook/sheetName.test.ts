import fc from "fast-check";
import { cleanSheetName, MAX_SHEET_NAME, uniqueSheetName } from "../../src/workbook/sheetName";

/** Excel's rules, checked independently of the implementation. */
function valid(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}

describe("sheet names", () => {
  it("cleans names to Excel's rules", () => {
    expect(cleanSheetName("a[b]:c*d?e/f\\g")).toBe("a_b__c_d_e_f_g");
    expect(cleanSheetName("'quoted'")).toBe("quoted");
    expect(cleanSheetName("History")).toBe("Scenario");
    expect(cleanSheetName("   ")).toBe("Scenario");
    // A bilingual "zh / en" name is named by its first part (issue 12: not "… _ Labour").
    expect(cleanSheetName("人工成本测算 worked example / Labour cost breakdown")).toBe("人工成本测算 worked example");
    expect(cleanSheetName("Outbound leads, seed 000 case, priced per lead")).toBe("Outbound leads, seed 000 case,");
    expect(cleanSheetName("a/b / c")).toBe("a_b");
    expect(cleanSheetName("x".repeat(40))).toHaveLength(MAX_SHEET_NAME);
    // A surrogate pair is never split.
    expect(cleanSheetName(`${"x".repeat(30)}😀`)).toBe("x".repeat(30));
  });

  it("always yields a valid name, unique ignoring case (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), fc.array(fc.string({ maxLength: 40 }), { maxLength: 10 }), (name, taken) => {
        const existing = [...taken, cleanSheetName(name), `${cleanSheetName(name).slice(0, 27)} (2)`];
        const n = uniqueSheetName(name, existing);
        expect(valid(n)).toBe(true);
        expect(existing.map((t) => t.toLowerCase())).not.toContain(n.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });
});
