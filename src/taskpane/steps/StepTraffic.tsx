/**
 * Step 2: the traffic lines (one fieldset per line, named after it), pasting rows from Excel,
 * and the standard talk time answers are normalised to.
 */
import { useRef, useState, type ClipboardEvent } from "react";
import { Button, Field, Textarea } from "@fluentui/react-components";
import { pick, SCENARIO, type LocalizedText } from "../../core";
import { emptyStream, type StreamRow } from "../draft";
import { DraftField, useFields } from "../fields";
import { rowTitle } from "../labels";
import { parseTrafficPaste } from "../paste";
import { useStyles } from "../styles";
import type { StepProps } from "./types";

const blankStream = (r: StreamRow): boolean => [r.name, r.answered, r.avgTalkSeconds, r.talkMinutes].every((v) => v.trim() === "");
const STREAMS = SCENARIO.children.traffic.children.streams;

export function StepTraffic(p: StepProps): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  const addRef = useRef<HTMLButtonElement>(null);
  const [pasteText, setPasteText] = useState("");
  const [pasteProblems, setPasteProblems] = useState<readonly { row: number; message: LocalizedText }[]>([]);
  const streams = p.draft.traffic.streams;
  const setStreams = (update: (rows: readonly StreamRow[]) => readonly StreamRow[]): void =>
    p.setDraft((d) => ({ ...d, traffic: { ...d.traffic, streams: update(d.traffic.streams) } }));

  /** Pasted rows replace the lines when asked or when every line is still blank, else they are added. */
  const applyPaste = (text: string, replace: boolean): boolean => {
    const { rows, problems } = parseTrafficPaste(text);
    setPasteProblems(problems);
    if (rows.length === 0) {
      p.announce((x) => (problems.length > 0 ? x.panePasteProblems : x.panePasteNothing));
      return false;
    }
    setStreams((old) => [...(replace || old.every(blankStream) ? [] : old), ...rows]);
    p.announce((x) => x.panePasted(rows.length) + (problems.length > 0 ? ` ${x.panePasteProblems} ${problems.length}` : ""));
    return true;
  };

  /** A multi-cell range pasted into any line input becomes rows; a single value pastes normally. */
  const onGridPaste = (e: ClipboardEvent<HTMLDivElement>): void => {
    const text = e.clipboardData.getData("text/plain");
    if (!/[\t\n]/.test(text.trim())) return;
    e.preventDefault();
    applyPaste(text, false);
  };

  return (
    <div className={s.section}>
      <h3 className={s.subheading}>{pick(STREAMS.spec.label, lang)}</h3>
      <div className={s.section} onPaste={onGridPaste}>
        {streams.map((row, i) => {
          const title = rowTitle("traffic.streams", i, p.draft, t, lang);
          const base = `traffic.streams[${i}]`;
          return (
            <fieldset key={row.id} className={s.fieldset}>
              <legend className={s.legend}>{title}</legend>
              <div className={s.grid}>
                <DraftField path={`${base}.name`} placeholder={t.paneLineN(i + 1)} />
                <DraftField path={`${base}.answered`} />
                <DraftField path={`${base}.avgTalkSeconds`} />
                {/* The help is the same for every line: shown once. */}
                <DraftField path={`${base}.talkMinutes`} help={i === 0} />
              </div>
              {streams.length > 1 && (
                <div className={s.rowActions}>
                  <Button
                    appearance="subtle"
                    size="small"
                    aria-label={t.paneRemoveLine(title)}
                    onClick={() => {
                      setStreams((old) => old.filter((r) => r.id !== row.id));
                      addRef.current?.focus();
                    }}
                  >
                    ✕ {t.paneRemove}
                  </Button>
                </div>
              )}
            </fieldset>
          );
        })}
      </div>
      <div>
        <Button ref={addRef} onClick={() => setStreams((old) => [...old, emptyStream()])}>
          + {t.paneAddLine}
        </Button>
      </div>
      <Field label={t.panePasteBox} hint={t.panePasteHint}>
        <Textarea id="cc-paste" value={pasteText} resize="vertical" onChange={(_, d) => setPasteText(d.value)} textarea={{ spellCheck: false }} />
      </Field>
      {pasteProblems.length > 0 && (
        <div role="alert">
          {t.panePasteProblems}
          <ul className={s.list}>
            {pasteProblems.map((x) => (
              <li key={x.row}>{t.panePasteRow(x.row, pick(x.message, lang))}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={s.toolbar}>
        <Button disabled={pasteText.trim() === ""} onClick={() => applyPaste(pasteText, false) && setPasteText("")}>
          {t.panePasteApply}
        </Button>
        <Button disabled={pasteText.trim() === ""} onClick={() => applyPaste(pasteText, true) && setPasteText("")}>
          {t.panePasteReplace}
        </Button>
      </div>
      <DraftField path="traffic.standardTalkSeconds" placeholder={streams[0]?.avgTalkSeconds ?? ""} />
    </div>
  );
}
