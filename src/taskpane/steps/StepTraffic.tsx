/**
 * Step 2: the traffic lines (one fieldset per line, named after it), pasting rows from Excel,
 * and the standard talk time answers are normalised to.
 */
import { useRef, useState, type ClipboardEvent } from "react";
import { Button, Field, Textarea } from "@fluentui/react-components";
import { pick, SCENARIO } from "../../core";
import { emptyStream, type StreamRow } from "../draft";
import { DraftField, useFields } from "../fields";
import { rowTitle } from "../labels";
import { parseTrafficPaste, pasteNoteDetails, type PasteNote } from "../paste";
import { useStyles } from "../styles";
import type { Words } from "../words";
import type { StepProps } from "./types";

const blankStream = (r: StreamRow): boolean => [r.name, r.answered, r.avgTalkSeconds, r.talkMinutes].every((v) => v.trim() === "");
const STREAMS = SCENARIO.children.traffic.children.streams;

export function StepTraffic(p: StepProps): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  const addRef = useRef<HTMLButtonElement>(null);
  const [pasteText, setPasteText] = useState("");
  const [pasteNotes, setPasteNotes] = useState<readonly PasteNote[]>([]);
  const streams = p.draft.traffic.streams;
  const setStreams = (update: (rows: readonly StreamRow[]) => readonly StreamRow[]): void =>
    p.setDraft((d) => ({ ...d, traffic: { ...d.traffic, streams: update(d.traffic.streams) } }));

  /**
   * Pasted rows replace the lines when asked or when every line is still blank, else they are
   * added. The status names each row left out or needing a fix, and why, in the pasted order.
   */
  const applyPaste = (text: string, replace: boolean): boolean => {
    const { rows, problems, figures } = parseTrafficPaste(text);
    const notes = [...problems, ...figures].sort((a, b) => a.row - b.row);
    setPasteNotes(notes);
    const details = pasteNoteDetails(notes);
    if (rows.length === 0) {
      p.announce((x) => (problems.length > 0 ? x.panePasteProblems : x.panePasteNothing), details);
      return false;
    }
    setStreams((old) => [...(replace || old.every(blankStream) ? [] : old), ...rows]);
    const after = (x: Words): string => (problems.length > 0 ? (figures.length > 0 ? x.panePasteBoth : x.panePasteProblems) : figures.length > 0 ? x.panePasteCheck : "");
    p.announce((x) => `${x.panePasted(rows.length)} ${after(x)}`.trim(), details);
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
      {/* The same notes as the status line above, where the eyes are (announced there, not twice). */}
      {pasteNotes.length > 0 && (
        <ul className={s.list} data-testid="paste-notes">
          {pasteNotes.map((x, i) => (
            <li key={i}>{t.panePasteRow(x.row, pick(x.message, lang))}</li>
          ))}
        </ul>
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
