/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }] },
  // office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose main module
  // pulls an ESM-only dependency Jest 30 cannot require: point it at the self-contained enum file.
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js" },
  setupFiles: ["<rootDir>/test/setup/custom-functions-global.ts"],
  testTimeout: 120000,
  reporters: ["default", "<rootDir>/test/setup/summary-reporter.js"],
};
