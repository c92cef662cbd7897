/**
 * What the browser tests check of the page's layout, run inside the page: the document does not
 * scroll sideways, and no input, label, icon, button or message sticks out of any box it sits in
 * (every ancestor that lays out a box, up to <body>), nor cuts its own text. Screen-reader-only
 * text (1 px, clipped on purpose) and what is not rendered are left out.
 */

/** Inside the page: one line per problem, empty when the layout is clean. */
export function layoutProblems(): string[] {
  const TOLERANCE = 0.5;
  const problems: string[] = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth) problems.push(`the document scrolls sideways: ${doc.scrollWidth} px of content in ${doc.clientWidth} px`);
  const describe = (el: Element): string => {
    const id = el.id ? `#${el.id}` : "";
    const cls = typeof el.className === "string" && el.className ? `.${el.className.trim().split(/\s+/).filter((c) => c.startsWith("cc-") || c.startsWith("fui-")).join(".")}` : "";
    const text = (el.textContent ?? "").trim().slice(0, 40);
    return `<${el.tagName.toLowerCase()}${id}${cls === "." ? "" : cls}>${text ? ` "${text}"` : ""}`;
  };
  const checked = [
    "input:not([type=hidden])",
    "textarea",
    "select",
    "label",
    "legend",
    "button",
    "a",
    "svg",
    "h1, h2, h3, h4",
    "p",
    "li",
    "th, td",
    ".fui-Field__validationMessage",
    ".fui-Field__hint",
    ".fui-MessageBar",
    "[role=alert]",
  ].join(", ");
  for (const el of Array.from(document.querySelectorAll(checked))) {
    if (el.closest(".cc-sr-only")) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
      const display = getComputedStyle(a).display;
      if (display === "inline" || display === "contents") continue;
      const box = a.getBoundingClientRect();
      const out = [r.left < box.left - TOLERANCE ? `${(box.left - r.left).toFixed(1)} px left` : "", r.right > box.right + TOLERANCE ? `${(r.right - box.right).toFixed(1)} px right` : ""].filter(Boolean);
      if (out.length > 0) {
        problems.push(`${describe(el)} sticks out of ${describe(a)} by ${out.join(", ")}`);
        break;
      }
    }
    // Block text whose content is wider than its box is cut (or spills): labels, messages, headings.
    const style = getComputedStyle(el);
    if (style.display !== "inline" && !["INPUT", "TEXTAREA", "SELECT", "svg"].includes(el.tagName) && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
      problems.push(`${describe(el)} is ${el.scrollWidth - el.clientWidth} px too narrow for its content`);
    }
  }
  return problems;
}
