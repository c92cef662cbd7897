/**
 * Labelled inputs wired to the wizard's problems: each field looks up its own JSON path, shows
 * the core's message in the user's language once the field has been visited (Fluent's Field
 * gives it role="alert" and links it with aria-describedby), and reports blur so it can reveal.
 * A scenario field is a DraftField: its label, help, required mark and kind are the catalogue's.
 */
import { createContext, useContext, useState, type ClipboardEvent, type ReactNode } from "react";
import { Field, Input, Select, Textarea } from "@fluentui/react-components";
import { cataloguePath, fields, nodeAt, pick, type FieldEntry, type Lang, type LocalizedText } from "../core";
import { DRAFT_ROOT, groupedText, isRequired, textAt, type Draft, type Issue } from "./draft";
import { useStyles } from "./styles";
import type { Words } from "./words";

export interface FieldContext {
  readonly lang: Lang;
  readonly t: Words;
  readonly draft: Draft;
  readonly setText: (path: string, value: string) => void;
  /** Problems by path (already filtered to those the user should see now). */
  readonly visibleIssue: (path: string) => Issue | undefined;
  readonly reveal: (path: string) => void;
}

export const FieldsCtx = createContext<FieldContext | null>(null);

export function useFields(): FieldContext {
  const ctx = useContext(FieldsCtx);
  if (!ctx) throw new Error("useFields outside FieldsCtx");
  return ctx;
}

/** A stable DOM id for the input at a path, so review links can focus it. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, "-")}`;
}

interface TextFieldProps {
  readonly path: string;
  readonly label: ReactNode;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly hint?: string;
  /**
   * Numbers are typed as text so "1,234", "6%" and half-typed values survive; away from the
   * keyboard they read grouped (17,000,000), while editing as typed.
   */
  readonly numeric?: boolean;
  readonly placeholder?: string;
  readonly required?: boolean;
  readonly multiline?: boolean;
  /** A multi-line box's height in lines (the browser's default, 2, when absent). */
  readonly rows?: number;
  readonly list?: string;
  /** A paste the field handles itself (a column from Excel); call preventDefault to take it. */
  readonly onPaste?: (e: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => void;
}

export function TextField(p: TextFieldProps): JSX.Element {
  const { lang, visibleIssue, reveal } = useFields();
  const s = useStyles();
  const issue = visibleIssue(p.path);
  const id = fieldId(p.path);
  const [editing, setEditing] = useState(false);
  return (
    <Field
      label={{ children: p.label, htmlFor: id }}
      hint={p.hint}
      required={p.required}
      validationState={issue ? "error" : "none"}
      validationMessage={issue ? pick(issue.message, lang) : undefined}
    >
      {p.multiline ? (
        <Textarea id={id} value={p.value} resize="vertical" rows={p.rows} data-path={p.path} onChange={(_, d) => p.onChange(d.value)} onPaste={p.onPaste} onBlur={() => reveal(p.path)} />
      ) : (
        <Input
          id={id}
          className={s.input}
          value={p.numeric && !editing ? groupedText(p.value, lang) : p.value}
          placeholder={p.placeholder}
          inputMode={p.numeric ? "decimal" : undefined}
          autoComplete="off"
          list={p.list}
          data-path={p.path}
          onChange={(_, d) => p.onChange(d.value)}
          onFocus={(e) => {
            // The figure as typed at once, and selected — as a spreadsheet cell is: typing replaces
            // it, a second click places the caret. (Changed on React's next render instead, the
            // value would drop the selection a Tab makes, and typing would append.)
            const el = e.target;
            if (p.numeric && el.value !== p.value) {
              el.value = p.value;
              el.select();
            }
            setEditing(true);
          }}
          onBlur={() => {
            setEditing(false);
            reveal(p.path);
          }}
        />
      )}
    </Field>
  );
}

const ENTRIES: ReadonlyMap<string, FieldEntry> = new Map(fields(DRAFT_ROOT).map((e) => [e.path, e]));

/** Marked required when the field must be filled wherever it sits (not in an optional group or a list that may be empty). */
export function requiredMark(path: string): boolean {
  const entry = ENTRIES.get(cataloguePath(path));
  if (!entry || !isRequired(entry.node)) return false;
  return entry.within.every((w) => (w.kind === "group" ? w.spec.optional !== true : (w.spec.minItems ?? 0) > 0));
}

interface DraftFieldProps {
  /** The field's path over the draft, e.g. "traffic.streams[2].answered". */
  readonly path: string;
  /** Instead of the catalogue's label (a preset labour item is labelled by its name). */
  readonly label?: string;
  /** false: leave the catalogue's help out (repeated rows show it once). */
  readonly help?: boolean;
  readonly placeholder?: string;
  readonly list?: string;
  /** A list of figures in a box of several lines (a column pasted from Excel). */
  readonly multiline?: boolean;
  /** Instead of typing into the draft as is (a field whose change moves another, e.g. the months). */
  readonly onChange?: (value: string) => void;
  readonly onPaste?: TextFieldProps["onPaste"];
}

const FIGURE_ROWS = 5;

interface ChoiceFieldProps {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly options: readonly string[];
  readonly words: Readonly<Record<string, LocalizedText>>;
  /** Shown while the draft is blank: what the schema fills in. */
  readonly fallback: string;
}

/** One word of a fixed list, offered in the reader's words (the draft keeps the word itself). */
function ChoiceField(p: ChoiceFieldProps): JSX.Element {
  const { lang, draft, setText, visibleIssue, reveal } = useFields();
  const s = useStyles();
  const issue = visibleIssue(p.path);
  const id = fieldId(p.path);
  const typed = textAt(draft, p.path);
  const value = typed === "" ? p.fallback : typed;
  return (
    <Field label={{ children: p.label, htmlFor: id }} hint={p.hint} validationState={issue ? "error" : "none"} validationMessage={issue ? pick(issue.message, lang) : undefined}>
      <Select id={id} className={s.input} value={value} data-path={p.path} onChange={(_, d) => setText(p.path, d.value)} onBlur={() => reveal(p.path)}>
        {/* A word from a file that the list does not hold stays visible (and refused) until changed. */}
        {!p.options.includes(value) && <option value={value}>{value}</option>}
        {p.options.map((o) => (
          <option key={o} value={o}>
            {p.words[o] ? pick(p.words[o], lang) : o}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** The input for one scenario field, as the catalogue describes it. */
export function DraftField(p: DraftFieldProps): JSX.Element {
  const { lang, draft, setText } = useFields();
  const node = nodeAt(DRAFT_ROOT, p.path);
  // A path the catalogue does not know is a wiring mistake in the steps, not user input.
  if (node?.kind !== "number" && node?.kind !== "text" && node?.kind !== "figures") throw new Error(`no catalogue field at ${p.path}`);
  const { spec } = node;
  if (node.kind === "text" && node.spec.options && node.spec.optionWords) {
    const hint = p.help === false || spec.help === undefined ? undefined : pick(spec.help, lang);
    return <ChoiceField path={p.path} label={p.label ?? pick(spec.label, lang)} hint={hint} options={node.spec.options} words={node.spec.optionWords} fallback={node.spec.default ?? node.spec.options[0]} />;
  }
  const multiline = (node.kind === "text" && node.spec.multiline === true) || (node.kind === "figures" && p.multiline === true);
  return (
    <TextField
      path={p.path}
      label={p.label ?? pick(spec.label, lang)}
      hint={p.help === false || spec.help === undefined ? undefined : pick(spec.help, lang)}
      required={requiredMark(p.path)}
      numeric={node.kind === "number"}
      multiline={multiline}
      // A list of figures shows several at once, as the column it was pasted from.
      rows={node.kind === "figures" && multiline ? FIGURE_ROWS : undefined}
      placeholder={p.placeholder}
      list={p.list}
      onPaste={p.onPaste}
      value={textAt(draft, p.path)}
      // ISO codes are capitals; typing "cny" should not be an error.
      onChange={p.onChange ?? ((v) => setText(p.path, spec.unit === "currency" ? v.toUpperCase() : v))}
    />
  );
}
