/**
 * Entry of the task pane page (dist/taskpane.html). Renders at once; the App finds out in the
 * background whether it runs inside Excel (office.js may be absent: then it is standalone).
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

function container(): HTMLElement {
  const existing = document.getElementById("root") ?? document.getElementById("container");
  if (existing) return existing;
  const div = document.createElement("div");
  div.id = "root";
  document.body.appendChild(div);
  return div;
}

createRoot(container()).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
