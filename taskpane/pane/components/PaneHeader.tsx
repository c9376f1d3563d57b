/** The pane's sticky header: title and workbook, the three commands, progress, and the findings/narrative tabs. */
import * as React from 'react';
import { Button, Caption1, ProgressBar, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { MessageKey } from '../../../src/pane/i18n';
import { useT } from '../i18n';

export type PaneTab = 'findings' | 'narrative';

const useStyles = makeStyles({
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
  tabs: { marginTop: tokens.spacingVerticalXS, marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

export function PaneHeader(props: {
  /** The checked workbook's 单位 and 年度, when known. */
  department?: string;
  year?: string;
  busy: MessageKey | null;
  /** The tabs show once there is a narrative to switch to. */
  showTabs: boolean;
  tab: PaneTab;
  onTab: (tab: PaneTab) => void;
  onCheck: () => void;
  onClear: () => void;
  onGenerate: () => void;
}): React.ReactElement {
  const t = useT();
  const styles = useStyles();
  const { busy } = props;
  return (
    <header className={styles.header}>
      <div className={styles.titleRow}>
        <Text as="h1" className={styles.title}>
          {t('appTitle')}
        </Text>
        <Caption1 className={styles.subtitle}>
          {props.department || props.year
            ? t('workbookOf', { department: props.department ?? '', year: props.year ?? '' })
            : t('appSubtitle')}
        </Caption1>
      </div>
      <div className={styles.toolbar} role="toolbar" aria-label={t('appTitle')}>
        <Button appearance="primary" onClick={props.onCheck} disabled={busy !== null}>
          {t('check')}
        </Button>
        <Button onClick={props.onClear} disabled={busy !== null}>
          {t('clearMarks')}
        </Button>
        <Button onClick={props.onGenerate} disabled={busy !== null}>
          {t('generate')}
        </Button>
      </div>
      {busy && (
        <div className={styles.busy} role="status" aria-live="polite" data-busy={busy}>
          <ProgressBar thickness="medium" aria-label={t(busy)} />
          <Caption1 className={styles.busyText}>{t(busy)}</Caption1>
        </div>
      )}
      {props.showTabs && (
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={props.tab}
          onTabSelect={(_, data) => props.onTab(data.value as PaneTab)}
        >
          <Tab value="findings">{t('tabFindings')}</Tab>
          <Tab value="narrative">{t('tabNarrative')}</Tab>
        </TabList>
      )}
    </header>
  );
}
