/**
 * The 情况说明 as a Word document in the style of published 决算公开 documents: 黑体 section headings,
 * 楷体 sub-headings, 仿宋 body at 三号 with a two-character first-line indent; placeholders highlighted.
 */
import { AlignmentType, Document, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Narrative } from '../types';
import { PART_TITLE } from './text';

const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
const SIZE = 32; // 三号 = 16pt, in half-points
const LINE = { line: 560, lineRule: LineRuleType.EXACT }; // 28pt fixed line spacing

function runs(text: string): TextRun[] {
  return text
    .split(/(【待补充：[^】]*】)/)
    .filter(Boolean)
    .map((t) => (t.startsWith('【待补充') ? new TextRun({ text: t, highlight: 'yellow' }) : new TextRun(t)));
}

/** "— 1 —" centred at the foot of every page, as published documents number them. */
function pageFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font('宋体'), size: 28 })],
      }),
    ],
  });
}

export function buildDocx(n: Narrative, title?: string): Document {
  const children: Paragraph[] = [];
  if (title)
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title, font: font('方正小标宋简体'), size: 44 })] }),
    );
  children.push(
    new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, keepNext: true, children: [new TextRun(PART_TITLE)] }),
  );
  for (const s of n.sections) {
    // A heading never stands alone at the foot of a page.
    children.push(
      new Paragraph({
        heading: s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        keepNext: true,
        keepLines: true,
        children: [new TextRun(s.heading)],
      }),
    );
    for (const p of s.paragraphs) children.push(new Paragraph({ children: runs(p) }));
  }
  return new Document({
    creator: '决算助手',
    title: PART_TITLE,
    styles: {
      default: {
        document: {
          run: { font: font('仿宋'), size: SIZE },
          paragraph: { spacing: LINE, indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED },
        },
        title: {
          run: { font: font('黑体'), size: 36, color: '000000' },
          paragraph: { spacing: { ...LINE, after: 240 }, indent: { firstLine: 0 } },
        },
        heading1: { run: { font: font('黑体'), size: SIZE, color: '000000' }, paragraph: { spacing: LINE, indent: { firstLine: 640 } } },
        heading2: { run: { font: font('楷体'), size: SIZE, color: '000000' }, paragraph: { spacing: LINE, indent: { firstLine: 640 } } },
      },
    },
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 } } },
        footers: { default: pageFooter() },
        children,
      },
    ],
  });
}

export async function docxBuffer(n: Narrative, title?: string): Promise<Buffer> {
  return Packer.toBuffer(buildDocx(n, title));
}
