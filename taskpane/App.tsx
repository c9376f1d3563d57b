/**
 * The task pane: 检查 (read, check, mark), 清除标记, 生成情况说明 (preview, supplement, insert, copy, .docx).
 * It talks to the workbook only through a Host; every failure of the host becomes a message bar naming
 * what failed.
 */
import * as React from 'react';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Caption1, ProgressBar, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { WorkbookGrid } from '../src/core/grid';
import { checkWorkbook, type CheckResult } from '../src/engine';
import type { Host } from '../src/host/seam';
import { dismissalStatus, findingsView, marksFor, withDismissal, withoutDismissal } from '../src/app/findings';
import type { MessageKey } from '../src/app/i18n';
import { documentNames, narrativeLines, narrativePlainText, setSupplementValue, usableSupplement } from '../src/app/narrative';
import { EMPTY_STATE, dismiss, type StoredState } from '../src/host/state';
import { generateNarrative } from '../src/narrative/generate';
import type { Narrative } from '../src/narrative/types';
import type { Finding } from '../src/core/findings';
import { ConfirmDialog } from './components/ConfirmDialog';
import { DismissDialog } from './components/DismissDialog';
import { Findings } from './components/Findings';
import { NarrativePane, type SaveStatus } from './components/NarrativePane';
import { Notices, type Notice } from './components/Notices';
import { useT } from './i18n';

/** The sheet 插入到工作表 writes. */
export const NARRATIVE_SHEET = '情况说明';

const SAVE_DELAY_MS = 500;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  header: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: 'sticky',
    top: 0,
    zIndex: 1,
  },
  titleRow: {
    display: 'flex',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginBottom: tokens.spacingVerticalS,
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  busy: { marginTop: tokens.spacingVerticalS },
  busyText: { color: tokens.colorNeutralForeground2, display: 'block', marginTop: tokens.spacingVerticalXXS },
  body: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    flexGrow: 1,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  tabs: { marginTop: tokens.spacingVerticalXS, marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

interface Checked {
  grid: WorkbookGrid;
  result: CheckResult;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Lets the browser paint the progress indicator before a long synchronous step. */
const nextPaint = () =>
  new Promise<void>((resolve) => {
    let done = false;
    const go = () => {
      if (!done) {
        done = true;
        resolve();
      }
    };
    requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, 50);
  });

export function App({ host }: { host: Host }): React.ReactElement {
  const t = useT();
  const s = useStyles();

  const [busy, setBusy] = useState<MessageKey | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [markedCount, setMarkedCount] = useState<number | null>(null);
  const [view, setView] = useState<'findings' | 'narrative'>('findings');
  const [narrativeOn, setNarrativeOn] = useState(false);
  const [explaining, setExplaining] = useState<Finding | null>(null);
  const [confirmReplace, setConfirmReplace] = useState<string[] | null>(null);

  // The stored state: the supplement and the explanations; saved through the host.
  const [state, setState] = useState<StoredState>(EMPTY_STATE);
  const [stateReady, setStateReady] = useState(false);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const stateRef = useRef<StoredState>(EMPTY_STATE);
  const loadFailed = useRef(false);
  const saveChain = useRef<Promise<void>>(Promise.resolve());
  const saveTimer = useRef<number | undefined>(undefined);
  const noticeId = useRef(0);

  const fail = useCallback(
    (what: MessageKey, e: unknown) => {
      setNotices((n) => [...n, { id: ++noticeId.current, intent: 'error', title: t('failed', { what: t(what) }), detail: errorText(e) }]);
    },
    [t],
  );
  const tell = useCallback((text: string) => {
    setNotices((n) => [...n.filter((x) => x.intent === 'error'), { id: ++noticeId.current, intent: 'success', title: text }]);
  }, []);
  const clearNotices = () => setNotices([]);

  useEffect(() => {
    let live = true;
    host.loadState().then(
      (loaded) => {
        if (!live) return;
        stateRef.current = loaded;
        setState(loaded);
        setStateReady(true);
      },
      (e) => {
        if (!live) return;
        loadFailed.current = true;
        setStateReady(true);
        fail('opLoadState', e);
      },
    );
    return () => {
      live = false;
    };
  }, [host, fail]);

  const persist = useCallback(
    (next: StoredState): Promise<void> => {
      window.clearTimeout(saveTimer.current);
      saveTimer.current = undefined;
      const run = async () => {
        let toSave = next;
        if (loadFailed.current) {
          // Never overwrite what the workbook holds because it could not be read at first.
          const stored = await host.loadState();
          loadFailed.current = false;
          const keep = stored.dismissals.filter(
            (d) => !next.dismissals.some((x) => x.rule === d.rule && x.cells.join() === d.cells.join()),
          );
          toSave = { version: 1, supplement: { ...stored.supplement, ...next.supplement }, dismissals: [...keep, ...next.dismissals] };
        }
        await host.saveState(toSave);
      };
      const p = saveChain.current.then(run).then(
        () => {
          if (stateRef.current === next) setSaveStatus('saved');
        },
        (e) => {
          setSaveStatus('idle');
          fail('opSaveState', e);
          throw e;
        },
      );
      saveChain.current = p.catch(() => undefined);
      return p;
    },
    [host, fail],
  );

  const update = useCallback(
    (next: StoredState, immediately: boolean): Promise<void> => {
      stateRef.current = next;
      setState(next);
      setSaveStatus('saving');
      if (immediately) return persist(next);
      window.clearTimeout(saveTimer.current);
      saveTimer.current = window.setTimeout(() => void persist(stateRef.current).catch(() => undefined), SAVE_DELAY_MS);
      return Promise.resolve();
    },
    [persist],
  );

  // A pending save is not lost when the pane closes.
  useEffect(
    () => () => {
      if (saveTimer.current !== undefined) void persist(stateRef.current).catch(() => undefined);
    },
    [persist],
  );

  const readAndCheck = async (): Promise<Checked | null> => {
    setBusy('busyReading');
    let grid: WorkbookGrid;
    try {
      grid = await host.readWorkbook();
    } catch (e) {
      fail('opReadWorkbook', e);
      return null;
    }
    setBusy('busyChecking');
    await nextPaint();
    try {
      const c = { grid, result: checkWorkbook(grid) };
      setChecked(c);
      return c;
    } catch (e) {
      fail('opCheck', e);
      return null;
    }
  };

  /** Marks the errors and the warnings not explained, in place of the earlier marks (none: no marks left). */
  const remark = async (c: Checked, dismissals: StoredState['dismissals']): Promise<boolean> => {
    const marks = marksFor(c.result.findings, (f) => dismissalStatus(f, dismissals, c.grid).kind === 'explained');
    try {
      await host.mark(marks);
      setMarkedCount(marks.length);
      return true;
    } catch (e) {
      setMarkedCount(null);
      fail('opMark', e);
      return false;
    }
  };

  const onCheck = async () => {
    clearNotices();
    try {
      const c = await readAndCheck();
      if (!c) return;
      setView('findings');
      setBusy('busyMarking');
      await remark(c, stateRef.current.dismissals);
    } finally {
      setBusy(null);
    }
  };

  const onClear = async () => {
    clearNotices();
    setBusy('busyClearing');
    try {
      await host.clearMarks();
      setMarkedCount(null);
      tell(t('marksCleared'));
    } catch (e) {
      fail('opClearMarks', e);
    } finally {
      setBusy(null);
    }
  };

  const onGenerate = async () => {
    clearNotices();
    try {
      const c = await readAndCheck();
      if (!c) return;
      setBusy('busyGenerating');
      await nextPaint();
      setNarrativeOn(true);
      setView('narrative');
    } finally {
      setBusy(null);
    }
  };

  const select = async (sheet: string, cell: string) => {
    try {
      await host.select(sheet, cell);
    } catch (e) {
      fail('opSelect', e);
    }
  };

  const saveExplanation = async (f: Finding, reason: string) => {
    if (!checked) return;
    const before = stateRef.current;
    const next = withDismissal(before, dismiss(f, reason, checked.grid));
    try {
      await update(next, true);
    } catch (e) {
      stateRef.current = before;
      setState(before);
      throw e;
    }
    setExplaining(null);
    if (markedCount !== null) await remark(checked, next.dismissals);
  };

  const withdraw = async (f: Finding) => {
    if (!checked) return;
    const before = stateRef.current;
    const next = withoutDismissal(before, f);
    try {
      await update(next, true);
    } catch {
      stateRef.current = before; // persist has reported the failure
      setState(before);
      return;
    }
    if (markedCount !== null) await remark(checked, next.dismissals);
  };

  const onSupplement = (key: string, value: string) => {
    update({ ...stateRef.current, supplement: setSupplementValue(stateRef.current.supplement, key, value) }, false);
  };

  // The narrative follows the supplement as it is typed, a render behind the keystrokes.
  const supplement = useDeferredValue(state.supplement);
  const bare = useMemo<Outcome<Narrative> | null>(() => {
    if (!checked || !narrativeOn) return null;
    try {
      return {
        ok: true,
        value: generateNarrative(checked.result.recognized, checked.result.family, {}, checked.result.year, checked.result.attachments),
      };
    } catch (error) {
      return { ok: false, error };
    }
  }, [checked, narrativeOn]);
  const narrative = useMemo<Outcome<Narrative> | null>(() => {
    if (!checked || !narrativeOn) return null;
    try {
      return {
        ok: true,
        value: generateNarrative(
          checked.result.recognized,
          checked.result.family,
          usableSupplement(supplement),
          checked.result.year,
          checked.result.attachments,
        ),
      };
    } catch (error) {
      return { ok: false, error };
    }
  }, [checked, narrativeOn, supplement]);

  const writeSheet = async (lines: string[], replace: boolean) => {
    setBusy('busyWriting');
    try {
      const r = await host.writeTextSheet(NARRATIVE_SHEET, lines, replace);
      if (r === 'exists') setConfirmReplace(lines);
      else tell(t('inserted', { sheet: NARRATIVE_SHEET }));
    } catch (e) {
      fail('opWriteSheet', e);
    } finally {
      setBusy(null);
    }
  };

  const copy = async (n: Narrative) => {
    const text = narrativePlainText(n);
    try {
      try {
        await navigator.clipboard.writeText(text);
      } catch (first) {
        // Office's web views may refuse the async clipboard; the selection-based copy still works there.
        const area = document.createElement('textarea');
        area.value = text;
        area.setAttribute('readonly', '');
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        const ok = document.execCommand('copy');
        area.remove();
        if (!ok) throw first;
      }
      tell(t('copied'));
    } catch (e) {
      fail('opCopy', e);
    }
  };

  const download = async (n: Narrative) => {
    if (!checked) return;
    setBusy('busyDocx');
    try {
      const { narrativeDocx } = await import(/* webpackChunkName: "docx" */ './lazy/docx');
      const names = documentNames(checked.result.department, n.year);
      const blob = await narrativeDocx(n, names.title);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = names.file;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      tell(t('downloaded', { file: names.file }));
    } catch (e) {
      fail('opDocx', e);
    } finally {
      setBusy(null);
    }
  };

  const fv = useMemo(() => (checked ? findingsView(checked.result, state.dismissals, checked.grid) : null), [checked, state.dismissals]);
  const narrativeFailed = narrative && !narrative.ok ? narrative.error : bare && !bare.ok ? bare.error : null;
  const generationNotice: Notice | null = narrativeFailed
    ? { id: -1, intent: 'error', title: t('failed', { what: t('opGenerate') }), detail: errorText(narrativeFailed) }
    : null;

  return (
    <div className={s.root}>
      <header className={s.header}>
        <div className={s.titleRow}>
          <Text as="h1" className={s.title}>
            {t('appTitle')}
          </Text>
          <Caption1 className={s.subtitle}>
            {checked?.result.department || checked?.result.year
              ? t('workbookOf', { department: checked.result.department ?? '', year: checked.result.year ?? '' })
              : t('appSubtitle')}
          </Caption1>
        </div>
        <div className={s.toolbar} role="toolbar" aria-label={t('appTitle')}>
          <Button appearance="primary" onClick={onCheck} disabled={busy !== null}>
            {t('check')}
          </Button>
          <Button onClick={onClear} disabled={busy !== null}>
            {t('clearMarks')}
          </Button>
          <Button onClick={onGenerate} disabled={busy !== null}>
            {t('generate')}
          </Button>
        </div>
        {busy && (
          <div className={s.busy} role="status" aria-live="polite" data-busy={busy}>
            <ProgressBar thickness="medium" aria-label={t(busy)} />
            <Caption1 className={s.busyText}>{t(busy)}</Caption1>
          </div>
        )}
        {checked && narrativeOn && (
          <TabList
            className={s.tabs}
            size="small"
            selectedValue={view}
            onTabSelect={(_, d) => setView(d.value as 'findings' | 'narrative')}
          >
            <Tab value="findings">{t('tabFindings')}</Tab>
            <Tab value="narrative">{t('tabNarrative')}</Tab>
          </TabList>
        )}
      </header>
      <main className={s.body}>
        <Notices
          notices={generationNotice ? [...notices, generationNotice] : notices}
          onDismiss={(id) => setNotices((n) => n.filter((x) => x.id !== id))}
        />
        {!checked && (
          <Text className={s.hint} block>
            {t('startHint')}
          </Text>
        )}
        {checked && fv && view === 'findings' && (
          <Findings
            result={checked.result}
            view={fv}
            markedCount={markedCount}
            onSelect={(sheet, cell) => void select(sheet, cell)}
            onExplain={(f) => setExplaining(f)}
            onWithdraw={(f) => void withdraw(f)}
          />
        )}
        {checked && view === 'narrative' && narrative?.ok && bare?.ok && (
          <NarrativePane
            narrative={narrative.value}
            bare={bare.value}
            errors={checked.result.counts.error}
            supplement={state.supplement}
            stateReady={stateReady}
            saveStatus={saveStatus}
            busy={busy !== null}
            onSupplement={onSupplement}
            onSelectCell={(sheet, cell) => void select(sheet, cell)}
            onInsert={() => void writeSheet(narrativeLines(narrative.value), false)}
            onCopy={() => void copy(narrative.value)}
            onDownload={() => void download(narrative.value)}
          />
        )}
      </main>
      <DismissDialog finding={explaining} onCancel={() => setExplaining(null)} onSave={saveExplanation} />
      <ConfirmDialog
        open={confirmReplace !== null}
        title={t('replaceTitle')}
        body={t('replaceBody', { sheet: NARRATIVE_SHEET })}
        confirm={t('replace')}
        onCancel={() => setConfirmReplace(null)}
        onConfirm={() => {
          const lines = confirmReplace;
          setConfirmReplace(null);
          if (lines) void writeSheet(lines, true);
        }}
      />
    </div>
  );
}
