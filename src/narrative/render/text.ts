/** Plain text and Markdown renderings of the 情况说明. */
import type { Narrative } from '../types';

export const PART_TITLE = '第三部分 情况说明';

export function toPlainText(n: Narrative): string {
  const out: string[] = [PART_TITLE, ''];
  for (const s of n.sections) {
    out.push(s.heading);
    if (s.text) out.push(s.text);
    out.push('');
  }
  return out.join('\n');
}

/**
 * Text from the workbook or the supplement as Markdown that shows exactly that text: HTML is written as
 * entities (a reason "<img onerror=…>" must not run in a viewer), emphasis, links, code and tables
 * characters are backslash-escaped, and a line cannot open a heading, list, quote or rule.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/^(\s*)([#+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

export function toMarkdown(n: Narrative): string {
  const out: string[] = [`# ${PART_TITLE}`, ''];
  for (const s of n.sections) {
    out.push(`${s.level === 1 ? '##' : '###'} ${escapeMarkdown(s.heading)}`, '');
    for (const p of s.paragraphs) out.push(escapeMarkdown(p), '');
  }
  if (n.missing.length) {
    out.push('---', '', `待补充 ${n.missing.length} 项：`, '');
    for (const m of n.missing) out.push(`- ${escapeMarkdown(m.label)}（${escapeMarkdown(m.key)}）`);
    out.push('');
  }
  return out.join('\n');
}
