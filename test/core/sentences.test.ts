/** The sentence book's own rules: both languages everywhere, one key space, each side in its script. */
import { BOOK_PARTS, SENTENCES, type Sentence } from "../../src/core/sentences";

/** Ideographs, CJK punctuation (、。) and full-width forms (（）：). */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/**
 * Keys whose English must keep Chinese script, and keys whose Chinese side has none: the
 * language switch names each language in itself (中文 / English), in both interfaces; and two
 * patterns that only join words and figures, spaced in English and unspaced in Chinese
 * ("6 %" / "6%", "answered is required" / "应答量必填").
 */
const ENGLISH_WITH_CHINESE: ReadonlySet<string> = new Set<string>(["paneLanguageZh"]);
const CHINESE_WITHOUT_CJK: ReadonlySet<string> = new Set<string>(["paneLanguageEn", "panePercent", "panePasteField"]);

/** Figures to fill a sentence with; any of a sentence's parameters accepts a short numeral. */
const SAMPLE = ["3", "7", "12", "5"];

const entries: [string, string, Sentence][] = Object.entries(BOOK_PARTS).flatMap(([partName, book]) =>
  Object.entries(book as Readonly<Record<string, Sentence>>).map(([key, s]): [string, string, Sentence] => [partName, key, s]),
);

/** Both sides as text: a string as is, a function called with sample figures. */
function texts(s: Sentence): { en: string; zh: string } {
  const say = (w: Sentence["en"]): string => (typeof w === "string" ? w : (w as (...a: string[]) => string)(...SAMPLE.slice(0, w.length)));
  return { en: say(s.en), zh: say(s.zh) };
}

describe("the sentence book", () => {
  it("has parts, and every part has entries", () => {
    expect(entries.length).toBeGreaterThan(0);
    for (const book of Object.values(BOOK_PARTS)) expect(Object.keys(book).length).toBeGreaterThan(0);
  });

  it("defines no key in two parts", () => {
    const keys = entries.map(([, key]) => key);
    const twice = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(twice).toEqual([]);
    expect(keys.length).toBe(Object.keys(SENTENCES).length);
  });

  it.each(entries)("%s.%s has both languages, of the same kind and arity, saying something", (_part, _key, s) => {
    expect(Object.keys(s).sort()).toEqual(["en", "zh"]);
    expect(typeof s.en).toBe(typeof s.zh);
    expect(["string", "function"]).toContain(typeof s.en);
    if (typeof s.en === "function" && typeof s.zh === "function") expect(s.en.length).toBe(s.zh.length);
    const { en, zh } = texts(s);
    expect(typeof en).toBe("string");
    expect(typeof zh).toBe("string");
    expect(en.trim()).not.toBe("");
    expect(zh.trim()).not.toBe("");
  });

  it.each(entries)("%s.%s: Chinese in Chinese script, English without it", (_part, key, s) => {
    const { en, zh } = texts(s);
    if (!CHINESE_WITHOUT_CJK.has(key)) expect(zh).toMatch(CJK);
    if (!ENGLISH_WITH_CHINESE.has(key)) expect(en).not.toMatch(CJK);
  });

  it("lists as exceptions only keys that exist and need it", () => {
    for (const key of ENGLISH_WITH_CHINESE) expect(texts(SENTENCES[key as keyof typeof SENTENCES]).en).toMatch(CJK);
    for (const key of CHINESE_WITHOUT_CJK) expect(texts(SENTENCES[key as keyof typeof SENTENCES]).zh).not.toMatch(CJK);
  });
});
