/**
 * The 情况说明 as the task pane shows it: paragraphs cut into plain text, figures (linked to their cells)
 * and 【待补充：…】 placeholders; the supplement form's fields, grouped by the section that needs them
 * (the narrative of the workbook's family asks only what its text prints, so the form does too);
 * the lines written to a sheet. No host API, no DOM.
 */
import type { Narrative, Section, Source } from '../narrative/types';
import { supplementKind, supplementLabel, type Supplement } from '../narrative/supplement';
import { PART_TITLE, toPlainText } from '../narrative/render/text';
import { documentTitle } from '../narrative/render/title';
import type { MessageKey } from './i18n';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'placeholder'; text: string; label: string; key?: string }
  | { kind: 'fact'; text: string; source: Source };

const PLACEHOLDER = /【待补充：([^】]*)】/g;

/** Label → key of every missing supplement item, for placeholders that open their field. */
export function placeholderKeys(...narratives: Narrative[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of narratives) for (const m of n.missing) if (!out.has(m.label)) out.set(m.label, m.key);
  return out;
}

/** A section's text as paragraphs of segments; figures at their recorded offsets, placeholders by their marks. */
export function sectionParagraphs(section: Pick<Section, 'text' | 'facts'>, keys: Map<string, string> = new Map()): Segment[][] {
  const text = section.text;
  type Span = { start: number; end: number; seg: Segment };
  const spans: Span[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const start = m.index ?? 0;
    spans.push({ start, end: start + m[0].length, seg: { kind: 'placeholder', text: m[0], label: m[1], key: keys.get(m[1]) } });
  }
  for (const f of section.facts) {
    if (!f.text || text.slice(f.offset, f.offset + f.text.length) !== f.text) continue;
    spans.push({ start: f.offset, end: f.offset + f.text.length, seg: { kind: 'fact', text: f.text, source: f.source } });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const paragraphs: Segment[][] = [[]];
  const pushText = (s: string) => {
    s.split('\n').forEach((part, i) => {
      if (i > 0) paragraphs.push([]);
      if (part) paragraphs[paragraphs.length - 1].push({ kind: 'text', text: part });
    });
  };
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping: the first wins
    pushText(text.slice(at, s.start));
    paragraphs[paragraphs.length - 1].push(s.seg);
    at = s.end;
  }
  pushText(text.slice(at));
  return paragraphs.filter((p) => p.length > 0);
}

/** One paragraph per row: the part title, then each heading and its paragraphs. */
export function narrativeLines(n: Narrative): string[] {
  const out = [PART_TITLE];
  for (const s of n.sections) {
    out.push(s.heading);
    for (const p of s.paragraphs) if (p.trim()) out.push(p);
  }
  return out;
}

/** The narrative as plain text, for the clipboard. */
export const narrativePlainText = (n: Narrative): string => toPlainText(n).trimEnd() + '\n';

/** Title line of the Word document and its file name. */
export function documentNames(department: string | undefined, year: string): { title?: string; file: string } {
  const y = /^\d{4}$/.test(year) ? `${year}年度` : '';
  const title = documentTitle(department, year);
  const base = `${department ?? ''}${y}情况说明`.replace(/[\\/:*?"<>|]/g, '_');
  return { title, file: `${base}.docx` };
}

export type FieldKind = 'amount' | 'count' | 'text';

/** Amounts are 万元 decimals, counts whole numbers: the split readSupplement makes, for every family's keys. */
export function fieldKind(key: string): FieldKind {
  return supplementKind(key);
}

/** The message key of what is wrong with a value typed into a field, if anything. */
export function fieldProblem(kind: FieldKind, value: string): MessageKey | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (kind === 'amount' && !/^-?\d+(\.\d+)?$/.test(v.replace(/,/g, ''))) return 'invalidAmount';
  if (kind === 'count' && !/^\d+$/.test(v)) return 'invalidCount';
  return undefined;
}

/** The supplement without values the generator cannot use (an amount that is not a number). */
export function usableSupplement(s: Supplement): Supplement {
  const out: Supplement = {};
  for (const [k, v] of Object.entries(s)) if (String(v).trim() !== '' && !fieldProblem(fieldKind(k), String(v))) out[k] = v;
  return out;
}

/** The supplement with one field changed; an emptied field removes its key. */
export function setSupplementValue(s: Supplement, key: string, value: string): Supplement {
  const out = { ...s };
  if (value.trim() === '') delete out[key];
  else out[key] = value;
  return out;
}

export interface SupplementField {
  key: string;
  label: string;
  kind: FieldKind;
  value: string;
  /** Reasons, purposes and measures take sentences. */
  multiline: boolean;
}

export interface FieldGroup {
  /** The level-1 heading of the section whose text needs the fields; '' for keys no section uses. */
  heading: string;
  fields: SupplementField[];
}

/**
 * The form: every key the narrative needs without a supplement (`bare`, generated from the tables
 * alone), those the current narrative still misses, and those already filled, grouped under the
 * section whose placeholder they fill. A field stays in place once filled.
 */
export function supplementForm(bare: Narrative, current: Narrative, supplement: Supplement): FieldGroup[] {
  const labels = new Map<string, string>();
  for (const m of [...bare.missing, ...current.missing]) if (!labels.has(m.key)) labels.set(m.key, m.label);
  for (const k of Object.keys(supplement)) if (!labels.has(k)) labels.set(k, supplementLabel(k));

  const groups = new Map<string, FieldGroup>();
  const headingOf = (label: string): string => {
    for (const n of [bare, current]) {
      let top = '';
      for (const s of n.sections) {
        if (s.level === 1) top = s.heading;
        if (s.text.includes(`【待补充：${label}】`) || s.heading.includes(`【待补充：${label}】`)) return top || s.heading;
      }
    }
    return '';
  };
  for (const n of [bare, current])
    for (const s of n.sections) if (s.level === 1 && !groups.has(s.heading)) groups.set(s.heading, { heading: s.heading, fields: [] });
  groups.set('', { heading: '', fields: [] });
  for (const [key, label] of labels) {
    const kind = fieldKind(key);
    const v = supplement[key];
    groups.get(headingOf(label))!.fields.push({
      key,
      label,
      kind,
      value: v === undefined ? '' : String(v),
      multiline: kind === 'text' && /^(原因|用途|绩效\.改进措施|其他事项)/.test(key),
    });
  }
  return [...groups.values()].filter((g) => g.fields.length > 0);
}
