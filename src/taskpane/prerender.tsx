/**
 * Build time (webpack.config.js through scripts/prerender-pane.ts, in Node): step 1 rendered to HTML in both languages, with the
 * CSS it needs, written into taskpane.html — so the page paints the wizard as soon as it is
 * parsed, and taskpane.js takes that markup over (hydrates it) instead of building it. A small
 * script in the page picks the language the App itself would pick first (the same functions).
 */
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { createDOMRenderer, renderToStyleElements } from "@fluentui/react-components";
import { LANG_TAG, languageFrom, type Lang } from "../core/sentences/lang";
import { browserLanguage } from "./host";
import { markFirstPaint } from "./paintMark";
import { Root } from "./Root";
import { LAYOUT_CSS, LAYOUT_STYLE_ATTRIBUTE } from "./styles";

export interface Prerendered {
  /** For <head>: the layout stylesheet, then Fluent's rules for what the markup uses. */
  readonly head: string;
  /** For <body>: the root element holding step 1 in the page's language, and the script that chooses it. */
  readonly body: string;
}

const LANGS: readonly Lang[] = ["zh", "en"];

export function prerender(): Prerendered {
  const renderer = createDOMRenderer();
  // One renderer for both: its rules are those of either language's markup.
  const panes = LANGS.map((lang) => `<template id="cc-pane-${lang}">${renderToString(<Root renderer={renderer} initialLanguage={lang} />)}</template>`);
  const fluentCss = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  // The App starts in languageFrom(browserLanguage()) (state.ts); index.tsx then reads the
  // language painted from the markup's data-lang, so the two always agree.
  const choose = [
    `var lang=(${languageFrom.toString()})((${browserLanguage.toString()})());`,
    `var root=document.getElementById("root");`,
    // Inert until taskpane.js has taken it over (index.tsx): what looks ready must not swallow input.
    `root.setAttribute("inert","");`,
    `root.appendChild(document.getElementById("cc-pane-"+lang).content);`,
    `document.documentElement.lang=${JSON.stringify(LANG_TAG)}[lang];`,
    `(${markFirstPaint.toString()})();`,
  ].join("");
  return {
    head: `<style ${LAYOUT_STYLE_ATTRIBUTE}>${LAYOUT_CSS}</style>${fluentCss}`,
    body: `<div id="root"></div>${panes.join("")}<script>${choose}</script>`,
  };
}
