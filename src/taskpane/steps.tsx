/**
 * Steps 1–4 of the wizard: plain controlled forms over the one draft. Every input is labelled
 * (fieldsets name the row it belongs to) and reports its own problems through TextField.
 */
import { useRef, useState, type ClipboardEvent } from "react";
import { Button, Field, Radio, RadioGroup, Textarea } from "@fluentui/react-components";
import { emptyCost, emptyStream, LABOR_PRESETS, type CostRow, type Draft, type StreamRow } from "./draft";
import { TextField, useFields } from "./fields";
import type { Lang, Strings } from "./i18n";
import type { LocalizedText } from "../core";
import { parseTrafficPaste } from "./paste";
import { useStyles } from "./styles";

export type SetDraft = (update: (d: Draft) => Draft) => void;

interface StepProps {
  readonly draft: Draft;
  readonly setDraft: SetDraft;
  /** Polite status line (paste results and the like), as a function of the strings so it follows the language. */
  readonly announce: (text: (t: Strings) => string) => void;
}

const CURRENCIES = ["CNY", "USD", "EUR", "HKD", "GBP", "JPY"];

export function StepScenario(p: StepProps & { readonly onLang: (l: Lang) => void }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  return (
    <div className={s.section}>
      <TextField path="name" label={t.scenarioName} required value={p.draft.name} onChange={(name) => p.setDraft((d) => ({ ...d, name }))} />
      <TextField
        path="currency"
        label={t.currency}
        hint={t.currencyHint}
        required
        list="cc-currencies"
        value={p.draft.currency}
        onChange={(currency) => p.setDraft((d) => ({ ...d, currency: currency.toUpperCase() }))}
      />
      <datalist id="cc-currencies">
        {CURRENCIES.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <Field label={t.language} hint={t.languageHint}>
        <RadioGroup layout="horizontal" value={lang} onChange={(_, d) => p.onLang(d.value === "zh" ? "zh" : "en")}>
          <Radio value="zh" label="中文" lang="zh-CN" />
          <Radio value="en" label="English" lang="en-US" />
        </RadioGroup>
      </Field>
      <TextField path="notes" label={t.notes} hint={t.notesHint} multiline value={p.draft.notes} onChange={(notes) => p.setDraft((d) => ({ ...d, notes }))} />
    </div>
  );
}

function setStream(p: StepProps, index: number, patch: Partial<StreamRow>): void {
  p.setDraft((d) => ({
    ...d,
    traffic: { ...d.traffic, streams: d.traffic.streams.map((row, i) => (i === index ? { ...row, ...patch } : row)) },
  }));
}

const blankStream = (r: StreamRow): boolean => [r.name, r.answered, r.avgTalkSeconds, r.talkMinutes].every((v) => v.trim() === "");

export function StepTraffic(p: StepProps): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  const addRef = useRef<HTMLButtonElement>(null);
  const [pasteText, setPasteText] = useState("");
  const [pasteProblems, setPasteProblems] = useState<readonly { row: number; message: LocalizedText }[]>([]);
  const streams = p.draft.traffic.streams;

  /** Pasted rows replace the lines when asked or when every line is still blank, else they are added. */
  const applyPaste = (text: string, replace: boolean): boolean => {
    const { rows, problems } = parseTrafficPaste(text);
    setPasteProblems(problems);
    if (rows.length === 0) {
      p.announce((x) => (problems.length > 0 ? x.pasteProblems : x.pasteNothing));
      return false;
    }
    p.setDraft((d) => {
      const keep = replace || d.traffic.streams.every(blankStream) ? [] : d.traffic.streams;
      return { ...d, traffic: { ...d.traffic, streams: [...keep, ...rows] } };
    });
    p.announce((x) => x.pasted(rows.length) + (problems.length > 0 ? ` ${x.pasteProblems} ${problems.length}` : ""));
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
      <h3 className={s.subheading}>{t.trafficLines}</h3>
      <div className={s.section} onPaste={onGridPaste}>
        {streams.map((row, i) => {
          const title = row.name.trim() || t.lineN(i + 1);
          const base = `traffic.streams[${i}]`;
          return (
            <fieldset key={row.id} className={s.fieldset}>
              <legend className={s.legend}>{title}</legend>
              <div className={s.grid}>
                <TextField path={`${base}.name`} label={t.lineName} value={row.name} placeholder={t.lineN(i + 1)} onChange={(name) => setStream(p, i, { name })} />
                <TextField path={`${base}.answered`} label={t.answered} numeric required value={row.answered} onChange={(answered) => setStream(p, i, { answered })} />
                <TextField
                  path={`${base}.avgTalkSeconds`}
                  label={t.avgTalkSeconds}
                  numeric
                  required
                  value={row.avgTalkSeconds}
                  onChange={(avgTalkSeconds) => setStream(p, i, { avgTalkSeconds })}
                />
                <TextField
                  path={`${base}.talkMinutes`}
                  label={t.talkMinutes}
                  hint={i === 0 ? t.talkMinutesHint : undefined}
                  numeric
                  value={row.talkMinutes}
                  onChange={(talkMinutes) => setStream(p, i, { talkMinutes })}
                />
              </div>
              {streams.length > 1 && (
                <div className={s.rowActions}>
                  <Button
                    appearance="subtle"
                    size="small"
                    aria-label={t.removeLine(title)}
                    onClick={() => {
                      p.setDraft((d) => ({ ...d, traffic: { ...d.traffic, streams: d.traffic.streams.filter((r) => r.id !== row.id) } }));
                      addRef.current?.focus();
                    }}
                  >
                    ✕ {t.remove}
                  </Button>
                </div>
              )}
            </fieldset>
          );
        })}
      </div>
      <div>
        <Button ref={addRef} onClick={() => p.setDraft((d) => ({ ...d, traffic: { ...d.traffic, streams: [...d.traffic.streams, emptyStream()] } }))}>
          + {t.addLine}
        </Button>
      </div>
      <Field label={t.pasteBox} hint={t.pasteHint}>
        <Textarea id="cc-paste" value={pasteText} resize="vertical" onChange={(_, d) => setPasteText(d.value)} textarea={{ spellCheck: false }} />
      </Field>
      {pasteProblems.length > 0 && (
        <div role="alert">
          {t.pasteProblems}
          <ul className={s.list}>
            {pasteProblems.map((x) => (
              <li key={x.row}>{t.pasteRow(x.row, lang === "zh" ? x.message.zh : x.message.en)}</li>
            ))}
          </ul>
        </div>
      )}
      <div className={s.toolbar}>
        <Button disabled={pasteText.trim() === ""} onClick={() => applyPaste(pasteText, false) && setPasteText("")}>
          {t.pasteApply}
        </Button>
        <Button disabled={pasteText.trim() === ""} onClick={() => applyPaste(pasteText, true) && setPasteText("")}>
          {t.pasteReplace}
        </Button>
      </div>
      <TextField
        path="traffic.standardTalkSeconds"
        label={t.standardTalkSeconds}
        hint={t.standardTalkHint}
        numeric
        placeholder={streams[0]?.avgTalkSeconds ?? ""}
        value={p.draft.traffic.standardTalkSeconds}
        onChange={(v) => p.setDraft((d) => ({ ...d, traffic: { ...d.traffic, standardTalkSeconds: v } }))}
      />
    </div>
  );
}

export function StepStaffing(p: StepProps): JSX.Element {
  const { t } = useFields();
  const s = useStyles();
  const set = (key: keyof Draft["staffing"]) => (v: string) => p.setDraft((d) => ({ ...d, staffing: { ...d.staffing, [key]: v } }));
  const st = p.draft.staffing;
  return (
    <div className={s.grid}>
      <TextField path="staffing.agents" label={t.agents} numeric required value={st.agents} onChange={set("agents")} />
      <TextField path="staffing.hoursPerDay" label={t.hoursPerDay} numeric required value={st.hoursPerDay} onChange={set("hoursPerDay")} />
      <TextField path="staffing.paidDaysPerMonth" label={t.paidDaysPerMonth} hint={t.paidDaysHint} numeric required value={st.paidDaysPerMonth} onChange={set("paidDaysPerMonth")} />
      <TextField path="staffing.months" label={t.months} numeric required value={st.months} onChange={set("months")} />
    </div>
  );
}

function CostLines(p: StepProps & { readonly list: "labor" | "other"; readonly title: string; readonly hint?: string }): JSX.Element {
  const { t, lang } = useFields();
  const s = useStyles();
  const addRef = useRef<HTMLButtonElement>(null);
  const rows = p.draft.costs[p.list];
  const setRow = (index: number, patch: Partial<CostRow>): void =>
    p.setDraft((d) => ({ ...d, costs: { ...d.costs, [p.list]: d.costs[p.list].map((r, i) => (i === index ? { ...r, ...patch } : r)) } }));
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>{p.title}</legend>
      {p.hint && <p className={s.hint}>{p.hint}</p>}
      {rows.map((row, i) => {
        const base = `costs.${p.list}[${i}]`;
        const preset = row.preset === undefined ? undefined : LABOR_PRESETS.find((x) => x.key === row.preset);
        if (preset) {
          const label = lang === "zh" ? preset.zh : `${preset.en} (${preset.zh})`;
          return (
            <TextField key={row.id} path={`${base}.amount`} label={label} numeric value={row.amount} onChange={(amount) => setRow(i, { amount })} />
          );
        }
        const title = row.name.trim() || `${t.costName} ${i + 1}`;
        return (
          <div key={row.id} className={s.grid} role="group" aria-label={title}>
            <TextField path={`${base}.name`} label={t.costName} value={row.name} onChange={(name) => setRow(i, { name })} />
            <TextField path={`${base}.amount`} label={t.amount} numeric value={row.amount} onChange={(amount) => setRow(i, { amount })} />
            <div className={s.rowActions}>
              <Button
                appearance="subtle"
                size="small"
                aria-label={t.removeCost(title)}
                onClick={() => {
                  p.setDraft((d) => ({ ...d, costs: { ...d.costs, [p.list]: d.costs[p.list].filter((r) => r.id !== row.id) } }));
                  addRef.current?.focus();
                }}
              >
                ✕
              </Button>
            </div>
          </div>
        );
      })}
      <div>
        <Button ref={addRef} size="small" onClick={() => p.setDraft((d) => ({ ...d, costs: { ...d.costs, [p.list]: [...d.costs[p.list], emptyCost()] } }))}>
          + {t.addCost}
        </Button>
      </div>
    </fieldset>
  );
}

type CostGroupName = "recruitment" | "training" | "management";
type CostGroupKey<G extends CostGroupName> = keyof Draft["costs"][G] & string;

/** One fixed-cost group: a fieldset of number fields, each bound to costs.<group>.<key>. */
function CostGroup<G extends CostGroupName>(
  p: StepProps & { readonly group: G; readonly title: string; readonly fields: readonly (readonly [key: CostGroupKey<G>, label: string])[] },
): JSX.Element {
  const { t } = useFields();
  const s = useStyles();
  const { group, setDraft } = p;
  // Every group holds only strings; the keys are checked against the group's own type in `fields`.
  const values: Readonly<Record<string, string>> = p.draft.costs[group];
  return (
    <fieldset className={s.fieldset}>
      <legend className={s.legend}>{p.title}</legend>
      <p className={s.hint}>{t.groupHint}</p>
      <div className={s.grid}>
        {p.fields.map(([key, label]) => (
          <TextField
            key={key}
            path={`costs.${group}.${key}`}
            label={label}
            numeric
            value={values[key] ?? ""}
            onChange={(v) => setDraft((d) => ({ ...d, costs: { ...d.costs, [group]: { ...d.costs[group], [key]: v } } }))}
          />
        ))}
      </div>
    </fieldset>
  );
}

export function StepCosts(p: StepProps): JSX.Element {
  const { t } = useFields();
  const s = useStyles();
  return (
    <div className={s.section}>
      <CostLines {...p} list="labor" title={t.laborLines} hint={t.laborHint} />
      <CostGroup
        {...p}
        group="recruitment"
        title={t.recruitment}
        fields={[
          ["hires", t.hires],
          ["feePerHire", t.feePerHire],
        ]}
      />
      <CostGroup
        {...p}
        group="training"
        title={t.training}
        fields={[
          ["hires", t.trainingHires],
          ["days", t.trainingDays],
          ["dailyAllowance", t.dailyAllowance],
        ]}
      />
      <CostGroup
        {...p}
        group="management"
        title={t.management}
        fields={[
          ["managers", t.managers],
          ["monthlySalary", t.monthlySalary],
          ["months", t.managementMonths],
        ]}
      />
      <CostLines {...p} list="other" title={t.otherLines} />
      <TextField path="taxRate" label={t.taxRate} hint={t.taxRateHint} numeric placeholder="6%" value={p.draft.taxRate} onChange={(taxRate) => p.setDraft((d) => ({ ...d, taxRate }))} />
    </div>
  );
}
