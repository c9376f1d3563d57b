/**
 * The task pane: 检查 (read, check, mark), 清除标记, 生成情况说明 (preview, supplement, insert, copy, .docx),
 * and 实时检查 (the marks follow the edits). It talks to the workbook only through a Host; every failure of
 * the host becomes a message bar naming what failed. The state lives in hooks/ (notices, the stored state,
 * the check and its marks, the live check, the narrative); what the pane shows is in components/.
 */
import * as React from 'react';
import { useMemo, useState } from 'react';
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../src/core/findings';
import type { Host } from '../../src/hosts/seam';
import { dismiss } from '../../src/hosts/state';
import type { Narrative } from '../../src/narrative/types';
import { findingsView, withDismissal, withoutDismissal } from '../../src/pane/findings';
import type { MessageKey } from '../../src/pane/i18n';
import { documentNames, narrativeLines, narrativePlainText, setSupplementValue } from '../../src/pane/narrative';
import { copyText, downloadBlob, nextPaint } from './browser';
import { ConfirmDialog } from './components/ConfirmDialog';
import { DismissDialog } from './components/DismissDialog';
import { Findings } from './components/Findings';
import { LiveBar } from './components/LiveBar';
import { NarrativePane } from './components/NarrativePane';
import { Notices, type Notice } from './components/Notices';
import { PaneHeader, type PaneTab } from './components/PaneHeader';
import { useLiveCheck } from './hooks/useLiveCheck';
import { useNarrative } from './hooks/useNarrative';
import { errorText, useNotices } from './hooks/useNotices';
import { useStoredState } from './hooks/useStoredState';
import { useWorkbookCheck } from './hooks/useWorkbookCheck';
import { useT } from './i18n';

/** The sheet 插入到工作表 writes. */
export const NARRATIVE_SHEET = '情况说明';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  body: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    flexGrow: 1,
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

export function App({ host }: { host: Host }): React.ReactElement {
  const t = useT();
  const styles = useStyles();

  const [busy, setBusy] = useState<MessageKey | null>(null);
  const [tab, setTab] = useState<PaneTab>('findings');
  const [narrativeWanted, setNarrativeWanted] = useState(false);
  const [explaining, setExplaining] = useState<Finding | null>(null);
  const [confirmReplace, setConfirmReplace] = useState<string[] | null>(null);

  const { notices, fail, warn, tell, clear: clearNotices, dismiss: dismissNotice } = useNotices();
  const stored = useStoredState(host, fail);
  const workbook = useWorkbookCheck(host, fail, setBusy, warn);
  const { checked, markedCount, readAndCheck, remark, clearMarks } = workbook;
  // On unless switched off in this workbook; not before the stored state says which.
  const liveOn = stored.state.live !== false;
  const live = useLiveCheck(host, liveOn && stored.ready, workbook, () => stored.latest().dismissals, warn);
  const canDownload = useMemo(() => host.info().canDownload !== false, [host]);
  const { bare, narrative, failure: narrativeFailure } = useNarrative(checked, narrativeWanted, stored.state.supplement);

  const onCheck = () => {
    setBusy('busyReading'); // at once, even while a live re-check ends first
    return live.exclusive(async () => {
      clearNotices();
      try {
        const checkedNow = await readAndCheck();
        if (!checkedNow) return;
        setTab('findings');
        setBusy('busyMarking');
        await remark(checkedNow, stored.latest().dismissals);
      } finally {
        setBusy(null);
      }
    }, true);
  };

  const onClear = () =>
    live.exclusive(async () => {
      clearNotices();
      setBusy('busyClearing');
      try {
        await clearMarks();
        tell(t('marksCleared'));
      } catch (error) {
        fail('opClearMarks', error);
      } finally {
        setBusy(null);
      }
    });

  const onGenerate = () =>
    live.exclusive(async () => {
      clearNotices();
      try {
        const checkedNow = await readAndCheck();
        if (!checkedNow) return;
        setBusy('busyGenerating');
        await nextPaint();
        setNarrativeWanted(true);
        setTab('narrative');
      } finally {
        setBusy(null);
      }
    }, true);

  const onLive = (on: boolean) => {
    stored.update({ ...stored.latest(), live: on }, true).catch(() => undefined); // a failed save is reported
  };

  const select = async (sheet: string, cell: string, reveal = false) => {
    try {
      const outcome = await host.select(sheet, cell, reveal);
      if (outcome === 'hidden') {
        // Offer to show the sheet rather than fail: the finding is real, only hidden from view.
        const id = warn(t('sheetHidden', { sheet, cell }), {
          label: t('showSheet'),
          run: () => {
            dismissNotice(id);
            void select(sheet, cell, true);
          },
        });
      } else if (outcome === 'structureProtected') warn(t('structureLockedReveal', { sheet }));
    } catch (error) {
      fail('opSelect', error);
    }
  };

  const saveExplanation = async (finding: Finding, reason: string) => {
    if (!checked) return;
    const before = stored.latest();
    const next = withDismissal(before, dismiss(finding, reason, checked.grid));
    try {
      await stored.update(next, true);
    } catch (error) {
      stored.restore(before);
      throw error;
    }
    setExplaining(null);
    if (markedCount !== null) await live.exclusive(() => remark(workbook.latest() ?? checked, next.dismissals));
  };

  const withdraw = async (finding: Finding) => {
    if (!checked) return;
    const before = stored.latest();
    const next = withoutDismissal(before, finding);
    try {
      await stored.update(next, true);
    } catch {
      stored.restore(before); // the save has reported the failure
      return;
    }
    if (markedCount !== null) await live.exclusive(() => remark(workbook.latest() ?? checked, next.dismissals));
  };

  const onSupplement = (key: string, value: string) => {
    const latest = stored.latest();
    stored.update({ ...latest, supplement: setSupplementValue(latest.supplement, key, value) }, false);
  };

  const writeSheet = async (lines: string[], replace: boolean) => {
    setBusy('busyWriting');
    try {
      const outcome = await host.writeTextSheet(NARRATIVE_SHEET, lines, replace);
      if (outcome === 'exists') setConfirmReplace(lines);
      else if (outcome === 'structureProtected') warn(t('structureLockedInsert', { sheet: NARRATIVE_SHEET }));
      else if (outcome === 'sheetProtected') warn(t('sheetLockedInsert', { sheet: NARRATIVE_SHEET }));
      else tell(t('inserted', { sheet: NARRATIVE_SHEET }));
    } catch (error) {
      fail('opWriteSheet', error);
    } finally {
      setBusy(null);
    }
  };

  const copy = async (text: Narrative) => {
    try {
      await copyText(narrativePlainText(text));
      tell(t('copied'));
    } catch (error) {
      fail('opCopy', error);
    }
  };

  const download = async (text: Narrative) => {
    if (!checked || !canDownload) return;
    setBusy('busyDocx');
    try {
      const { narrativeDocx } = await import(/* webpackChunkName: "docx" */ './lazy/docx');
      const names = documentNames(checked.result.department, text.year);
      downloadBlob(await narrativeDocx(text, names.title), names.file);
      tell(t('downloaded', { file: names.file }));
    } catch (error) {
      fail('opDocx', error);
    } finally {
      setBusy(null);
    }
  };

  const view = useMemo(
    () => (checked ? findingsView(checked.result, stored.state.dismissals, checked.grid) : null),
    [checked, stored.state.dismissals],
  );
  const generationNotice: Notice | null = narrativeFailure
    ? { id: -1, intent: 'error', title: t('failed', { what: t('opGenerate') }), detail: errorText(narrativeFailure) }
    : null;

  return (
    <div className={styles.root}>
      <PaneHeader
        department={checked?.result.department}
        year={checked?.result.year}
        busy={busy}
        showTabs={!!checked && narrativeWanted}
        tab={tab}
        onTab={setTab}
        onCheck={() => void onCheck()}
        onClear={() => void onClear()}
        onGenerate={() => void onGenerate()}
      />
      <main className={styles.body}>
        <Notices notices={generationNotice ? [...notices, generationNotice] : notices} onDismiss={dismissNotice} />
        {live.supported && (
          <LiveBar
            on={liveOn}
            watching={live.watching}
            paused={!!checked && markedCount === null}
            status={live.status}
            follows={host.info().live}
            onToggle={onLive}
          />
        )}
        {!checked && (
          <Text className={styles.hint} block>
            {t('startHint')}
          </Text>
        )}
        {checked && view && tab === 'findings' && (
          <Findings
            result={checked.result}
            view={view}
            markedCount={markedCount}
            onSelect={(sheet, cell) => void select(sheet, cell)}
            onExplain={(finding) => setExplaining(finding)}
            onWithdraw={(finding) => void withdraw(finding)}
          />
        )}
        {checked && tab === 'narrative' && narrative?.ok && bare?.ok && (
          <NarrativePane
            narrative={narrative.value}
            bare={bare.value}
            errors={checked.result.counts.error}
            supplement={stored.state.supplement}
            stateReady={stored.ready}
            saveStatus={stored.saveStatus}
            busy={busy !== null}
            onSupplement={onSupplement}
            onSelectCell={(sheet, cell) => void select(sheet, cell)}
            onInsert={() => void writeSheet(narrativeLines(narrative.value), false)}
            onCopy={() => void copy(narrative.value)}
            onDownload={canDownload ? () => void download(narrative.value) : undefined}
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
