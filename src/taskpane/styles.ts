/**
 * Layout shared by the steps: one column at the task pane's ~320 px, more when there is room.
 *
 * A plain stylesheet, inserted once, not makeStyles: Fluent's own components ship their styles
 * precompiled, but a makeStyles of ours is resolved at run time on first use — 20+ ms of the
 * pane's first render for these few layout classes. The colours and sizes are still Fluent's
 * tokens (CSS variables the FluentProvider sets). Rules that adjust a Fluent component (the
 * input's width, the problem links) double their class to outrank its own single-class rules.
 */
import { tokens as t } from "@fluentui/react-components";

const CLASSES = {
  app: "cc-app",
  banner: "cc-banner",
  header: "cc-header",
  title: "cc-title",
  toolbar: "cc-toolbar",
  nav: "cc-nav",
  navItem: "cc-nav-item",
  section: "cc-section",
  heading: "cc-heading",
  subheading: "cc-subheading",
  grid: "cc-grid",
  input: "cc-input",
  fieldset: "cc-fieldset",
  legend: "cc-legend",
  rowActions: "cc-row-actions",
  footer: "cc-footer",
  footerText: "cc-footer-text",
  hint: "cc-hint",
  table: "cc-table",
  th: "cc-th",
  thHead: "cc-th-head",
  td: "cc-td",
  total: "cc-total",
  formula: "cc-formula",
  cards: "cc-cards",
  card: "cc-card",
  figure: "cc-figure",
  figureUnit: "cc-figure-unit",
  problemLink: "cc-problem-link",
  chart: "cc-chart",
  groups: "cc-groups",
  results: "cc-results",
  nowrap: "cc-nowrap",
  swatch: "cc-swatch",
  scroll: "cc-scroll",
  verdict: "cc-verdict",
  sub: "cc-sub",
  list: "cc-list",
  srOnly: "cc-sr-only",
  pre: "cc-pre",
  compact: "cc-compact",
  caption: "cc-caption",
} as const;

/** The layout stylesheet (also written into taskpane.html at build time, see prerender.tsx). */
export const LAYOUT_CSS = `
.cc-app{box-sizing:border-box;max-width:880px;margin:0 auto;padding:12px;display:flex;flex-direction:column;row-gap:12px;min-width:0}
.cc-banner{display:flex;flex-direction:column;row-gap:12px}
.cc-header{display:flex;flex-wrap:wrap;align-items:flex-end;column-gap:12px;row-gap:8px}
.cc-title{flex-grow:1;min-width:180px;margin:0;font-size:20px;line-height:28px}
.cc-toolbar{display:flex;flex-wrap:wrap;column-gap:8px;row-gap:8px;align-items:center}
.cc-nav{list-style-type:none;margin:0;padding:0;display:flex;flex-wrap:wrap;column-gap:4px;row-gap:4px}
.cc-nav-item{display:flex}
.cc-section{display:flex;flex-direction:column;row-gap:12px;min-width:0}
.cc-heading{margin:0;font-size:${t.fontSizeBase500};line-height:${t.lineHeightBase500}}
.cc-heading:focus{outline-style:none}
.cc-heading:focus-visible{outline:2px solid ${t.colorStrokeFocus2}}
.cc-subheading{margin:0;font-size:${t.fontSizeBase400};line-height:${t.lineHeightBase400}}
.cc-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));column-gap:12px;row-gap:8px;align-items:start}
.cc-grid>*{min-width:0}
.cc-input.cc-input{min-width:0}
.cc-fieldset{border:1px solid ${t.colorNeutralStroke2};border-radius:${t.borderRadiusMedium};padding:8px 12px 12px;margin:0;min-width:0;display:flex;flex-direction:column;row-gap:8px}
.cc-legend{font-weight:${t.fontWeightSemibold};padding:0 4px}
.cc-row-actions{display:flex;justify-content:flex-end}
.cc-footer{display:flex;justify-content:space-between;column-gap:8px;align-items:center}
.cc-footer-text{flex-grow:1;flex-shrink:1;min-width:0;text-align:center;color:${t.colorNeutralForeground3};font-size:${t.fontSizeBase200}}
.cc-hint{color:${t.colorNeutralForeground3};font-size:${t.fontSizeBase200};margin:0}
.cc-table{width:100%;border-collapse:collapse;font-variant-numeric:tabular-nums}
.cc-th{text-align:left;font-weight:${t.fontWeightRegular};padding:6px 8px 6px 0;border-bottom:1px solid ${t.colorNeutralStroke2};vertical-align:top}
.cc-th-head{text-align:left;padding:4px 8px 4px 0;border-bottom:2px solid ${t.colorNeutralStroke1}}
.cc-td{text-align:right;padding:6px 0;border-bottom:1px solid ${t.colorNeutralStroke2};white-space:nowrap;vertical-align:top}
.cc-td+.cc-td{padding-left:12px}
.cc-total{font-weight:${t.fontWeightSemibold}}
.cc-formula{display:block;color:${t.colorNeutralForeground3};font-size:${t.fontSizeBase200}}
.cc-cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));column-gap:12px;row-gap:12px}
.cc-card{border:1px solid ${t.colorNeutralStroke2};border-radius:${t.borderRadiusMedium};padding:12px;display:flex;flex-direction:column;row-gap:8px;min-width:0}
.cc-figure{font-size:${t.fontSizeBase500};font-weight:${t.fontWeightSemibold};font-variant-numeric:tabular-nums;margin:0}
.cc-figure-unit{font-size:${t.fontSizeBase300};font-weight:${t.fontWeightRegular}}
.cc-problem-link.cc-problem-link{font-size:inherit;text-align:left;cursor:pointer;text-decoration-line:underline}
.cc-problem-link.cc-problem-link:focus-visible{outline:2px solid ${t.colorStrokeFocus2};outline-offset:1px;border-radius:${t.borderRadiusSmall}}
.cc-chart{width:100%;height:auto;display:block}
.cc-groups{display:grid;grid-template-columns:repeat(auto-fit,minmax(260px,1fr));column-gap:12px;row-gap:12px;align-items:start}
.cc-results{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(380px,100%),1fr));column-gap:24px;row-gap:16px;align-items:start}
.cc-nowrap{white-space:nowrap}
.cc-swatch{display:inline-block;width:14px;height:0;border-top:3px solid currentColor;vertical-align:middle;margin-right:6px}
.cc-scroll{overflow-x:auto;max-width:100%}
.cc-verdict{margin:0;padding:8px 12px;border-left:3px solid ${t.colorBrandStroke1};background:${t.colorNeutralBackground2}}
.cc-sub{display:block;color:${t.colorNeutralForeground3};font-size:${t.fontSizeBase200};font-weight:${t.fontWeightRegular}}
.cc-list{margin:4px 0 0;padding-left:20px}
.cc-sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.cc-pre{white-space:pre-wrap;word-break:break-word;margin:0;font-family:inherit}
.cc-compact .cc-td+.cc-td{padding-left:8px}
.cc-caption{text-align:start;font-weight:${t.fontWeightSemibold};padding:0 0 4px}
`;

/** Marks the layout stylesheet's element, so it goes into a page once. */
export const LAYOUT_STYLE_ATTRIBUTE = "data-cc-styles";

let inserted = false;

/** The layout's class names; the stylesheet goes into the page on first use, unless the page has it already. */
export function useStyles(): typeof CLASSES {
  if (!inserted && typeof document !== "undefined") {
    inserted = true;
    if (document.querySelector(`style[${LAYOUT_STYLE_ATTRIBUTE}]`)) return CLASSES;
    const style = document.createElement("style");
    style.setAttribute(LAYOUT_STYLE_ATTRIBUTE, "");
    style.textContent = LAYOUT_CSS;
    // First in <head>: Fluent's rules come after it (ours that adjust them outrank them by specificity).
    document.head.insertBefore(style, document.head.firstChild);
  }
  return CLASSES;
}
