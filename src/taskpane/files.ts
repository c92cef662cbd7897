/** The browser side of the file actions: offering bytes as a download, and the bundled examples. */
import { validateAnyScenario, validateScenario, type AnyScenario, type Scenario } from "../core";
import bidExample from "../../examples/bid-forecast.json";
import example from "../../examples/worked-example.json";

/** Offer bytes to the user as a file download. */
export function download(data: Uint8Array | string, type: string, fileName: string): void {
  // A copy into a fresh ArrayBuffer: Blob wants ArrayBuffer-backed views.
  const part: BlobPart = typeof data === "string" ? data : new Uint8Array(data).buffer;
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function exampleScenario(): Scenario {
  const v = validateScenario(example);
  // The example ships with the bundle and is tested; failing here is a build error, not user input.
  if (!v.ok) throw new Error(`worked example is invalid: ${v.issues.map((i) => `${i.path}: ${i.message.en}`).join("; ")}`);
  return v.scenario;
}

/** The bid example (examples/bid-forecast.json: a made-up hotline bid, priced). */
export function bidExampleScenario(): AnyScenario {
  const v = validateAnyScenario(bidExample);
  if (!v.ok) throw new Error(`bid example is invalid: ${v.issues.map((i) => `${i.path}: ${i.message.en}`).join("; ")}`);
  return v.scenario;
}

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
