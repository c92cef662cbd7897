/**
 * Stand-in task pane used by the build only while src/taskpane/index.tsx does not exist yet.
 * It shows the add-in's name so the shared-runtime page is not blank.
 */
const root = document.getElementById("root");
if (root) root.textContent = "CC Pricing";
