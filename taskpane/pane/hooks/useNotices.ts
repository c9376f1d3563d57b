/** The message bars above the pane's body: failures and warnings (kept until dismissed) and the last success. */
import { useCallback, useRef, useState } from 'react';
import type { MessageKey } from '../../../src/pane/i18n';
import type { Notice } from '../components/Notices';
import { useT } from '../i18n';

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export interface NoticesApi {
  notices: Notice[];
  /** Reports that a step failed, naming it, with the error's own words (and a hint, if any). */
  fail: (what: MessageKey, error: unknown, hint?: string) => void;
  /** Reports what the pane could not do although nothing failed (a protected sheet, a hidden one). */
  warn: (title: string, action?: Notice['action']) => number;
  /** Reports a success, in place of the earlier one; failures stay. */
  tell: (text: string) => void;
  clear: () => void;
  dismiss: (id: number) => void;
}

export function useNotices(): NoticesApi {
  const t = useT();
  const [notices, setNotices] = useState<Notice[]>([]);
  const noticeId = useRef(0);
  const fail = useCallback(
    (what: MessageKey, error: unknown, hint?: string) => {
      const detail = hint ? `${errorText(error)} ${hint}` : errorText(error);
      setNotices((shown) => [...shown, { id: ++noticeId.current, intent: 'error', title: t('failed', { what: t(what) }), detail }]);
    },
    [t],
  );
  const warn = useCallback((title: string, action?: Notice['action']) => {
    const id = ++noticeId.current;
    setNotices((shown) => [...shown.filter((notice) => notice.title !== title), { id, intent: 'warning', title, action }]);
    return id;
  }, []);
  const tell = useCallback((text: string) => {
    setNotices((shown) => [
      ...shown.filter((notice) => notice.intent === 'error' || notice.intent === 'warning'),
      { id: ++noticeId.current, intent: 'success', title: text },
    ]);
  }, []);
  const clear = () => setNotices([]);
  const dismiss = (id: number) => setNotices((shown) => shown.filter((notice) => notice.id !== id));
  return { notices, fail, warn, tell, clear, dismiss };
}
