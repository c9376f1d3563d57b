/** The 实时检查 switch and its status line: when the last re-check ran and what it changed. */
import * as React from 'react';
import { Caption1, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { clockTime } from '../../../src/pane/liveCheck';
import type { LiveStatus } from '../hooks/useLiveCheck';
import { useT } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  // The switch's own padding, so that it lines up with the text below it.
  toggle: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  status: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export function LiveBar(props: {
  on: boolean;
  /** Checked and marked: re-checks follow the edits. */
  watching: boolean;
  /** Checked, but the marks cleared: paused until the next check. */
  paused: boolean;
  status: LiveStatus | null;
  /** What the re-checks follow: edits in the workbook, or a newer version of the file (the offline page). */
  follows?: 'edits' | 'newVersion';
  onToggle: (on: boolean) => void;
}): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const { status } = props;
  let text: string;
  if (!props.on) text = t('liveOff');
  else if (props.paused) text = t('livePaused');
  else if (status?.kind === 'failed') text = t('liveFailed', { time: clockTime(status.at), error: status.error });
  else if (status) {
    const key = props.follows === 'newVersion' ? 'liveStatusNewVersion' : status.full ? 'liveStatusFull' : 'liveStatus';
    text = t(key, { time: clockTime(status.at), fixed: status.fixed, added: status.added });
  } else text = t(props.follows === 'newVersion' ? 'liveOnNewVersion' : 'liveOn');
  return (
    <div className={styles.root} data-live={props.on ? (props.watching ? 'watching' : 'on') : 'off'}>
      <Switch className={styles.toggle} checked={props.on} label={t('live')} onChange={(_, data) => props.onToggle(data.checked)} />
      <Caption1
        className={status?.kind === 'failed' && props.on && !props.paused ? styles.failed : styles.status}
        role="status"
        aria-live="polite"
        data-live-status={status && props.on && !props.paused ? status.kind : 'idle'}
      >
        {text}
      </Caption1>
    </div>
  );
}
