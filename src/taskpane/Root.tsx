/**
 * The pane's whole tree, the same on the page and at build time (prerender.tsx): the same tree
 * gives the same ids, so the page can take over the markup written into taskpane.html.
 */
import { StrictMode } from "react";
import { RendererProvider, type GriffelRenderer } from "@fluentui/react-components";
import { App } from "./App";

export function Root(p: { readonly renderer: GriffelRenderer; readonly initialLanguage?: string; readonly targetDocument?: Document }): JSX.Element {
  return (
    <StrictMode>
      <RendererProvider renderer={p.renderer} targetDocument={p.targetDocument}>
        <App initialLanguage={p.initialLanguage} />
      </RendererProvider>
    </StrictMode>
  );
}
