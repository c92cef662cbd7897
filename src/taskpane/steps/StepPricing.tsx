/**
 * Step 6, Price · 报价: the catalogue's `pricing` fields in groups an analyst thinks in (margin;
 * seats and the minimum engagement; outcomes and base + commission; the package; the terms; the
 * volumes to test), then the rate card and the volume risk computed live from the core for the
 * current draft (pricing/). The section starts blank (a scenario is priced only once something
 * is typed here); each default shows as the field's placeholder. A pricing field the groups below
 * do not name still gets its input, in the catalogue's order, so a new field is never hidden.
 */
import { pick, SCENARIO, type CatalogueNode, type Children } from "../../core";
import { prefill } from "../draft";
import { DraftField, useFields } from "../fields";
import { PricingResults, type PricingResultsProps } from "../pricing/Results";
import { usePriceWords, type PriceWords } from "../pricing/words";
import { useStyles } from "../styles";

const PRICING = SCENARIO.children.pricing;
type Key = keyof typeof PRICING.children;
type Leaf = Exclude<CatalogueNode, { kind: "group" | "list" | "literal" }>;

/** The groups of the form: a title from the sentence book and the fields in it, or a catalogue group shown whole. */
const GROUPS: readonly ({ readonly title: (w: PriceWords) => string; readonly keys: readonly Key[] } | { readonly group: Key })[] = [
  { title: (w) => w.panePriceGroupMargin, keys: ["margin", "method"] },
  { title: (w) => w.panePriceGroupSeats, keys: ["seats", "billingDaysPerMonth", "minSeats", "minMonths"] },
  { title: (w) => w.panePriceGroupOutcomes, keys: ["outcomes", "outcomeName", "baseShare"] },
  { group: "package" },
  { group: "terms" },
  { title: (w) => w.panePriceGroupVolume, keys: ["volumeRatios"] },
];

const PLACED: ReadonlySet<string> = new Set(GROUPS.flatMap((g) => ("group" in g ? [g.group] : g.keys)));

function isLeaf(node: CatalogueNode): node is Leaf {
  return node.kind !== "group" && node.kind !== "list" && node.kind !== "literal";
}

/** The leaves of a set of children as inputs; nested groups as fieldsets of their own. */
function Fields(p: { readonly children: Children; readonly path: string; readonly keys?: readonly string[] }): JSX.Element {
  const { lang } = useFields();
  const s = useStyles();
  const entries = (p.keys ?? Object.keys(p.children)).flatMap((key) => {
    const node = p.children[key];
    return node === undefined ? [] : [[key, node] as const];
  });
  return (
    <>
      {entries.some(([, node]) => isLeaf(node)) && (
        <div className={s.grid}>
          {entries.flatMap(([key, node]) =>
            isLeaf(node) ? [<DraftField key={key} path={`${p.path}.${key}`} placeholder={prefill(node) || undefined} />] : [],
          )}
        </div>
      )}
      {entries.flatMap(([key, node]) =>
        node.kind === "group"
          ? [
              <fieldset key={key} className={s.fieldset}>
                <legend className={s.legend}>{pick(node.spec.label, lang)}</legend>
                {node.spec.help && <p className={s.hint}>{pick(node.spec.help, lang)}</p>}
                <Fields children={node.children} path={`${p.path}.${key}`} />
              </fieldset>,
            ]
          : [],
      )}
    </>
  );
}

function PricingForm(): JSX.Element {
  const w = usePriceWords();
  const s = useStyles();
  const rest = Object.keys(PRICING.children).filter((k) => !PLACED.has(k));
  return (
    <div className={s.groups}>
      {GROUPS.map((g) =>
        "group" in g ? (
          <Fields key={g.group} children={{ [g.group]: PRICING.children[g.group] }} path="pricing" />
        ) : (
          <fieldset key={g.keys.join()} className={s.fieldset}>
            <legend className={s.legend}>{g.title(w)}</legend>
            <Fields children={PRICING.children} path="pricing" keys={g.keys} />
          </fieldset>
        ),
      )}
      {rest.length > 0 && <Fields children={PRICING.children} path="pricing" keys={rest} />}
    </div>
  );
}

export function StepPricing(p: PricingResultsProps): JSX.Element {
  const { lang } = useFields();
  const s = useStyles();
  return (
    <div className={s.section}>
      {PRICING.spec.help && <p className={s.hint}>{pick(PRICING.spec.help, lang)}</p>}
      <PricingForm />
      <PricingResults {...p} />
    </div>
  );
}
