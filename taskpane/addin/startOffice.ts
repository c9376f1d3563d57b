/**
 * Starting inside Office: wait for Office.js, make sure this Excel has the API the add-in needs, then
 * render the pane with the host the caller makes. Every way it can fail ends in a readable message,
 * never a blank pane. Office is passed in (not read from the global) so the harness can exercise it.
 */
import type { Host } from '../../src/hosts/seam';
import { REQUIRED_EXCEL_API } from '../../src/hosts/office/requirements';
import { renderApp, renderNotice } from '../pane/index';

/** The ExcelApi requirement set the Office adapter needs (Microsoft 365, Excel 2021+, Excel on the web). */
export const REQUIRED = REQUIRED_EXCEL_API;

/** The part of the Office.js global used here. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  context?: { displayLanguage?: string; requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
  HostType?: { Excel: unknown };
}

export type StartOutcome = 'started' | 'unsupported' | 'not-excel' | 'no-office' | 'failed';

const browserLanguage = () => (typeof navigator !== 'undefined' && navigator.language) || 'zh-CN';

export async function startOffice(office: OfficeLike | undefined, createHost: () => Host, root: HTMLElement): Promise<StartOutcome> {
  if (!office || typeof office.onReady !== 'function') {
    renderNotice(root, browserLanguage(), { title: 'officeMissingTitle', body: 'officeMissingBody' });
    return 'no-office';
  }
  let language = browserLanguage();
  try {
    const info = await office.onReady();
    language = office.context?.displayLanguage || language;
    const excel = office.HostType?.Excel ?? 'Excel';
    if (info.host !== excel) {
      renderNotice(root, language, { title: 'notExcelTitle', body: 'notExcelBody' });
      return 'not-excel';
    }
    if (!office.context?.requirements?.isSetSupported('ExcelApi', REQUIRED)) {
      renderNotice(root, language, { title: 'unsupportedTitle', body: 'unsupportedBody', vars: { version: REQUIRED } });
      return 'unsupported';
    }
    renderApp(root, createHost());
    return 'started';
  } catch (e) {
    renderNotice(root, language, { title: 'startFailedTitle', detail: e instanceof Error ? e.message : String(e) });
    return 'failed';
  }
}
