/**
 * The offline web page: the same task pane as in Excel (renderApp) over each opened file (FileHost),
 * beside a read-only view of that workbook. Files are opened with the file input or dropped on the page,
 * several at once if need be (a tab each); a .json dropped or opened is taken as the supplement of the
 * workbook shown. Downloads: the annotated workbook and the supplement (the .docx is in the pane).
 */
import * as React from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Caption1, Spinner, Text, Tooltip } from '@fluentui/react-components';
import {
  ArrowDownload20Regular,
  ArrowUpload24Regular,
  Dismiss12Regular,
  DocumentTable16Regular,
  FolderOpen20Regular,
  ShieldCheckmark16Regular,
} from '@fluentui/react-icons';
import { readSupplement } from '../../src/narrative/supplement';
import { renderApp } from '../pane/index';
import { Notices, type Notice } from '../pane/components/Notices';
import { FileHost } from '../../src/hosts/file/fileHost';
import { annotatedWorkbook, saveBlob, supplementFile } from './downloads';
import { WorkbookView } from './WorkbookView';
import { workerReader } from './workerRead';

export const OPEN_LABEL = '打开工作簿（.xlsx）';
const INPUT_ID = 'web-open';

/** The pane of one file, mounted once and kept (hidden) while another file is shown. */
function PaneSlot({ host, hidden }: { host: FileHost; hidden: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = document.createElement('div');
    ref.current!.appendChild(el);
    const root = renderApp(el, host);
    return () => {
      // Not during React's own commit: a root is unmounted on the next task.
      setTimeout(() => {
        root.unmount();
        el.remove();
      }, 0);
    };
  }, [host]);
  return <div ref={ref} className="web-pane-slot" hidden={hidden} data-pane-for={host.name} />;
}

const kb = (n: number) => (n < 1024 * 1024 ? `${Math.max(1, Math.round(n / 1024))} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`);

function OpenButton({ big }: { big?: boolean }) {
  // A label for the one file input: a click opens the browser's file dialog.
  return (
    <label htmlFor={INPUT_ID} className={big ? 'web-open web-open-big' : 'web-open'} tabIndex={-1}>
      <FolderOpen20Regular aria-hidden="true" />
      <span>{OPEN_LABEL}</span>
    </label>
  );
}

function Welcome() {
  return (
    <section className="web-welcome" aria-labelledby="welcome-title">
      <div className="web-drop">
        <ArrowUpload24Regular className="web-drop-icon" aria-hidden="true" />
        <h2 id="welcome-title">打开部门决算公开工作簿</h2>
        <p>把 .xlsx 文件拖放到这里，或</p>
        <OpenButton big />
        <p className="web-muted">可一次打开多个文件。WPS 表格或旧版 Excel 的文件请先另存为 .xlsx。</p>
      </div>
      <ol className="web-steps">
        <li>
          <strong>检查</strong>
          <span>识别公开01–10表，核对表内、表间勾稽关系，错误标红、警告标黄。</span>
        </li>
        <li>
          <strong>定位与说明</strong>
          <span>点击检查结果即在右侧表格中定位单元格；警告可填写出错说明。</span>
        </li>
        <li>
          <strong>下载</strong>
          <span>标注后的工作簿、情况说明（.docx）和补充信息，全部在本机生成。</span>
        </li>
      </ol>
      <p className="web-privacy">
        <ShieldCheckmark16Regular aria-hidden="true" /> 文件只在本机浏览器中处理，不会上传到任何服务器；断网也能使用。
      </p>
    </section>
  );
}

export function WebApp({ language }: { language: string }): React.ReactElement {
  const [files, setFiles] = useState<FileHost[]>([]);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const noticeId = useRef(0);
  const filesRef = useRef(files);
  filesRef.current = files;
  const active = files.find((f) => f.id === activeId) ?? null;
  const activeRef = useRef(active);
  activeRef.current = active;

  const notify = useCallback((intent: Notice['intent'], title: string, detail?: string) => {
    setNotices((n) => [...n.filter((x) => x.intent === 'error'), { id: ++noticeId.current, intent, title, detail }]);
  }, []);

  /**
   * A file opened again under the name of an open one. Watched by its pane (实时检查 on, checked): the new
   * version takes the old one's place and the pane re-checks it, saying what changed since its last check.
   * Otherwise it replaces the tab as a fresh open, keeping what the file's pane stored (supplement, 出错说明).
   */
  const openNewVersion = useCallback(
    async (open: FileHost, file: File): Promise<FileHost> => {
      const bytes = await file.arrayBuffer();
      if (open.watched()) {
        try {
          await open.reopen(bytes);
          notify('success', `已打开“${file.name}”的新版本（${kb(bytes.byteLength)}），已自动重新检查。`);
        } catch (e) {
          notify('error', `无法打开“${file.name}”的新版本，仍显示之前的版本`, e instanceof Error ? e.message : String(e));
        }
        return open;
      }
      const host = new FileHost(file.name, bytes, { language, reader: workerReader, stateJson: open.storedStateJson() });
      host.open().catch(() => undefined); // the view shows why it cannot be read
      open.dispose();
      setFiles((fs) => fs.map((f) => (f === open ? host : f)));
      notify('success', `已打开“${file.name}”的新版本，替换了之前的版本；点“检查”检查它。`);
      return host;
    },
    [language, notify],
  );

  const openFiles = useCallback(
    async (list: File[]) => {
      if (!list.length) return;
      setNotices([]);
      const workbooks = list.filter((f) => !/\.json$/i.test(f.name));
      const supplements = list.filter((f) => /\.json$/i.test(f.name));
      let last: FileHost | null = null;
      const added: FileHost[] = [];
      for (const file of workbooks) {
        const open = filesRef.current.find((f) => f.name === file.name);
        if (open) {
          // The same file again: a newer version, saved from Excel or WPS after the officer's corrections.
          last = await openNewVersion(open, file);
          continue;
        }
        try {
          const host = new FileHost(file.name, await file.arrayBuffer(), { language, reader: workerReader });
          host.open().catch(() => undefined); // the view shows why it cannot be read
          added.push(host);
          last = host;
        } catch (e) {
          notify('error', `无法读取文件“${file.name}”`, e instanceof Error ? e.message : String(e));
        }
      }
      if (added.length) setFiles((fs) => [...fs, ...added]);
      if (last) setActiveId(last.id);
      const target = last ?? activeRef.current;
      for (const file of supplements) {
        try {
          if (!target) throw new Error('请先打开它所属的工作簿，再打开补充信息。');
          const supplement = readSupplement(JSON.parse(await file.text()), file.name);
          // The pane hears of it and reads the state again: what it shows (the 情况说明) stays.
          target.setSupplement({ ...target.state().supplement, ...supplement });
          notify('success', `已载入补充信息“${file.name}”（${Object.keys(supplement).length} 项），用于“${target.name}”。`);
        } catch (e) {
          notify('error', `无法载入补充信息“${file.name}”`, e instanceof Error ? e.message : String(e));
        }
      }
    },
    [language, notify, openNewVersion],
  );

  // Drag and drop anywhere on the page.
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => !!e.dataTransfer && [...e.dataTransfer.types].includes('Files');
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      void openFiles([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [openFiles]);

  // What is kept is kept in this page only: say so before it is closed.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (!filesRef.current.some((f) => f.storedStateJson() !== null || f.writtenSheets().length > 0)) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const close = (host: FileHost) => {
    host.dispose(); // a read still running in its worker is stopped
    const i = files.indexOf(host);
    const rest = files.filter((f) => f !== host);
    setFiles(rest);
    if (activeId === host.id) setActiveId(rest[Math.min(i, rest.length - 1)]?.id ?? null);
  };

  const downloadAnnotated = async () => {
    if (!active) return;
    setBusy('正在生成标注工作簿…');
    try {
      const r = await annotatedWorkbook(active);
      saveBlob(r.blob, r.file);
      notify(
        'success',
        `已下载“${r.file}”`,
        r.marked
          ? `${r.errors} 个错误、${r.warnings} 个警告，标注了 ${r.marked} 个单元格（错误红色、警告黄色，附批注）。`
          : '没有需要标注的错误或警告。',
      );
    } catch (e) {
      notify('error', '生成标注工作簿失败', e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };

  const downloadSupplement = () => {
    if (!active) return;
    const r = supplementFile(active);
    saveBlob(r.blob, r.file);
    notify(
      'success',
      `已下载“${r.file}”`,
      r.keys ? `${r.keys} 项补充信息。下次打开工作簿时把它一并打开（或拖放进来），即可继续填写。` : '尚未填写补充信息：文件中只有说明。',
    );
  };

  return (
    <div className={`web${dragging ? ' web-dragging' : ''}`}>
      <input
        id={INPUT_ID}
        className="web-file-input"
        type="file"
        accept=".xlsx,.json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/json"
        multiple
        onChange={(e) => {
          const list = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          void openFiles(list);
        }}
      />
      <header className="web-bar">
        <div className="web-brand">
          <span className="web-logo" aria-hidden="true">
            决
          </span>
          <Text as="h1" className="web-title">
            决算助手
          </Text>
          <span className="web-badge">离线网页版</span>
        </div>
        <div className="web-files" role="tablist" aria-label="已打开的工作簿">
          {files.map((f) => (
            <div key={f.id} className={`web-file${f.id === activeId ? ' web-file-on' : ''}`}>
              <button
                type="button"
                role="tab"
                aria-selected={f.id === activeId}
                className="web-file-name"
                title={`${f.name}（${kb(f.size)}）`}
                onClick={() => setActiveId(f.id)}
              >
                <DocumentTable16Regular aria-hidden="true" />
                <span>{f.name}</span>
              </button>
              <button type="button" className="web-file-close" aria-label={`关闭 ${f.name}`} title="关闭" onClick={() => close(f)}>
                <Dismiss12Regular />
              </button>
            </div>
          ))}
        </div>
        <div className="web-bar-end">
          <Tooltip content="文件只在本机浏览器中处理，不会上传" relationship="description">
            <span className="web-local">
              <ShieldCheckmark16Regular aria-hidden="true" /> 本机处理
            </span>
          </Tooltip>
          <OpenButton />
        </div>
      </header>
      {notices.length > 0 && (
        <div className="web-notices">
          <Notices notices={notices} onDismiss={(id) => setNotices((n) => n.filter((x) => x.id !== id))} />
        </div>
      )}
      {files.length === 0 ? (
        <main className="web-empty">
          <Welcome />
        </main>
      ) : (
        <main className="web-main">
          <aside className="web-pane" aria-label="决算助手">
            {files.map((f) => (
              <PaneSlot key={f.id} host={f} hidden={f.id !== activeId} />
            ))}
          </aside>
          <section className="web-sheet" aria-label="工作簿">
            {active && (
              <>
                <div className="web-sheet-bar">
                  <div className="web-sheet-title">
                    <DocumentTable16Regular aria-hidden="true" />
                    <span className="web-sheet-name">{active.name}</span>
                    <Caption1 className="web-muted">只读预览 · {kb(active.size)}</Caption1>
                  </div>
                  <div className="web-actions" role="toolbar" aria-label="下载">
                    {busy && <Spinner size="tiny" label={busy} />}
                    <Button
                      appearance="primary"
                      icon={<ArrowDownload20Regular />}
                      disabled={busy !== null}
                      onClick={() => void downloadAnnotated()}
                    >
                      下载标注工作簿
                    </Button>
                    <Button icon={<ArrowDownload20Regular />} onClick={downloadSupplement}>
                      下载补充信息
                    </Button>
                  </div>
                </div>
                <WorkbookView key={active.id} host={active} />
              </>
            )}
          </section>
        </main>
      )}
      {dragging && (
        <div className="web-drop-overlay" aria-hidden="true">
          <div>
            <ArrowUpload24Regular />
            <p>松开鼠标以打开（.xlsx 工作簿，或补充信息 .json）</p>
          </div>
        </div>
      )}
    </div>
  );
}
