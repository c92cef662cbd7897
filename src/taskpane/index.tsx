/**
 * Entry of the task pane page (dist/taskpane.html). The page already shows step 1, rendered at
 * build time (prerender.tsx) in the language chosen by its inline script: this takes that markup
 * over (hydrates it) rather than building it again. The App then finds out in the background
 * whether it runs inside Excel (office.js may be absent: then it is standalone).
 */
import { createDOMRenderer } from "@fluentui/react-components";
import { createRoot, hydrateRoot } from "react-dom/client";
import { detectHost } from "./host";
import { markFirstPaint } from "./paintMark";
import { Root } from "./Root";

function container(): HTMLElement {
  const existing = document.getElementById("root") ?? document.getElementById("container");
  if (existing) return existing;
  const div = document.createElement("div");
  div.id = "root";
  document.body.appendChild(div);
  return div;
}

// Asked before React's first render, not after it: outside Excel office.js takes ~0.2 s to
// answer, and the workbook button waits for that answer.
const host = detectHost();
const root = container();
// Reads back Fluent's rules written into the page, so none is inserted a second time.
const renderer = createDOMRenderer(document);
/** The language of the markup on the page: the first render must be that very markup. */
const painted = root.querySelector("[data-lang]")?.getAttribute("data-lang") ?? undefined;
// The prerendered markup is inert (no focus, no clicks, nothing typed) until React has taken it
// over, so nothing done in that moment is lost (prerender.tsx).
const live = (): void => root.removeAttribute("inert");
const tree = <Root renderer={renderer} targetDocument={document} initialLanguage={painted} detect={() => host} onLive={live} />;
if (painted !== undefined) {
  hydrateRoot(root, tree);
} else {
  createRoot(root).render(tree);
  // Without the prerendered markup (its inline script marks the paint), the mark is set from here.
  markFirstPaint();
}
