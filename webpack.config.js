// Placeholder until the custom-functions issue: bundles the pricing core alone.
const path = require("path");
module.exports = {
  entry: { core: "./src/core/index.ts" },
  output: { path: path.resolve(__dirname, "dist"), filename: "[name].js", library: { type: "commonjs2" }, clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [{ test: /\.ts$/, loader: "ts-loader", exclude: /node_modules/ }] },
};
