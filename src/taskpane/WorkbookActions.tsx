/** The review's workbook block: where the pane runs, the CC.* option, insert (Excel) or download (browser), and the update question. */
import { Button, Checkbox, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from "@fluentui/react-components";
import type { FormulaMode } from "../workbook/plan";
import { useFields } from "./fields";
import type { HostInfo } from "./host";
import type { Confirm } from "./state";
import { useStyles } from "./styles";

export function WorkbookActions(p: {
  readonly host: HostInfo | "detecting";
  readonly ready: boolean;
  /** The scenario is priced: the quote sheet is written too, and the button says so. */
  readonly priced: boolean;
  readonly busy: boolean;
  readonly formulas: FormulaMode;
  readonly setFormulas: (f: FormulaMode) => void;
  readonly onInsert: () => void;
  readonly onDownload: () => void;
}): JSX.Element {
  const { t } = useFields();
  const s = useStyles();
  return (
    <section className={s.section} aria-labelledby="cc-wb-h">
      <h3 id="cc-wb-h" className={s.subheading}>
        {t.paneWorkbook}
      </h3>
      <p className={s.hint}>{p.host === "detecting" ? t.paneDetecting : p.host.kind === "excel" ? t.paneModeExcel : t.paneModeStandalone}</p>
      <Checkbox
        checked={p.formulas === "cc"}
        onChange={(_, d) => p.setFormulas(d.checked === true ? "cc" : "native")}
        label={t.paneCcFormulas}
        data-testid="cc-formulas"
      />
      <div className={s.toolbar}>
        {p.host !== "detecting" && p.host.kind === "excel" ? (
          <Button appearance="primary" disabled={!p.ready || p.busy} onClick={p.onInsert} data-testid="insert-breakdown">
            {p.priced ? t.paneInsertBreakdownQuote : t.paneInsertBreakdown}
          </Button>
        ) : (
          <Button appearance="primary" disabled={!p.ready || p.busy || p.host === "detecting"} onClick={p.onDownload} data-testid="download-xlsx">
            {p.priced ? t.paneDownloadXlsxQuote : t.paneDownloadXlsx}
          </Button>
        )}
        {p.busy && <Spinner size="tiny" label={t.paneBusy} />}
      </div>
    </section>
  );
}

export function ConfirmDialog(p: { readonly confirm: Confirm | null; readonly onAnswer: (yes: boolean) => void }): JSX.Element {
  const { t } = useFields();
  return (
    <Dialog open={p.confirm !== null} modalType="alert" onOpenChange={(_, d) => !d.open && p.onAnswer(false)}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.paneConfirmUpdateTitle}</DialogTitle>
          <DialogContent>{p.confirm ? t.paneConfirmUpdate(p.confirm.sheet) : ""}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => p.onAnswer(true)}>
              {t.paneConfirm}
            </Button>
            <Button onClick={() => p.onAnswer(false)}>{t.paneCancel}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
