// Temporary (not committed): crop a tall PNG into viewport-sized pieces via chromium.
import { readFileSync } from "node:fs";
import { launchChromium } from "../test/e2e/harness";
(async () => {
  const [file, w, h, ...ys] = process.argv.slice(2);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
  const b64 = readFileSync(file as string).toString("base64");
  await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${b64}"></body>`);
  for (const y of ys) {
    await page.evaluate((yy) => window.scrollTo(0, yy), Number(y));
    await page.screenshot({ path: `/tmp/crop-${y}.png` });
  }
  await browser.close();
})();
