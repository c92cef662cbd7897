/**
 * Driving the rendered wizard in jsdom: mount it with a stand-in host and workbook, find, click,
 * type, blur, paste and switch the language as a user would. Used by the bid path's tests.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { App } from "../../src/taskpane/App";
import type { HostInfo } from "../../src/taskpane/host";
import type { WorkbookPort } from "../../src/taskpane/workbookPort";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;

export function makePort(): jest.Mocked<WorkbookPort> {
  return {
    xlsx: jest.fn<ReturnType<WorkbookPort["xlsx"]>, Parameters<WorkbookPort["xlsx"]>>(() => Promise.resolve(new Uint8Array([80, 75, 3, 4]))),
    insert: jest.fn<ReturnType<WorkbookPort["insert"]>, Parameters<WorkbookPort["insert"]>>(() => Promise.resolve({ written: true, sheetName: "S" })),
    readStored: jest.fn<ReturnType<WorkbookPort["readStored"]>, []>(() => Promise.resolve({ kind: "none" })),
  };
}

export async function mount(initialLanguage = "en-US", port = makePort(), host: HostInfo = { kind: "standalone" }): Promise<jest.Mocked<WorkbookPort>> {
  const el = document.createElement("div");
  document.body.appendChild(el);
  root = createRoot(el);
  await act(async () => {
    root?.render(<App detect={() => Promise.resolve(host)} port={port} initialLanguage={initialLanguage} />);
    await new Promise((r) => setTimeout(r, 0));
  });
  return port;
}

export function unmount(): void {
  if (root) act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = "";
}

export const q = <T extends Element = HTMLElement>(sel: string): T => {
  const found = document.querySelector<T>(sel);
  if (!found) throw new Error(`no element ${sel}`);
  return found;
};

export async function click(sel: string | Element): Promise<void> {
  const target = typeof sel === "string" ? q(sel) : sel;
  await act(async () => {
    (target as HTMLElement).click();
    await new Promise((r) => setTimeout(r, 0));
  });
}

export async function typeInto(el: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  // The native setter: React tracks the value property, so only this looks like user input.
  // eslint-disable-next-line @typescript-eslint/unbound-method
  const setter = Object.getOwnPropertyDescriptor(proto, "value")?.set;
  await act(async () => {
    setter?.call(el, value);
    el.dispatchEvent(new Event("input", { bubbles: true }));
    await Promise.resolve();
  });
}

export async function blur(el: HTMLElement): Promise<void> {
  await act(async () => {
    el.dispatchEvent(new FocusEvent("focusout", { bubbles: true }));
    el.dispatchEvent(new FocusEvent("blur"));
    await Promise.resolve();
  });
}

/** Paste text onto an element; returns whether the wizard took the paste (preventDefault). */
export async function paste(el: HTMLElement, text: string): Promise<boolean> {
  const ev = new Event("paste", { bubbles: true, cancelable: true });
  Object.assign(ev, { clipboardData: { getData: () => text } });
  await act(async () => {
    el.dispatchEvent(ev);
    await Promise.resolve();
  });
  return ev.defaultPrevented;
}

export async function chooseLanguage(lang: "zh" | "en"): Promise<void> {
  const select = q<HTMLSelectElement>('[data-testid="lang-select"]');
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(select) below
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")?.set;
  await act(async () => {
    setter?.call(select, lang);
    select.dispatchEvent(new Event("change", { bubbles: true }));
    await Promise.resolve();
  });
}

/** Open a scenario file through the Open button's file input. */
export async function openFile(name: string, text: string): Promise<void> {
  const input = q<HTMLInputElement>('[data-testid="open-file"]');
  // jsdom's File has no text(); the wizard reads only the name and the text.
  Object.defineProperty(input, "files", { configurable: true, value: [{ name, text: () => Promise.resolve(text) }] });
  await act(async () => {
    input.dispatchEvent(new Event("change", { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
  });
}

export const statusText = (): string => q('[data-testid="status"]').textContent ?? "";
