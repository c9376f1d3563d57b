/**
 * The task pane's one way in: renderApp(root, host) shows the pane for any Host (src/hosts: Office.js in
 * Excel, a file on the web page, the in-memory host of the test harness); renderNotice shows a message
 * instead when it cannot start.
 */
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider } from '@fluentui/react-components';
import type { Host } from '../../src/hosts/seam';
import { localeOf, translator, type MessageKey } from '../../src/pane/i18n';
import { App } from './App';
import { Notices } from './components/Notices';
import { I18nContext } from './i18n';
import { theme } from './theme';

const htmlLang = (language: string) => (localeOf(language) === 'en' ? 'en' : 'zh-CN');

function Shell({ language, children }: { language: string; children: React.ReactNode }) {
  return (
    <FluentProvider theme={theme} lang={htmlLang(language)} style={{ minHeight: '100vh', background: 'transparent' }}>
      <I18nContext.Provider value={translator(language)}>{children}</I18nContext.Provider>
    </FluentProvider>
  );
}

export function renderApp(root: HTMLElement, host: Host): Root {
  let language = 'zh-CN';
  try {
    language = host.info().language || language;
  } catch {
    // the pane still starts, in Chinese
  }
  document.documentElement.lang = htmlLang(language);
  const r = createRoot(root);
  r.render(
    <Shell language={language}>
      <App host={host} />
    </Shell>,
  );
  return r;
}

/** What stops the pane from starting: a title, an explanation, and the error's own words if any. */
export interface StartNotice {
  title: MessageKey;
  body?: MessageKey;
  vars?: Record<string, string>;
  detail?: string;
}

/** A message in place of the pane (unsupported Excel, no Office.js, a failed start). */
export function renderNotice(root: HTMLElement, language: string, notice: StartNotice): Root {
  const t = translator(language);
  document.documentElement.lang = htmlLang(language);
  const r = createRoot(root);
  const detail = [notice.body && t(notice.body, notice.vars), notice.detail].filter(Boolean).join(' ');
  r.render(
    <Shell language={language}>
      <div style={{ padding: 16 }} data-start-notice={notice.title}>
        <Notices notices={[{ id: -1, intent: 'error', title: t(notice.title, notice.vars), detail }]} />
      </div>
    </Shell>,
  );
  return r;
}
