/**
 * Labelled inputs wired to the wizard's problems: each field looks up its own JSON path, shows
 * the core's message in the user's language once the field has been visited (Fluent's Field
 * gives it role="alert" and links it with aria-describedby), and reports blur so it can reveal.
 */
import { createContext, useContext, type ReactNode } from "react";
import { Field, Input, Textarea } from "@fluentui/react-components";
import type { Issue } from "./draft";
import { pick, type Lang, type Strings } from "./i18n";

export interface FieldContext {
  readonly lang: Lang;
  readonly t: Strings;
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
  /** Numbers are typed as text so "1,234", "6%" and half-typed values survive. */
  readonly numeric?: boolean;
  readonly placeholder?: string;
  readonly required?: boolean;
  readonly multiline?: boolean;
  readonly list?: string;
  readonly className?: string;
}

export function TextField(p: TextFieldProps): JSX.Element {
  const { lang, visibleIssue, reveal } = useFields();
  const issue = visibleIssue(p.path);
  const id = fieldId(p.path);
  return (
    <Field
      className={p.className}
      label={{ children: p.label, htmlFor: id }}
      hint={p.hint}
      required={p.required}
      validationState={issue ? "error" : "none"}
      validationMessage={issue ? pick(issue.message, lang) : undefined}
    >
      {p.multiline ? (
        <Textarea id={id} value={p.value} resize="vertical" onChange={(_, d) => p.onChange(d.value)} onBlur={() => reveal(p.path)} />
      ) : (
        <Input
          id={id}
          value={p.value}
          placeholder={p.placeholder}
          inputMode={p.numeric ? "decimal" : undefined}
          autoComplete="off"
          list={p.list}
          data-path={p.path}
          onChange={(_, d) => p.onChange(d.value)}
          onBlur={() => reveal(p.path)}
        />
      )}
    </Field>
  );
}
