/**
 * What every lazily loaded chart of the pane needs around it: whether this DOM can draw one, a
 * boundary that shows a line instead when its chunk fails to load, a line while it loads, and the
 * width of its box (Fluent's charts size themselves only when their props change).
 */
import { Component, Suspense, useEffect, useRef, useState, type ReactNode } from "react";
import { useStyles } from "./styles";

/**
 * The charts measure their labels with SVG text metrics; a DOM without layout (jsdom) has none, and
 * there the chart is left out (the table beside it has every figure). Every browser has them.
 */
export function canDrawChart(): boolean {
  return typeof SVGTextContentElement === "function" && typeof SVGTextContentElement.prototype.getComputedTextLength === "function";
}

/** A failed chunk load shows a line instead of the chart; the table still has every figure. */
class ChartBoundary extends Component<{ readonly fallback: ReactNode; readonly children: ReactNode }, { readonly failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** A lazy chart with its loading and failure lines; nothing where no chart can be drawn. */
export function LazyChart(p: { readonly loading: string; readonly failed: string; readonly children: ReactNode }): JSX.Element | null {
  const s = useStyles();
  if (!canDrawChart()) return null;
  return (
    <ChartBoundary fallback={<p className={s.hint}>{p.failed}</p>}>
      <Suspense
        fallback={
          <p className={s.hint} aria-busy="true">
            {p.loading}
          </p>
        }
      >
        {p.children}
      </Suspense>
    </ChartBoundary>
  );
}

/** The box's width, followed as the pane is resized. */
export function useWidth(): [React.RefObject<HTMLDivElement>, number | undefined] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | undefined>(undefined);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = (): void => setWidth(Math.floor(el.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver !== "function") return;
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => watch.disconnect();
  }, []);
  return [ref, width];
}
