/** Message bars: what failed (with the host's own words) and what was done. */
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import { useT } from '../i18n';

export interface Notice {
  id: number;
  intent: 'error' | 'warning' | 'success' | 'info';
  title: string;
  detail?: string;
  /** What the user can do about it, as a button (e.g. show a hidden sheet). */
  action?: { label: string; run: () => void };
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  detail: { wordBreak: 'break-word' },
});

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss?: (id: number) => void }): React.ReactElement | null {
  const t = useT();
  const s = useStyles();
  if (!notices.length) return null;
  return (
    <div className={s.list}>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline" data-notice={n.intent}>
          <MessageBarBody>
            <MessageBarTitle>{n.title}</MessageBarTitle>
            {n.detail && <span className={s.detail}>{n.detail}</span>}
          </MessageBarBody>
          {(n.action || (onDismiss && n.id >= 0)) && (
            <MessageBarActions>
              {n.action && (
                <Button size="small" onClick={n.action.run} data-notice-action>
                  {n.action.label}
                </Button>
              )}
              {onDismiss && n.id >= 0 && (
                <Button size="small" appearance="transparent" onClick={() => onDismiss(n.id)}>
                  {t('close')}
                </Button>
              )}
            </MessageBarActions>
          )}
        </MessageBar>
      ))}
    </div>
  );
}
