// Lint: typescript-eslint's type-aware recommended rules, plus the architecture rule that
// src/core stays pure (no DOM, no Office, no Node I/O, no adapter imports).
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const impureModules = ["fs", "fs/*", "node:*", "path", "os", "child_process", "http", "https", "net", "react", "react-dom", "react-dom/*", "@fluentui/*", "exceljs", "office-addin-mock", "@microsoft/office-js"];

export default tseslint.config(
  { ignores: ["dist/**", "build/**", "node_modules/**", "coverage/**", "test-artifacts/**", ".tmp-*/**", "**/*.js", "**/*.mjs", "**/*.cjs"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
    },
  },
  {
    // A check that can never fire (a `?? 12` after zod's default) hides where a value really comes
    // from. Product code and its scripts; tests may guard a lookup to fail with a clearer message.
    files: ["src/**/*.ts", "src/**/*.tsx", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: { "@typescript-eslint/no-unnecessary-condition": "error" },
  },
  {
    // Jest's asymmetric matchers (expect.objectContaining …) are typed `any` by @types/jest.
    files: ["test/**/*.ts", "test/**/*.tsx"],
    rules: { "@typescript-eslint/no-unsafe-assignment": "off", "@typescript-eslint/no-unsafe-argument": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: impureModules, message: "src/core is pure: no DOM, Office, UI or I/O imports." },
            { group: ["**/functions/**", "**/taskpane/**", "**/cli/**", "**/workbook/**"], message: "Imports flow adapters → core, never back." },
          ],
        },
      ],
      "no-restricted-globals": ["error", "window", "document", "Office", "Excel", "CustomFunctions", "process", "require", "fetch", "localStorage", "console"],
    },
  },
);
