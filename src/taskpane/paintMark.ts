/**
 * The performance mark the bench and the browser test read as "step 1 on screen": set once the
 * browser reports the page's first contentful paint — which on this page is step 1, whether
 * painted from the prerendered markup or by React — so the mark is never earlier than the paint.
 * Self-contained on purpose: prerender.tsx writes its source into the page's inline script.
 */
export function markFirstPaint(): void {
  // Typed as always there; older engines lack the list (and so paint timing).
  const types = typeof PerformanceObserver === "function" ? (PerformanceObserver.supportedEntryTypes as readonly string[] | undefined) : undefined;
  if (types?.includes("paint") !== true) {
    // No paint timing: after the next frame (a task queued from its animation callback runs after its paint).
    requestAnimationFrame(() => setTimeout(() => performance.mark("cc-wizard-visible"), 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName("first-contentful-paint").length === 0) return;
    observer.disconnect();
    performance.mark("cc-wizard-visible");
  });
  observer.observe({ type: "paint", buffered: true });
}
