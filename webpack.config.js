/**
 * Builds the add-in into dist/:
 * - functions.js  — the CC custom functions alone. DOM-free on purpose: it must register every
 *   function when evaluated with nothing but a `CustomFunctions` global (tests do exactly that).
 *   CustomFunctionsMetadataPlugin generates functions.json from the JSDoc and appends the
 *   CustomFunctions.associate calls to each function file.
 * - taskpane.html + taskpane.js — the task pane. Shared runtime: this page also loads
 *   functions.js, so functions and pane run in one JavaScript context. The page holds step 1
 *   rendered at build time (scripts/prerender-pane.ts), which taskpane.js hydrates.
 * - functions.zh-CN.json — the same metadata with the reviewed Chinese descriptions.
 * - functions.html — the function reference the @helpurl links point at.
 * - manifest.xml, assets/.
 * - cli/cc-quote.js — the quote command for Node (`npm run quote`, bin `cc-quote`), so a quote
 *   does not wait for TypeScript to compile; packages stay in node_modules, and the workbook
 *   writer is a chunk loaded only for --xlsx.
 * `ADDIN_URL=https://host/path npm run build` replaces https://localhost:3000 everywhere it is
 * emitted (manifest, metadata help links, pages) for a production deployment.
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { sources, BannerPlugin, Compilation, WebpackError } = require("webpack");

// The shared metadata/docs module is TypeScript; tsx's CommonJS hook lets webpack load it.
require("tsx/cjs/api").register();
const meta = require("./scripts/functions-meta.ts");
const reference = require("./scripts/functions-reference.ts");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const addinUrl = process.env.ADDIN_URL || undefined;
const functionFiles = meta.functionSources();
const taskpaneEntry = fs.existsSync(path.join(__dirname, "src/taskpane/index.tsx"))
  ? "./src/taskpane/index.tsx"
  : "./scripts/taskpane-placeholder.ts";

/** Writes functions.zh-CN.json and functions.html next to the plugin's functions.json, rewrites origins. */
class CcMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("CcMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CcMetadataPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, (assets) => {
        const enAsset = assets["functions.json"];
        if (!enAsset) return; // the metadata plugin reported errors; they fail the build already
        try {
          const en = JSON.parse(enAsset.source().toString());
          // A missing translation must not break everyone's build: warn here, the tests fail.
          const { metadata: zh, problems } = meta.localizeWithProblems(en, meta.readZhStrings());
          for (const p of problems) compilation.warnings.push(new WebpackError(`src/functions/*.zh-CN.json: ${p}`));
          const byFile = reference.idsByFile(functionFiles);
          const emit = (name, text) => {
            const content = new sources.RawSource(meta.withOrigin(text, addinUrl));
            if (assets[name]) compilation.updateAsset(name, content);
            else compilation.emitAsset(name, content);
          };
          emit("functions.json", JSON.stringify(en, null, 4));
          emit("functions.zh-CN.json", JSON.stringify(zh, null, 4));
          emit("functions.html", reference.renderHtml(en, zh, byFile, reference.returnsOf(functionFiles)));
        } catch (e) {
          compilation.errors.push(new WebpackError(String(e && e.message ? e.message : e)));
        }
      });
    });
  }
}

/**
 * The task pane page. `pane` is step 1 rendered at build time (src/taskpane/prerender.tsx): its
 * stylesheets for <head>, and for <body> the root with the markup in both languages and the
 * script that shows the one the App starts in — the page paints the wizard before any of our
 * JavaScript has run, and taskpane.js hydrates it.
 */
const pageTemplate = (pane) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CC Pricing</title>
<link rel="icon" type="image/png" sizes="32x32" href="assets/icon-32.png">
<script src="${OFFICE_JS_CDN}"></script>
<!-- Offline / standalone: npm start serves @microsoft/office-js's dist/ under /office-js/. office.js
     loads its sibling files from the folder of the first script whose src ends in office.js: the
     CDN tag that failed is removed first, or the local copy would fetch them from the CDN and
     Office.onReady would never answer. -->
<script>window.Office || (function (cdn) { if (cdn) cdn.parentNode.removeChild(cdn); document.write('<script src="office-js/office.js"><\\/script>'); })(document.querySelector('script[src$="/office.js"]'));</script>
${pane.head}
</head>
<body>
${pane.body}
</body>
</html>
`;

/** Step 1 rendered by scripts/prerender-pane.ts, in a process of its own with the build's NODE_ENV. */
function prerenderPane(production) {
  const json = execFileSync(process.execPath, ["--import", "tsx", path.join(__dirname, "scripts/prerender-pane.ts")], {
    env: { ...process.env, NODE_ENV: production ? "production" : "development" },
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(json.toString("utf8"));
}

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  loader: "ts-loader",
  // Type-checking is `npm run typecheck`'s job; ES modules let webpack drop unused code.
  options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: true } },
};

/** The quote CLI for Node: our code bundled, npm packages required from node_modules at run time. */
function cliConfig(production) {
  return {
    name: "cli",
    mode: production ? "production" : "development",
    devtool: false,
    target: "node20",
    entry: { "cc-quote": "./src/cli/quote.ts" },
    output: { path: path.resolve(__dirname, "dist/cli"), filename: "[name].js", chunkFilename: "[name].chunk.js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    externals: [({ request }, callback) => (/^(node:|[a-z@])/i.test(request ?? "") ? callback(undefined, `commonjs ${request}`) : callback())],
    module: { rules: [tsRule] },
    // Readable stack traces for users' bug reports; the file stays small without minifying.
    optimization: { minimize: false },
    performance: { hints: false },
    plugins: [
      new BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
      {
        apply(compiler) {
          compiler.hooks.afterEmit.tap("Executable", () => fs.chmodSync(path.join(compiler.outputPath, "cc-quote.js"), 0o755));
        },
      },
    ],
  };
}

module.exports = (_env, argv) => {
  const production = argv.mode !== "development";
  return [webConfig(production, argv), cliConfig(production)];
};

function webConfig(production) {
  return {
    name: "web",
    mode: production ? "production" : "development",
    devtool: production ? "source-map" : "eval-source-map",
    // "web" without DOM use in functions.js: no chunk loading, no globals beyond CustomFunctions.
    target: ["web", "es2020"],
    entry: {
      functions: functionFiles,
      taskpane: taskpaneEntry,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The pane's chunks loaded on demand: later.js (every step but the first, the review),
      // workbook.js (sheet plan, Office writer), xlsx.js (exceljs).
      chunkFilename: "[name].js",
      // dist/cli/ is the CLI build's own (cleaned by it).
      clean: { keep: /^cli[\\/]/ },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [tsRule],
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      // taskpane.html holds React's markup of step 1, which must reach the browser as written
      // (its comment nodes separate text that hydration matches): no HTML minifier after ours.
      minimizeOptions: { html: false },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: functionFiles, output: "functions.json" }),
      new CcMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        templateContent: () => meta.withOrigin(pageTemplate(prerenderPane(production)), addinUrl),
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        // As written, for the same reason (React's output is compact already).
        minify: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => meta.withOrigin(content.toString(), addinUrl),
          },
        ],
      }),
    ],
  };
}
