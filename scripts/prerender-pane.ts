/**
 * Prints the task pane's prerendered step 1 (src/taskpane/prerender.tsx) as JSON for
 * webpack.config.js. A process of its own: React and Griffel read NODE_ENV once, when loaded, and
 * must render as the page's build does (production class names are what the page hydrates);
 * and each build renders the sources as they are now, not as an earlier build loaded them.
 */
import { prerender } from "../src/taskpane/prerender";

process.stdout.write(JSON.stringify(prerender()));
