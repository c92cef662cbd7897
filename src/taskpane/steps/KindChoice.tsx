/**
 * Step 1's choice of what is costed: actuals (traffic, staffing, costs) or a bid from a forecast.
 * Each option is named in both languages, the pane's first, since analysts say both; the bid's
 * name is the catalogue's. The draft keeps both sides, so switching loses nothing.
 */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { BID_SCENARIO, LANG_TAG, type Lang, type LocalizedText } from "../../core";
import { TASKPANE } from "../../core/sentences/taskpane";
import type { DraftKind } from "../draft";
import { useFields } from "../fields";

const OPTIONS: readonly { readonly kind: DraftKind; readonly name: LocalizedText }[] = [
  { kind: "actuals", name: TASKPANE.paneKindActuals },
  { kind: "bid", name: BID_SCENARIO.spec.label },
];

/** The name in the pane's language, then in the other, marked as such for screen readers. */
function bothNames(name: LocalizedText, lang: Lang): JSX.Element {
  const other: Lang = lang === "zh" ? "en" : "zh";
  return (
    <>
      {`${name[lang]} · `}
      <span lang={LANG_TAG[other]}>{name[other]}</span>
    </>
  );
}

export function KindChoice(p: { readonly onKind: (kind: DraftKind) => void }): JSX.Element {
  const { t, lang, draft } = useFields();
  return (
    <Field label={t.paneKind} hint={t.paneKindHint}>
      <RadioGroup value={draft.kind} onChange={(_, d) => p.onKind(d.value === "bid" ? "bid" : "actuals")} data-testid="kind-choice">
        {OPTIONS.map((o) => (
          <Radio key={o.kind} value={o.kind} label={bothNames(o.name, lang)} data-testid={`kind-${o.kind}`} />
        ))}
      </RadioGroup>
    </Field>
  );
}
