/**
 * The pane's whole tree, the same on the page and at build time (prerender.tsx): the same tree
 * gives the same ids, so the page can take over the markup written into taskpane.html.
 */
import { StrictMode, useEffect } from "react";
import { RendererProvider, type GriffelRenderer } from "@fluentui/react-components";
import { App, type AppProps } from "./App";

interface RootProps extends Pick<AppProps, "initialLanguage" | "detect"> {
  readonly renderer: GriffelRenderer;
  readonly targetDocument?: Document;
  /** Once the tree is live on the page (after the App's own first effects). */
  readonly onLive?: () => void;
}

/** Placed after the App: effects run in tree order, so this one runs after the App's. */
function Live({ onLive }: { readonly onLive?: () => void }): null {
  useEffect(() => onLive?.(), [onLive]);
  return null;
}

export function Root(p: RootProps): JSX.Element {
  return (
    <StrictMode>
      <RendererProvider renderer={p.renderer} targetDocument={p.targetDocument}>
        <App initialLanguage={p.initialLanguage} detect={p.detect} />
      </RendererProvider>
      <Live onLive={p.onLive} />
    </StrictMode>
  );
}
