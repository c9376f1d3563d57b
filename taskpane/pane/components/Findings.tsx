/**
 * The check's result: counts, findings grouped by table (errors first), each naming its figures and
 * leading to its cell; warnings explained (出错说明) or not; the 尾数差异 folded away.
 */
import * as React from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { CheckResult } from '../../../src/engine';
import type { FindingItem, FindingsView } from '../../../src/pane/findings';
import type { Finding } from '../../../src/core/findings';
import { useT } from '../i18n';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  tiles: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', gap: tokens.spacingHorizontalS },
  tile: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: 'flex',
    flexDirection: 'column',
    borderTop: `3px solid ${tokens.colorNeutralStroke2}`,
  },
  tileError: { borderTopColor: tokens.colorPaletteRedBorder2 },
  tileWarning: { borderTopColor: tokens.colorPaletteMarigoldBorder2 },
  count: {
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  countError: { color: tokens.colorPaletteRedForeground1 },
  countWarning: { color: tokens.colorPaletteMarigoldForeground2 },
  facts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, color: tokens.colorNeutralForeground2 },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  groupHead: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', margin: 0 },
  groupId: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  groupTitle: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  card: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    overflow: 'hidden',
  },
  cardError: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  cardWarning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  cardExplained: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  cardTail: { boxShadow: 'none', border: `1px solid ${tokens.colorNeutralStroke2}`, borderLeft: `4px solid ${tokens.colorNeutralStroke1}` },
  main: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    border: 'none',
    background: 'none',
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    font: 'inherit',
    color: 'inherit',
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':active': { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalXS },
  rule: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  where: { marginLeft: 'auto', color: tokens.colorBrandForeground1, fontSize: tokens.fontSizeBase200, whiteSpace: 'nowrap' },
  message: { display: 'block', lineHeight: tokens.lineHeightBase300, wordBreak: 'break-word' },
  numbers: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(64px, 1fr))',
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    margin: `${tokens.spacingVerticalS} 0 0`,
  },
  number: { display: 'flex', flexDirection: 'column', margin: 0 },
  numberLabel: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  numberValue: { fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  footer: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  reason: { flexGrow: 1, color: tokens.colorNeutralForeground2, wordBreak: 'break-word' },
  lapsed: { flexGrow: 1, color: tokens.colorPaletteMarigoldForeground2, wordBreak: 'break-word' },
  tails: { backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium, boxShadow: tokens.shadow2 },
  tailList: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
});

function Numbers({ f }: { f: Finding }): React.ReactElement | null {
  const t = useT();
  const s = useStyles();
  const rows = (
    [
      ['expected', f.expected],
      ['actual', f.actual],
      ['difference', f.difference],
      ['tolerance', f.tolerance],
    ] as const
  ).filter(([, v]) => v !== undefined && v !== '');
  if (!rows.length) return null;
  return (
    <dl className={s.numbers}>
      {rows.map(([k, v]) => (
        <div key={k} className={s.number} data-field={k}>
          <dt className={s.numberLabel}>{t(k)}</dt>
          <dd className={s.numberValue}>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function FindingCard(props: {
  item: FindingItem;
  tail?: boolean;
  onSelect: (sheet: string, cell: string) => void;
  onExplain: (f: Finding) => void;
  onWithdraw: (f: Finding) => void;
}) {
  const t = useT();
  const s = useStyles();
  const { finding: f, status } = props.item;
  const explained = status.kind === 'explained';
  const target = f.sheet && f.cell ? { sheet: f.sheet, cell: f.cell } : f.cells[0];
  const badge =
    f.severity === 'error' ? (
      <Badge appearance="filled" color="danger" size="small">
        {t('severityError')}
      </Badge>
    ) : f.severity === 'warning' ? (
      explained ? (
        <Badge appearance="tint" color="success" size="small">
          {t('explained')}
        </Badge>
      ) : (
        <Badge appearance="filled" color="warning" size="small">
          {t('severityWarning')}
        </Badge>
      )
    ) : (
      <Badge appearance="tint" color="informative" size="small">
        {t('severityInfo')}
      </Badge>
    );
  const body = (
    <>
      <span className={s.head}>
        {badge}
        <span className={s.rule}>{f.rule}</span>
        {target && <span className={s.where}>{`${target.sheet}!${target.cell} ›`}</span>}
      </span>
      <Text size={300} className={s.message}>
        {f.message}
      </Text>
    </>
  );
  return (
    <li
      className={mergeClasses(
        s.card,
        props.tail && s.cardTail,
        f.severity === 'error' && s.cardError,
        f.severity === 'warning' && (explained ? s.cardExplained : s.cardWarning),
      )}
      data-severity={f.severity}
      data-rule={f.rule}
      data-status={status.kind}
    >
      {target ? (
        <button
          type="button"
          className={mergeClasses(s.main, s.clickable)}
          title={t('goToCell', { sheet: target.sheet, cell: target.cell })}
          onClick={() => props.onSelect(target.sheet, target.cell)}
        >
          {body}
          <Numbers f={f} />
        </button>
      ) : (
        <div className={s.main}>
          {body}
          <Numbers f={f} />
        </div>
      )}
      {f.severity === 'warning' && (
        <div className={s.footer}>
          {status.kind === 'explained' && (
            <Caption1 className={s.reason}>{t('explainedReason', { reason: status.dismissal.reason })}</Caption1>
          )}
          {status.kind === 'lapsed' && <Caption1 className={s.lapsed}>{t('lapsed', { reason: status.dismissal.reason })}</Caption1>}
          {status.kind === 'none' && <span className={s.reason} />}
          {explained ? (
            <Button size="small" appearance="subtle" onClick={() => props.onWithdraw(f)}>
              {t('withdraw')}
            </Button>
          ) : (
            <Button size="small" onClick={() => props.onExplain(f)}>
              {t('explain')}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}

const listStyle: React.CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 };

export function Findings(props: {
  result: CheckResult;
  view: FindingsView;
  markedCount: number | null;
  onSelect: (sheet: string, cell: string) => void;
  onExplain: (f: Finding) => void;
  onWithdraw: (f: Finding) => void;
}): React.ReactElement {
  const t = useT();
  const s = useStyles();
  const { result, view } = props;
  const none = { kind: 'none' } as const;
  return (
    <section className={s.root} aria-label={t('tabFindings')} data-view="findings">
      <div className={s.tiles} data-summary>
        <div className={mergeClasses(s.tile, result.counts.error > 0 && s.tileError)} data-count="error">
          <span className={mergeClasses(s.count, result.counts.error > 0 && s.countError)}>{result.counts.error}</span>
          <Caption1>{t('countErrors')}</Caption1>
        </div>
        <div className={mergeClasses(s.tile, view.openWarnings > 0 && s.tileWarning)} data-count="warning">
          <span className={mergeClasses(s.count, view.openWarnings > 0 && s.countWarning)}>{result.counts.warning}</span>
          <Caption1>
            {view.explainedWarnings > 0
              ? `${t('countWarnings')} · ${t('explainedCount', { n: view.explainedWarnings })}`
              : t('countWarnings')}
          </Caption1>
        </div>
        <div className={s.tile} data-count="info">
          <span className={s.count}>{result.counts.info}</span>
          <Caption1>{t('countTails')}</Caption1>
        </div>
      </div>
      <div className={s.facts}>
        <Caption1>
          {t('tablesRecognized', { n: result.tables.length })}
          {props.markedCount !== null && props.markedCount > 0 ? ` ${t('marked', { n: props.markedCount })}` : ''}
        </Caption1>
        {result.unrecognized.length > 0 && <Caption1>{t('unrecognized', { sheets: result.unrecognized.join('、') })}</Caption1>}
      </div>
      {result.tables.length === 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('noTables')}</MessageBarBody>
        </MessageBar>
      ) : (
        view.groups.length === 0 && (
          <MessageBar intent="success">
            <MessageBarBody>{t('noProblems')}</MessageBarBody>
          </MessageBar>
        )
      )}
      {view.groups.map((g) => (
        <section key={g.key} className={s.group} data-table={g.id}>
          <h2 className={s.groupHead}>
            <span className={s.groupId}>{g.id || t('generalGroup')}</span>
            {g.title && <span className={s.groupTitle}>{g.title}</span>}
            {g.errors > 0 && (
              <Badge appearance="tint" color="danger" size="small">
                {`${t('countErrors')} ${g.errors}`}
              </Badge>
            )}
            {g.warnings > 0 && (
              <Badge appearance="tint" color="warning" size="small">
                {`${t('countWarnings')} ${g.warnings}`}
              </Badge>
            )}
          </h2>
          <ul style={listStyle}>
            {g.items.map((item, i) => (
              <FindingCard
                key={`${item.finding.rule}-${i}`}
                item={item}
                onSelect={props.onSelect}
                onExplain={props.onExplain}
                onWithdraw={props.onWithdraw}
              />
            ))}
          </ul>
        </section>
      ))}
      {view.tails.length > 0 && (
        <Accordion collapsible className={s.tails} data-tails>
          <AccordionItem value="tails">
            <AccordionHeader>{t('tailsGroup', { n: view.tails.length })}</AccordionHeader>
            <AccordionPanel>
              <Caption1 block>{t('tailsHint')}</Caption1>
              <ul style={{ ...listStyle, marginTop: 8 }} className={s.tailList}>
                {view.tails.map((f, i) => (
                  <FindingCard
                    key={`${f.rule}-${i}`}
                    tail
                    item={{ finding: f, status: none }}
                    onSelect={props.onSelect}
                    onExplain={props.onExplain}
                    onWithdraw={props.onWithdraw}
                  />
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </section>
  );
}
