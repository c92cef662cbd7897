/** The two languages CC Pricing speaks, and how one is chosen. */
import type { LocalizedText } from "../result";

export type Lang = "zh" | "en";

/** BCP 47 tag for <html lang>, Intl and Office. */
export const LANG_TAG: Readonly<Record<Lang, string>> = { zh: "zh-CN", en: "en-US" };

/** zh for any Chinese tag (zh-CN, zh-TW, zh_CN.UTF-8, zh-Hans …), en otherwise. */
export function languageFrom(tag: string | null | undefined): Lang {
  return typeof tag === "string" && /^zh(\b|_)/i.test(tag.trim()) ? "zh" : "en";
}

/** One language of a localized pair. */
export function pick(text: LocalizedText, lang: Lang): string {
  return lang === "zh" ? text.zh : text.en;
}
