/** What every block of the bid sheet reads and writes through. */
import type { ForecastResult } from "../../core/forecast";
import type { BidScenario } from "../../core/scenario";
import { BID_SHEET } from "../../core/sentences/bidSheet";
import { inLang, type InLang } from "../../core/sentences/book";
import { FORECAST } from "../../core/sentences/forecast";
import { WORKBOOK } from "../../core/sentences/workbook";
import { SheetBuilder } from "../plan/a1";
import type { Lang } from "../plan/types";
import type { BidRows } from "./layout";

export interface BidContext {
  readonly scenario: BidScenario;
  readonly lang: Lang;
  readonly currency: string;
  readonly sheet: SheetBuilder;
  readonly words: InLang<typeof WORKBOOK>;
  readonly bid: InLang<typeof BID_SHEET>;
  readonly forecast: InLang<typeof FORECAST>;
  /** The core's staffing, monthly table and breakdown (undefined when it refuses the bid). */
  readonly core: ForecastResult | undefined;
  readonly rows: BidRows;
}

export function bidContext(scenario: BidScenario, lang: Lang, core: ForecastResult | undefined, rows: BidRows): BidContext {
  return { scenario, lang, currency: scenario.currency, sheet: new SheetBuilder(), words: inLang(WORKBOOK, lang), bid: inLang(BID_SHEET, lang), forecast: inLang(FORECAST, lang), core, rows };
}
