/**
 * Where the task pane runs: inside Excel (Office.js says host Excel) or standalone in a browser.
 * The page loads office.js, but it may be missing (a plain file server, no network): then
 * `Office` is undefined and the pane is simply standalone.
 */

export type HostInfo = { readonly kind: "excel"; readonly displayLanguage: string | undefined } | { readonly kind: "standalone" };

/** `promise`, or null after `ms`; the timer is cleared once either settles, so none outlives the race. */
async function orNullAfter<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Office.onReady resolves at once in Excel and after ~0.2 s elsewhere (host null); the timeout
 * only guards against an office.js that never calls back.
 */
export async function detectHost(timeoutMs = 5000): Promise<HostInfo> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { kind: "standalone" };
  try {
    const info = await orNullAfter(Office.onReady(), timeoutMs);
    // Compared as a string: Office.HostType may be absent when office.js loaded only in part.
    if (info !== null && String(info.host) === "Excel") {
      // Typed as always present, but absent when office.js loaded only in part.
      const context = Office.context as Office.Context | undefined;
      return { kind: "excel", displayLanguage: context?.displayLanguage };
    }
  } catch {
    // An office.js that throws outside Office is as good as none.
  }
  return { kind: "standalone" };
}

/** The browser's language, for standalone use. */
export function browserLanguage(): string | undefined {
  if (typeof navigator === "undefined") return undefined;
  // Older browsers have no navigator.languages, whatever the DOM typings say.
  const languages = navigator.languages as readonly string[] | undefined;
  return languages?.[0] ?? navigator.language;
}
