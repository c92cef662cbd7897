/**
 * A bid's intraday profile: a box of shares (one per interval from midnight) that takes a column
 * pasted from Excel — shares as they are, or calls per interval divided by their total, saying
 * so — and three presets built by the core for the interval length. A pasted column of 24, 48
 * or 96 rows sets the interval length to match.
 */
import type { ClipboardEvent } from "react";
import { Button } from "@fluentui/react-components";
import { D, formatExact, formatValue, INTRADAY_PRESETS, pick, presetShares, profileFromColumn, type IntradayPreset, type LocalizedText } from "../../core";
import { validInterval } from "../../core/catalogue/forecastRules";
import { PANE_BID } from "../../core/sentences/paneBid";
import { figureItems, figuresTotal, parseNumber, percentText, type Draft } from "../draft";
import { DraftField, useFields } from "../fields";
import type { StepProps } from "../steps/types";
import { useStyles } from "../styles";
import { takeColumnPaste } from "./column";
import { useBidWords } from "./words";

const PATH = "forecast.intradayShares";
/** A blank or unusable interval length: presets use the catalogue's usual half hour. */
const USUAL_MINUTES = 30;

const PRESET_NAME: Readonly<Record<IntradayPreset, LocalizedText>> = {
  flat0918: PANE_BID.paneBidPresetFlat,
  twoPeak: PANE_BID.paneBidPresetTwoPeak,
  allDay: PANE_BID.paneBidPresetAllDay,
};

/** The interval length typed, when it is one of 15, 30, 60. */
function intervalOf(d: Draft): number | undefined {
  const n = parseNumber(d.forecast.intervalMinutes);
  return n !== undefined && validInterval(n) ? n : undefined;
}

function withShares(d: Draft, shares: readonly number[], minutes: number): Draft {
  return { ...d, forecast: { ...d.forecast, intradayShares: shares.map(percentText).join("\n"), intervalMinutes: String(minutes) } };
}

export function Profile(p: StepProps): JSX.Element {
  const { lang } = useFields();
  const w = useBidWords();
  const s = useStyles();
  const items = figureItems(p.draft.forecast.intradayShares);
  const total = figuresTotal(items, "ratio");

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>): void => {
    const pasted = takeColumnPaste(e, "ratio");
    if (!pasted) return;
    const { col, details } = pasted;
    const profile = profileFromColumn(col.values.map((v) => new D(v)));
    if (!profile) {
      p.announce((_, l) => pick(col.figures.length === 0 ? PANE_BID.paneBidPasteNothing : PANE_BID.paneBidProfileNothing, l), details);
      return;
    }
    const n = profile.shares.length;
    const fits = validInterval((24 * 60) / n);
    const current = intervalOf(p.draft);
    const minutes = fits ? (24 * 60) / n : (current ?? USUAL_MINUTES);
    p.setDraft((d) => withShares(d, profile.shares, minutes));
    // Figures typed as percentages add up to a percentage; calls to a number of calls.
    const percentages = col.figures.every((f) => f.trim().endsWith("%"));
    const totalText = (l: typeof lang): string => (percentages ? formatValue(profile.total, "ratio", "", l) : formatExact(profile.total, l));
    p.announce((_, l) => {
      const pasted = profile.normalised ? PANE_BID.paneBidSharesNormalised[l](n, totalText(l)) : PANE_BID.paneBidSharesPasted[l](n);
      const interval = fits && minutes !== current ? ` ${PANE_BID.paneBidIntervalFollows[l](minutes, n)}` : "";
      return `${pasted}${interval}${details.length > 0 ? ` ${PANE_BID.paneBidPasteSkipped[l]}` : ""}`;
    }, details);
  };

  const applyPreset = (preset: IntradayPreset): void => {
    const minutes = intervalOf(p.draft) ?? USUAL_MINUTES;
    const shares = presetShares(preset, minutes);
    p.setDraft((d) => withShares(d, shares, minutes));
    p.announce((_, l) => PANE_BID.paneBidPresetApplied[l](pick(PRESET_NAME[preset], l), shares.length, minutes));
  };

  return (
    <div className={s.section} data-testid="bid-profile">
      <DraftField path={PATH} multiline onPaste={onPaste} />
      <p className={s.hint}>
        {w.paneBidPasteShares}
        {items.length > 0 && total !== undefined && (
          <>
            <br />
            <span data-testid="shares-summary">{w.paneBidSharesSummary(String(items.length), formatValue(total, "ratio", "", lang))}</span>
          </>
        )}
      </p>
      <fieldset className={s.fieldset}>
        <legend className={s.legend}>{w.paneBidPresets}</legend>
        <p className={s.hint}>{w.paneBidPresetsHint}</p>
        <div className={s.toolbar}>
          {INTRADAY_PRESETS.map((preset) => (
            <Button key={preset} size="small" onClick={() => applyPreset(preset)} data-testid={`preset-${preset}`}>
              {pick(PRESET_NAME[preset], lang)}
            </Button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
