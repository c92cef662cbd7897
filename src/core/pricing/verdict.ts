/**
 * The volume risk in one sentence's worth of facts: at the furthest fall in volume tested (the
 * lowest ratio below 1) and the furthest rise (the highest above 1), which models keep the most
 * margin and which the least, with the figures. Read off the risk table only, so the sentence
 * says nothing the table does not show. Models that tie are named together.
 */
import type { Dec } from "../decimal";
import { ONE } from "../decimal";
import type { ModelKey } from "./models";

/** What the verdict reads of a model: its margins in the order of the volume ratios. */
export interface RiskRow {
  readonly key: ModelKey;
  readonly margin: readonly Dec[];
  readonly worstMargin: readonly Dec[];
}

export interface RiskTable {
  readonly volumeRatios: readonly Dec[];
  readonly models: readonly RiskRow[];
}

/** The models that share one margin at a ratio. */
export interface Standing {
  readonly keys: readonly ModelKey[];
  readonly margin: Dec;
  readonly worstMargin: Dec;
}

export interface VolumeSide {
  /** The ratio read (the lowest tested below 1, or the highest above 1). */
  readonly ratio: Dec;
  /** The models with the highest margin there. */
  readonly best: Standing;
  /** The models with the lowest margin there; the same models as `best` when every model ties. */
  readonly least: Standing;
}

export interface VolumeVerdict {
  /** Absent when no ratio below 1 is tested. */
  readonly falling?: VolumeSide;
  /** Absent when no ratio above 1 is tested. */
  readonly rising?: VolumeSide;
}

/** The models at the top (or bottom) of the margin column `at`, in the table's order. */
function standing(models: readonly RiskRow[], at: number, top: boolean): Standing | undefined {
  let found: Standing | undefined;
  for (const m of models) {
    const margin = m.margin[at];
    const worstMargin = m.worstMargin[at];
    if (margin === undefined || worstMargin === undefined) continue;
    const cmp = found === undefined ? 1 : margin.comparedTo(found.margin) * (top ? 1 : -1);
    if (found === undefined || cmp > 0) found = { keys: [m.key], margin, worstMargin };
    else if (cmp === 0) found = { ...found, keys: [...found.keys, m.key] };
  }
  return found;
}

function side(t: RiskTable, at: number): VolumeSide | undefined {
  const ratio = t.volumeRatios[at];
  const best = standing(t.models, at, true);
  const least = standing(t.models, at, false);
  return ratio === undefined || best === undefined || least === undefined ? undefined : { ratio, best, least };
}

/** The index of the lowest ratio below 1 (`below`) or the highest above 1, or -1. */
function furthest(ratios: readonly Dec[], below: boolean): number {
  let at = -1;
  ratios.forEach((v, i) => {
    const beyond = below ? v.lt(ONE) : v.gt(ONE);
    const further = at < 0 || (below ? v.lt(ratios[at] as Dec) : v.gt(ratios[at] as Dec));
    if (beyond && further) at = i;
  });
  return at;
}

export function volumeVerdict(t: RiskTable): VolumeVerdict {
  const down = furthest(t.volumeRatios, true);
  const up = furthest(t.volumeRatios, false);
  const falling = down < 0 ? undefined : side(t, down);
  const rising = up < 0 ? undefined : side(t, up);
  return { ...(falling && { falling }), ...(rising && { rising }) };
}

/**
 * Models whose margins and worst-case margins are equal at every ratio draw the same line: the
 * pane gives them one colour and one column. Groups in the table's order.
 */
export function sameRiskGroups(t: RiskTable): ModelKey[][] {
  const groups: { row: RiskRow; keys: ModelKey[] }[] = [];
  const same = (a: readonly Dec[], b: readonly Dec[]): boolean => a.length === b.length && a.every((x, i) => x.eq(b[i] as Dec));
  for (const m of t.models) {
    const g = groups.find((x) => same(x.row.margin, m.margin) && same(x.row.worstMargin, m.worstMargin));
    if (g) g.keys.push(m.key);
    else groups.push({ row: m, keys: [m.key] });
  }
  return groups.map((g) => g.keys);
}
