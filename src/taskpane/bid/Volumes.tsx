/**
 * A bid's calls per month: a box of figures that takes a column pasted from Excel, with the
 * contract months following the number of figures (pasted, or typed while months still matched
 * the count), and a line saying how many months and how many calls in all.
 */
import type { ClipboardEvent } from "react";
import { formatNumber, pick } from "../../core";
import { PANE_BID } from "../../core/sentences/paneBid";
import { figureItems, figuresTotal, parseNumber, type Draft } from "../draft";
import { DraftField, useFields } from "../fields";
import type { StepProps } from "../steps/types";
import { useStyles } from "../styles";
import { takeColumnPaste } from "./column";
import { useBidWords } from "./words";

const PATH = "forecast.callsPerMonth";

/** The months typed still equal the figures' count (or are blank): they go on following it. */
function monthsFollow(d: Draft): boolean {
  const months = d.forecast.months.trim();
  return months === "" || parseNumber(months) === figureItems(d.forecast.callsPerMonth).length;
}

function withCalls(d: Draft, text: string, follow: boolean): Draft {
  const months = follow ? String(figureItems(text).length) : d.forecast.months;
  return { ...d, forecast: { ...d.forecast, callsPerMonth: text, months } };
}

export function Volumes(p: StepProps): JSX.Element {
  const { lang } = useFields();
  const w = useBidWords();
  const s = useStyles();
  const items = figureItems(p.draft.forecast.callsPerMonth);
  const total = figuresTotal(items, "count");

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>): void => {
    const pasted = takeColumnPaste(e, "count");
    if (!pasted) return;
    const { col, details } = pasted;
    if (col.figures.length === 0) {
      p.announce((_, l) => pick(PANE_BID.paneBidPasteNothing, l), details);
      return;
    }
    // As read, without thousands separators: a comma separates the figures of a list.
    p.setDraft((d) => withCalls(d, col.values.map(String).join("\n"), true));
    const n = col.figures.length;
    p.announce((_, l) => `${PANE_BID.paneBidVolumesPasted[l](n)}${details.length > 0 ? ` ${PANE_BID.paneBidPasteSkipped[l]}` : ""}`, details);
  };

  return (
    <div className={s.section} data-testid="bid-volumes">
      <DraftField path={PATH} multiline onPaste={onPaste} onChange={(v) => p.setDraft((d) => withCalls(d, v, monthsFollow(d)))} />
      <p className={s.hint}>
        {w.paneBidVolumesHint}
        {items.length > 0 && total !== undefined && (
          <>
            <br />
            <span data-testid="calls-summary">{w.paneBidCallsSummary(String(items.length), formatNumber(total, "count", lang))}</span>
          </>
        )}
      </p>
    </div>
  );
}
