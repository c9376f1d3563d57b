/**
 * What a read-only view of a sheet needs of each cell style (xl/styles.xml, cellXfs): bold, horizontal
 * alignment, wrapping and the four borders. As Excel draws them, a style's font, border and alignment count
 * whatever its apply* attributes say. Number formats are not here:
 * the grid carries them for the number cells (../read.ts).
 */
import { CLOSE, END, OPEN, XmlScanner } from './xml';

/** A border line by how heavy it is drawn: 1 thin (hair, dotted, dashed…), 2 medium, 3 thick, 4 double. */
export type BorderWeight = 1 | 2 | 3 | 4;

export interface BorderSides {
  top?: BorderWeight;
  right?: BorderWeight;
  bottom?: BorderWeight;
  left?: BorderWeight;
}

export interface CellStyle {
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  border?: BorderSides;
}

const WEIGHTS: Record<string, BorderWeight> = {
  hair: 1,
  thin: 1,
  dotted: 1,
  dashed: 1,
  dashDot: 1,
  dashDotDot: 1,
  medium: 2,
  mediumDashed: 2,
  mediumDashDot: 2,
  mediumDashDotDot: 2,
  slantDashDot: 2,
  thick: 3,
  double: 4,
};

/** <start>/<end> are the left/right of newer (and strict) files. */
const SIDES: Record<string, keyof BorderSides> = {
  top: 'top',
  bottom: 'bottom',
  left: 'left',
  right: 'right',
  start: 'left',
  end: 'right',
};

const truthy = (v: string | undefined) => v === undefined || v === '1' || v === 'true';

function alignOf(horizontal: string | undefined): CellStyle['align'] {
  if (horizontal === 'center' || horizontal === 'centerContinuous') return 'center';
  if (horizontal === 'right' || horizontal === 'left') return horizontal;
  return undefined;
}

/** The style of each cellXfs entry, by its index (a cell's `s`); an empty object where nothing shows. */
export function readCellStyles(xml: string | undefined): CellStyle[] {
  if (!xml) return [];
  const bold: boolean[] = [];
  const borders: (BorderSides | undefined)[] = [];
  const styles: CellStyle[] = [];
  const x = new XmlScanner(xml);
  let section = ''; // fonts | borders | cellXfs
  let font = false;
  let border: BorderSides | undefined;
  let xf: CellStyle | undefined;
  for (let t = x.next(); t !== END; t = x.next()) {
    if (t === OPEN) {
      const name = x.name;
      if (name === 'fonts' || name === 'borders' || name === 'cellXfs') section = x.selfClosing ? '' : name;
      else if (section === 'fonts') {
        if (name === 'font') {
          font = false;
          if (x.selfClosing) bold.push(false);
        } else if (name === 'b') font = truthy(x.attr('val'));
      } else if (section === 'borders') {
        if (name === 'border') {
          border = {};
          if (x.selfClosing) borders.push(undefined);
        } else if (border && SIDES[name]) {
          const weight = WEIGHTS[x.attr('style') ?? ''];
          if (weight) border[SIDES[name]] = weight;
        }
      } else if (section === 'cellXfs') {
        if (name === 'xf') {
          const f = Number(x.attr('fontId') ?? 0);
          const b = Number(x.attr('borderId') ?? 0);
          xf = {};
          if (bold[f]) xf.bold = true;
          if (borders[b]) xf.border = borders[b];
          styles.push(xf);
          if (x.selfClosing) xf = undefined;
        } else if (name === 'alignment' && xf) {
          const align = alignOf(x.attr('horizontal'));
          if (align) xf.align = align;
          if (x.attr('wrapText') !== undefined && truthy(x.attr('wrapText'))) xf.wrap = true;
        }
      }
    } else if (t === CLOSE) {
      const name = x.name;
      if (name === section) section = '';
      else if (section === 'fonts' && name === 'font') bold.push(font);
      else if (section === 'borders' && name === 'border') {
        borders.push(border && Object.keys(border).length ? border : undefined);
        border = undefined;
      } else if (section === 'cellXfs' && name === 'xf') xf = undefined;
    }
  }
  return styles;
}
