/** Step 1: what is costed (actuals or a bid), the scenario's name, currency, language and notes. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { COMMON_CURRENCIES, type Lang } from "../../core";
import type { DraftKind } from "../draft";
import { DraftField, useFields } from "../fields";
import { useStyles } from "../styles";
import { KindChoice } from "./KindChoice";

export function StepScenario(p: { readonly onLang: (l: Lang) => void; readonly onKind: (kind: DraftKind) => void }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  return (
    <div className={s.section}>
      <KindChoice onKind={p.onKind} />
      <DraftField path="name" />
      <DraftField path="currency" list="cc-currencies" />
      <datalist id="cc-currencies">
        {COMMON_CURRENCIES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <Field label={t.paneLanguage} hint={t.paneLanguageHint}>
        <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => p.onLang(d.value === "zh" ? "zh" : "en")}>
          <Radio value="zh" label={t.paneLanguageZh} lang="zh-CN" />
          <Radio value="en" label={t.paneLanguageEn} lang="en-US" />
        </RadioGroup>
      </Field>
      <DraftField path="notes" />
    </div>
  );
}
