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

export function toMarkdown(n: Narrative): string {
  const out: string[] = [`# ${PART_TITLE}`, ''];
  for (const s of n.sections) {
    out.push(`${s.level === 1 ? '##' : '###'} ${s.heading}`, '');
    for (const p of s.paragraphs) out.push(p, '');
  }
  if (n.missing.length) {
    out.push('---', '', `待补充 ${n.missing.length} 项：`, '');
    for (const m of n.missing) out.push(`- ${m.label}（${m.key}）`);
    out.push('');
  }
  return out.join('\n');
}
