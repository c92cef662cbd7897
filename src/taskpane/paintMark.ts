/**
 * The performance mark the bench reads as "step 1 on screen": the page's first contentful paint,
 * which on this page is step 1 — painted from the prerendered markup, or by React where there is
 * none — dated at that paint.
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
    const paint = list.getEntriesByName("first-contentful-paint")[0];
    if (paint === undefined) return;
    observer.disconnect();
    // Dated at the paint itself: the observer is told later, when the page's scripts let it.
    performance.mark("cc-wizard-visible", { startTime: paint.startTime });
  });
  observer.observe({ type: "paint", buffered: true });
}
