/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
};
