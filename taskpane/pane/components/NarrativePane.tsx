/**
 * 生成情况说明: the generated text with each figure leading to its cell and each 【待补充】 leading to its
 * field; the supplement form; inserting, copying and downloading the text. Cell text is only ever
 * rendered as text.
 */
import * as React from 'react';
import { useEffect, useMemo, useState } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  fieldProblem,
  placeholderKeys,
  sectionParagraphs,
  supplementForm,
  type FieldGroup,
  type Segment,
} from '../../../src/pane/narrative';
import type { Supplement } from '../../../src/narrative/supplement';
import { PART_TITLE } from '../../../src/narrative/render/text';
import type { Narrative } from '../../../src/narrative/types';
import { useT } from '../i18n';

export type SaveStatus = 'idle' | 'saving' | 'saved';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  preview: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    lineHeight: '1.8',
    fontSize: tokens.fontSizeBase300,
    wordBreak: 'break-word',
  },
  part: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    textAlign: 'center',
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
  h1: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightBold,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXXS}`,
  },
  h2: {
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
    color: tokens.colorNeutralForeground2,
  },
  p: { margin: `0 0 ${tokens.spacingVerticalXS}`, textIndent: '2em' },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderBottom: `1px dashed ${tokens.colorPaletteMarigoldBorder2}`,
    borderRadius: tokens.borderRadiusSmall,
    padding: '1px 0',
    boxDecorationBreak: 'clone',
    WebkitBoxDecorationBreak: 'clone',
  },
  markClickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorPaletteYellowBackground3 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  figure: { fontVariantNumeric: 'tabular-nums', textDecorationStyle: 'dotted' },
  form: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow4,
    paddingBottom: tokens.spacingVerticalS,
  },
  formHead: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXS}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  formTitleRow: { display: 'flex', alignItems: 'baseline', gap: tokens.spacingHorizontalS },
  formTitle: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  saveStatus: { marginLeft: 'auto', color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground2 },
  groupHeader: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', textAlign: 'left' },
  groupCount: { color: tokens.colorNeutralForeground3 },
  groupCountDone: { color: tokens.colorPaletteGreenForeground1 },
  fields: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalM}`,
  },
});

const fieldId = (i: number) => `supplement-field-${i}`;

function Paragraph({
  segments,
  onCell,
  onPlaceholder,
}: {
  segments: Segment[];
  onCell: (sheet: string, cell: string) => void;
  onPlaceholder: (key: string) => void;
}) {
  const t = useT();
  const s = useStyles();
  return (
    <p className={s.p}>
      {segments.map((seg, i) => {
        if (seg.kind === 'text') return <React.Fragment key={i}>{seg.text}</React.Fragment>;
        if (seg.kind === 'placeholder') {
          const key = seg.key;
          if (!key)
            return (
              <mark key={i} className={s.mark} data-placeholder={seg.label}>
                {seg.text}
              </mark>
            );
          // An inline element, not a <button>, so that a long placeholder wraps with the line.
          return (
            <mark
              key={i}
              className={mergeClasses(s.mark, s.markClickable)}
              data-placeholder={seg.label}
              role="button"
              tabIndex={0}
              title={t('placeholderHint', { label: seg.label })}
              onClick={() => onPlaceholder(key)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onPlaceholder(key);
                }
              }}
            >
              {seg.text}
            </mark>
          );
        }
        const src = seg.source;
        if (src.kind === 'cell') {
          return (
            <Link
              key={i}
              as="button"
              inline
              className={s.figure}
              data-cell={`${src.sheet}!${src.cell}`}
              title={t('figureSource', { table: src.table, sheet: src.sheet, cell: src.cell, label: src.label })}
              onClick={() => onCell(src.sheet, src.cell)}
            >
              {seg.text}
            </Link>
          );
        }
        return <React.Fragment key={i}>{seg.text}</React.Fragment>;
      })}
    </p>
  );
}

function SupplementForm(props: {
  groups: FieldGroup[];
  ids: Map<string, string>;
  openItems: string[];
  onToggle: (items: string[]) => void;
  disabled: boolean;
  saveStatus: SaveStatus;
  onChange: (key: string, value: string) => void;
}) {
  const t = useT();
  const s = useStyles();
  return (
    <section className={s.form} data-supplement aria-labelledby="supplement-title">
      <div className={s.formHead}>
        <div className={s.formTitleRow}>
          <h2 id="supplement-title" className={s.formTitle}>
            {t('supplementTitle')}
          </h2>
          <Caption1 className={s.saveStatus} role="status" data-save-status={props.saveStatus}>
            {props.saveStatus === 'saving' ? t('saving') : props.saveStatus === 'saved' ? t('saved') : ''}
          </Caption1>
        </div>
        <Caption1 className={s.hint}>{t('supplementHint')}</Caption1>
      </div>
      <Accordion multiple collapsible openItems={props.openItems} onToggle={(_, d) => props.onToggle(d.openItems as string[])}>
        {props.groups.map((g) => {
          const filled = g.fields.filter((f) => f.value.trim() !== '').length;
          const value = g.heading || '_other';
          return (
            <AccordionItem key={value} value={value}>
              <AccordionHeader size="small">
                <span className={s.groupHeader}>
                  <Text size={300} weight="semibold">
                    {g.heading || t('supplementOther')}
                  </Text>
                  <Caption1 className={filled === g.fields.length ? s.groupCountDone : s.groupCount}>
                    {t('supplementFilled', { filled, total: g.fields.length })}
                  </Caption1>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                <div className={s.fields}>
                  {g.fields.map((f) => {
                    const problem = fieldProblem(f.kind, f.value);
                    const id = props.ids.get(f.key)!;
                    return (
                      <Field
                        key={f.key}
                        label={{ children: f.label, htmlFor: id }}
                        validationState={problem ? 'error' : 'none'}
                        validationMessage={problem ? t(problem) : undefined}
                        data-key={f.key}
                      >
                        {f.multiline ? (
                          <Textarea
                            id={id}
                            value={f.value}
                            resize="vertical"
                            rows={2}
                            disabled={props.disabled}
                            onChange={(_, d) => props.onChange(f.key, d.value)}
                          />
                        ) : (
                          <Input
                            id={id}
                            value={f.value}
                            disabled={props.disabled}
                            inputMode={f.kind === 'amount' ? 'decimal' : f.kind === 'count' ? 'numeric' : undefined}
                            contentAfter={f.kind === 'amount' ? <Caption1>{t('unitWan')}</Caption1> : undefined}
                            onChange={(_, d) => props.onChange(f.key, d.value)}
                          />
                        )}
                      </Field>
                    );
                  })}
                </div>
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </section>
  );
}

export function NarrativePane(props: {
  narrative: Narrative;
  bare: Narrative;
  errors: number;
  supplement: Supplement;
  stateReady: boolean;
  saveStatus: SaveStatus;
  busy: boolean;
  onSupplement: (key: string, value: string) => void;
  onSelectCell: (sheet: string, cell: string) => void;
  onInsert: () => void;
  onCopy: () => void;
  /** Absent where the pane cannot download (Excel on Mac and iPad): a hint names the other ways. */
  onDownload?: () => void;
}): React.ReactElement {
  const t = useT();
  const s = useStyles();
  const { narrative: n, bare } = props;
  const keys = useMemo(() => placeholderKeys(n, bare), [n, bare]);
  const groups = useMemo(() => supplementForm(bare, n, props.supplement), [bare, n, props.supplement]);
  const ids = useMemo(() => new Map(groups.flatMap((g) => g.fields).map((f, i) => [f.key, fieldId(i)])), [groups]);
  const [openItems, setOpenItems] = useState<string[]>(() => (groups[0] ? [groups[0].heading || '_other'] : []));
  const [focusKey, setFocusKey] = useState<string | null>(null);

  useEffect(() => {
    if (!focusKey) return;
    const id = ids.get(focusKey);
    const frame = requestAnimationFrame(() => {
      const el = id ? document.getElementById(id) : null;
      if (el) {
        el.scrollIntoView({ block: 'center' });
        el.focus();
      }
      setFocusKey(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusKey, ids]);

  const openField = (key: string) => {
    const g = groups.find((x) => x.fields.some((f) => f.key === key));
    if (!g) return;
    const value = g.heading || '_other';
    setOpenItems((items) => (items.includes(value) ? items : [...items, value]));
    setFocusKey(key);
  };

  return (
    <section className={s.root} aria-label={t('tabNarrative')} data-view="narrative">
      <div className={s.actions}>
        <Button appearance="primary" onClick={props.onInsert} disabled={props.busy}>
          {t('insert')}
        </Button>
        <Button onClick={props.onCopy} disabled={props.busy}>
          {t('copy')}
        </Button>
        {props.onDownload && (
          <Button onClick={props.onDownload} disabled={props.busy}>
            {t('download')}
          </Button>
        )}
      </div>
      {!props.onDownload && (
        <Text className={s.hint} block data-no-download>
          {t('downloadUnavailable')}
        </Text>
      )}
      {props.errors > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('errorsBeforeNarrative', { n: props.errors })}</MessageBarBody>
        </MessageBar>
      )}
      <MessageBar intent={n.missing.length ? 'info' : 'success'} layout="multiline" data-missing={n.missing.length}>
        <MessageBarBody>{n.missing.length ? t('missingCount', { n: n.missing.length }) : t('noneMissing')}</MessageBarBody>
      </MessageBar>
      <article className={s.preview} lang="zh-CN" data-narrative aria-label={t('narrativeHeading')}>
        <h2 className={s.part}>{PART_TITLE}</h2>
        {n.sections.map((sec, i) => (
          <div key={i} data-section={sec.heading}>
            {sec.level === 1 ? <h3 className={s.h1}>{sec.heading}</h3> : <h4 className={mergeClasses(s.h1, s.h2)}>{sec.heading}</h4>}
            {sectionParagraphs(sec, keys).map((segs, j) => (
              <Paragraph key={j} segments={segs} onCell={props.onSelectCell} onPlaceholder={openField} />
            ))}
          </div>
        ))}
      </article>
      <SupplementForm
        groups={groups}
        ids={ids}
        openItems={openItems}
        onToggle={setOpenItems}
        disabled={!props.stateReady}
        saveStatus={props.saveStatus}
        onChange={props.onSupplement}
      />
    </section>
  );
}
