/**
 * The pane's title, the language selector, and the scenario file actions (example, open, save):
 * together the page's banner landmark, so nothing of the page sits outside a landmark.
 */
import { useRef, type ReactNode } from "react";
import { Button, Select } from "@fluentui/react-components";
import type { Lang } from "../core";
import { useFields } from "./fields";
import { useStyles } from "./styles";

export function Header(p: { readonly onLang: (l: Lang) => void; readonly children?: ReactNode }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  return (
    <header className={s.banner}>
      <div className={s.header}>
        <h1 className={s.title}>
          {t.paneAppTitle}
        </h1>
        <Select aria-label={t.paneLanguage} value={lang} onChange={(_, d) => p.onLang(d.value === "zh" ? "zh" : "en")} data-testid="lang-select" style={{ maxWidth: "130px" }}>
          <option value="zh" lang="zh-CN">
            {t.paneLanguageZh}
          </option>
          <option value="en" lang="en-US">
            {t.paneLanguageEn}
          </option>
        </Select>
      </div>
      {p.children}
    </header>
  );
}

export function FileActions(p: { readonly onExample: () => void; readonly onBidExample: () => void; readonly onOpen: (file: File) => void; readonly onSave: () => void }): JSX.Element {
  const { t } = useFields();
  const s = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className={s.toolbar} role="group" aria-label={t.paneFileActions}>
      <Button size="small" onClick={p.onExample} data-testid="load-example">
        {t.paneLoadExample}
      </Button>
      <Button size="small" onClick={p.onBidExample} data-testid="load-bid-example">
        {t.paneLoadBidExample}
      </Button>
      <Button size="small" onClick={() => fileInput.current?.click()}>
        {t.paneOpenScenario}
      </Button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          // Cleared so that choosing the same file again is a change too.
          e.target.value = "";
          if (file) p.onOpen(file);
        }}
        data-testid="open-file"
      />
      <Button size="small" onClick={p.onSave} data-testid="save-scenario">
        {t.paneSaveScenario}
      </Button>
    </div>
  );
}
