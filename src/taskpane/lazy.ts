/**
 * The pane's second chunk (later.tsx): fetched once step 1 is on screen — when the browser is
 * next idle — so that it is there by the time the user moves on; asked for at once when a step
 * needs it first. Step 1's first render waits for none of it.
 */
import { useEffect, useState } from "react";
import type * as Later from "./later";

export type LaterParts = typeof Later;

let loaded: LaterParts | undefined;
let loading: Promise<LaterParts> | undefined;

/** Starts (or joins) the chunk's load; a failed load may be asked for again. */
export function loadLater(): Promise<LaterParts> {
  loading ??= import(/* webpackChunkName: "later" */ "./later").then(
    (parts) => (loaded = parts),
    (e: unknown) => {
      loading = undefined;
      throw e;
    },
  );
  return loading;
}

/** Fetch the chunk once the page is idle (at once where there is no idle callback, e.g. jsdom). */
export function preloadLater(): void {
  const start = (): void => void loadLater().catch(() => undefined);
  if (typeof requestIdleCallback === "function") requestIdleCallback(start, { timeout: 500 });
  else start();
}

export type LaterState = { readonly parts: LaterParts } | { readonly parts: undefined; readonly failed: string | undefined };

/**
 * The parts, or undefined while they load. `needed`: this render shows one of them, so their
 * arrival must re-render; otherwise the next render simply finds them (no update of its own).
 */
export function useLater(needed: boolean): LaterState {
  const [failed, setFailed] = useState<string | undefined>(undefined);
  const [, arrived] = useState(0);
  const parts = loaded;
  useEffect(() => {
    if (parts || !needed) return;
    let live = true;
    loadLater().then(
      () => live && arrived((n) => n + 1),
      (e: unknown) => live && setFailed(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [parts, needed]);
  return parts ? { parts } : { parts: undefined, failed };
}
