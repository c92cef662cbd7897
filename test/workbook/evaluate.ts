/**
 * A tiny spreadsheet evaluator for the plan's own formula language — A1 references and ranges,
 * + − × ÷, =, parentheses, string literals, SUM / SUMIF / SUMPRODUCT / IF / ISNUMBER and the CC.*
 * functions, the latter dispatched to the add-in's real custom-function implementations
 * (src/functions). It lets the tests compute the CC-mode sheet, which LibreOffice cannot.
 * Doubles throughout, like a spreadsheet.
 */
import { ccMgmtCost, ccPerAnswer, ccPerMinute, ccRecruitCost, ccTrainingCost, ccWithTax } from "../../src/functions/costplus";
import { ccNormAnswers, ccPaidMinutes, ccUtilization } from "../../src/functions/traffic";
import type { SheetPlan } from "../../src/workbook/plan";

type Scalar = number | string | boolean | null;
type Value = Scalar | Scalar[][];

const CC: Record<string, (...args: never[]) => number> = {
  "CC.NORMANSWERS": ccNormAnswers,
  "CC.PAIDMINUTES": ccPaidMinutes,
  "CC.UTILIZATION": ccUtilization,
  "CC.RECRUITCOST": ccRecruitCost,
  "CC.TRAININGCOST": ccTrainingCost,
  "CC.MGMTCOST": ccMgmtCost,
  "CC.WITHTAX": ccWithTax,
  "CC.PERANSWER": ccPerAnswer,
  "CC.PERMINUTE": ccPerMinute,
};

type Token = { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; v: string } | { t: "fn"; v: string } | { t: "op"; v: string };

function tokenize(formula: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|"((?:[^"]|"")*)"|([A-Z][A-Z0-9.]*)\(|(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|([-+*/(),=]))/y;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < formula.length) {
    re.lastIndex = pos;
    m = re.exec(formula);
    if (!m) throw new Error(`evaluate: cannot read "${formula.slice(pos)}" in ${formula}`);
    pos = re.lastIndex;
    if (m[1] !== undefined) out.push({ t: "num", v: Number(m[1]) });
    else if (m[2] !== undefined) out.push({ t: "str", v: m[2].replace(/""/g, '"') });
    else if (m[3] !== undefined) out.push({ t: "fn", v: m[3] });
    else if (m[4] !== undefined) out.push({ t: "ref", v: m[4].replace(/\$/g, "") });
    else if (m[5] !== undefined) out.push({ t: "op", v: m[5] });
  }
  return out;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function letters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export class PlanEvaluator {
  private readonly cells: Map<string, { value?: string | number | null; formula?: string }>;
  private readonly cache = new Map<string, Scalar>();

  constructor(plan: SheetPlan) {
    this.cells = new Map(plan.cells.map((c) => [c.address, c]));
  }

  /** The value of a cell; a thrown error (as from a custom function) becomes the string "#ERROR". */
  cell(address: string): Scalar {
    const hit = this.cache.get(address);
    if (hit !== undefined) return hit;
    const c = this.cells.get(address);
    let v: Scalar = null;
    if (c?.formula !== undefined) {
      try {
        v = this.scalar(this.formula(c.formula));
      } catch (e) {
        if (e instanceof Error && e.message.startsWith("evaluate:")) throw e;
        v = "#ERROR";
      }
    } else if (c?.value !== undefined) v = c.value;
    this.cache.set(address, v);
    return v;
  }

  private range(ref: string): Scalar[][] {
    const [a = "", b = a] = ref.split(":");
    const [, c1 = "", r1 = ""] = /^([A-Z]+)(\d+)$/.exec(a) ?? [];
    const [, c2 = "", r2 = ""] = /^([A-Z]+)(\d+)$/.exec(b) ?? [];
    const rows: Scalar[][] = [];
    for (let r = Number(r1); r <= Number(r2); r++) {
      const row: Scalar[] = [];
      for (let c = colNumber(c1); c <= colNumber(c2); c++) row.push(this.cell(`${letters(c)}${r}`));
      rows.push(row);
    }
    return rows;
  }

  private scalar(v: Value): Scalar {
    if (Array.isArray(v)) {
      if (v.length === 1 && v[0]?.length === 1) return v[0][0] ?? null;
      throw new Error("evaluate: a range where a single value is needed");
    }
    return v;
  }

  private num(v: Value): number {
    const s = this.scalar(v);
    if (s === null || s === "") return 0;
    if (typeof s === "number") return s;
    throw new Error(`#VALUE! (${String(s)})`);
  }

  formula(text: string): Value {
    const tokens = tokenize(text);
    let i = 0;
    const peek = (): Token | undefined => tokens[i];
    const expectOp = (op: string): void => {
      const t = tokens[i++];
      if (t?.t !== "op" || t.v !== op) throw new Error(`evaluate: expected ${op} in ${text}`);
    };
    const comparison = (): Value => {
      const left = additive();
      const t = peek();
      if (t?.t === "op" && t.v === "=") {
        i++;
        return this.num(left) === this.num(additive());
      }
      return left;
    };
    const additive = (): Value => {
      let left = term();
      for (let t = peek(); t?.t === "op" && (t.v === "+" || t.v === "-"); t = peek()) {
        i++;
        const right = term();
        left = t.v === "+" ? this.num(left) + this.num(right) : this.num(left) - this.num(right);
      }
      return left;
    };
    const term = (): Value => {
      let left = unary();
      for (let t = peek(); t?.t === "op" && (t.v === "*" || t.v === "/"); t = peek()) {
        i++;
        const right = this.num(unary());
        if (t.v === "/" && right === 0) throw new Error("#DIV/0!");
        left = t.v === "*" ? this.num(left) * right : this.num(left) / right;
      }
      return left;
    };
    const unary = (): Value => {
      const t = peek();
      if (t?.t === "op" && t.v === "-") {
        i++;
        return -this.num(unary());
      }
      return primary();
    };
    const primary = (): Value => {
      const t = tokens[i++];
      if (!t) throw new Error(`evaluate: unexpected end of ${text}`);
      if (t.t === "num" || t.t === "str") return t.v;
      if (t.t === "ref") return t.v.includes(":") ? this.range(t.v) : this.cell(t.v);
      if (t.t === "op" && t.v === "(") {
        const v = comparison();
        expectOp(")");
        return v;
      }
      if (t.t === "fn") {
        const args: Value[] = [];
        if (!(peek()?.t === "op" && peek()?.v === ")")) {
          args.push(comparison());
          while (peek()?.t === "op" && peek()?.v === ",") {
            i++;
            args.push(comparison());
          }
        }
        expectOp(")");
        return this.call(t.v, args);
      }
      throw new Error(`evaluate: unexpected ${t.v} in ${text}`);
    };
    const v = comparison();
    if (i !== tokens.length) throw new Error(`evaluate: trailing tokens in ${text}`);
    return v;
  }

  private call(name: string, args: Value[]): Value {
    const flat = (v: Value): Scalar[] => (Array.isArray(v) ? v.flat() : [v]);
    switch (name) {
      case "SUM":
        return args.flatMap(flat).reduce<number>((s, x) => s + (typeof x === "number" ? x : 0), 0);
      case "SUMIF": {
        const [keys, criterion, values] = [flat(args[0] ?? null), this.scalar(args[1] ?? null), flat(args[2] ?? null)];
        return keys.reduce<number>((s, k, j) => {
          const v = values[j];
          return typeof k === "string" && typeof criterion === "string" && k.toLowerCase() === criterion.toLowerCase() && typeof v === "number" ? s + v : s;
        }, 0);
      }
      case "SUMPRODUCT": {
        const lists = args.map(flat);
        const n = lists[0]?.length ?? 0;
        let s = 0;
        for (let j = 0; j < n; j++) s += lists.reduce((p, l) => p * (typeof l[j] === "number" ? (l[j] as number) : 0), 1);
        return s;
      }
      case "IF":
        return this.scalar(args[0] ?? null) ? (args[1] ?? null) : (args[2] ?? false);
      case "ISNUMBER":
        return typeof this.scalar(args[0] ?? null) === "number";
      default: {
        const fn = CC[name];
        if (!fn) throw new Error(`evaluate: unknown function ${name}`);
        // Excel hands custom functions ranges as matrices and single cells as scalars.
        return (fn as (...a: unknown[]) => number)(...args);
      }
    }
  }
}
