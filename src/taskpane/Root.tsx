/**
 * The pane's whole tree, the same on the page and at build time (prerender.tsx): the same tree
 * gives the same ids, so the page can take over the markup written into taskpane.html.
 */
import { StrictMode } from "react";
import { RendererProvider, type GriffelRenderer } from "@fluentui/react-components";
import { App, type AppProps } from "./App";

interface RootProps extends Pick<AppProps, "initialLanguage" | "detect"> {
  readonly renderer: GriffelRenderer;
  readonly targetDocument?: Document;
}

export function Root(p: RootProps): JSX.Element {
  return (
    <StrictMode>
      <RendererProvider renderer={p.renderer} targetDocument={p.targetDocument}>
        <App initialLanguage={p.initialLanguage} detect={p.detect} />
      </RendererProvider>
    </StrictMode>
  );
}
