/** What the page offers for download, made in the browser: nothing leaves the machine. */
import { check } from '../../src/engine';
import { dismissalStatus } from '../../src/pane/findings';
import type { Finding } from '../../src/core/findings';
import type { FileHost } from '../../src/hosts/file/fileHost';

/** The file name without .xlsx, safe for a download name. */
export function baseName(name: string): string {
  return name.replace(/\.xlsx$/i, '').replace(/[\\/:*?"<>|]/g, '_') || '工作簿';
}

/** Hands a Blob to the browser as a download named `file`. */
export function saveBlob(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * The findings the annotated copy carries: errors and warnings as `juesuan check --annotate` writes them;
 * a warning the user explained keeps its note, with the explanation (出错说明) added for the reviewer.
 */
export function findingsToAnnotate(findings: Finding[], explained: (f: Finding) => string | undefined): Finding[] {
  return findings
    .filter((f) => f.severity !== 'info')
    .map((f) => {
      const reason = explained(f);
      return reason ? { ...f, message: `${f.message}（已说明：${reason}）` } : f;
    });
}

/** Checks the workbook as it is now and makes its annotated copy (a fresh copy of the file). */
export async function annotatedWorkbook(
  host: FileHost,
): Promise<{ blob: Blob; file: string; marked: number; errors: number; warnings: number }> {
  const grid = await host.readWorkbook();
  // The worker's check of the file as read; checked here only after a sheet was written.
  const result = host.checkedAsRead() ?? check(grid);
  const dismissals = host.state().dismissals;
  const findings = findingsToAnnotate(result.findings, (f) => {
    const s = dismissalStatus(f, dismissals, grid);
    return s.kind === 'explained' ? s.dismissal.reason : undefined;
  });
  const { blob, marked } = await host.annotated(findings);
  return { blob, file: `${baseName(host.name)}（已标注）.xlsx`, marked, errors: result.counts.error, warnings: result.counts.warning };
}

/** The supplement kept for this file, as the JSON `juesuan narrative --supplement` reads. */
export function supplementFile(host: FileHost): { blob: Blob; file: string; keys: number } {
  const { supplement } = host.state();
  const keys = Object.keys(supplement).filter((k) => !k.startsWith('$')).length;
  const json = {
    $comment: `决算助手补充信息：${host.name}。金额单位：万元。可在下次打开时一并载入，或用于 juesuan narrative --supplement。`,
    ...supplement,
  };
  return {
    blob: new Blob([JSON.stringify(json, null, 2) + '\n'], { type: 'application/json' }),
    file: `${baseName(host.name)}（补充信息）.json`,
    keys,
  };
}
