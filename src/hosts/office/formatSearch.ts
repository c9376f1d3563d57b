/// <reference types="office-js" />
/**
 * Every conditional format of some sheets, in priority order, with what tells a mark from the user's own
 * (type, rule, fill and font colour). A format is known by its position only, and only within the
 * Excel.run that found it: `ConditionalFormat.id` is "the priority of the conditional format in the
 * current ConditionalFormatCollection", so an id names whatever sits at that place when it is used.
 *
 * A host that refuses to load custom-format properties across a collection of mixed types (office-js
 * issues #2180, #6827) is searched in two steps instead (types, then each custom format's properties):
 * one more round trip on that host, remembered for the session.
 */

/** A conditional format as found: its position on the sheet (0 = top priority) and its look. */
export interface FoundFormat {
  position: number;
  type: string;
  formula: string | null;
  fill: string | null;
  font: string | null;
}

/** Per sheet name, the formats in priority order. */
export type SheetFormats = Map<string, FoundFormat[]>;

/** A worksheet and its name. */
export interface NamedSheet {
  sheet: Excel.Worksheet;
  name: string;
}

/** Completes a queued search once the sync it rode on is done (one more sync in two steps). */
export type FinishSearch = (context: Excel.RequestContext) => Promise<SheetFormats>;

const ONE_STEP = [
  'items/type',
  'items/customOrNullObject/rule/formula',
  'items/customOrNullObject/format/fill/color',
  'items/customOrNullObject/format/font/color',
].join(',');

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export class FormatSearch {
  /** This host refused custom-format properties across a collection once: two steps from now on. */
  twoStep = false;

  /** Queues the search on the sheets' whole-sheet collections; finish it after the next sync. */
  queue(sheets: NamedSheet[]): FinishSearch {
    const twoStep = this.twoStep;
    const loaded = sheets.map(({ sheet, name }) => ({
      name,
      formats: sheet.getRange().conditionalFormats.load(twoStep ? 'items/type' : ONE_STEP),
    }));
    return async (context) => {
      const found: SheetFormats = new Map();
      if (!twoStep) {
        for (const { name, formats } of loaded) {
          found.set(
            name,
            formats.items.map((format, position) => {
              const custom = format.type === 'Custom' ? format.customOrNullObject : undefined;
              const look = custom && !custom.isNullObject ? custom : undefined;
              return {
                position,
                type: format.type,
                formula: text(look?.rule.formula),
                fill: text(look?.format.fill.color),
                font: text(look?.format.font.color),
              };
            }),
          );
        }
        return found;
      }
      const customs: { entry: FoundFormat; custom: Excel.CustomConditionalFormat }[] = [];
      for (const { name, formats } of loaded) {
        const list: FoundFormat[] = [];
        formats.items.forEach((format, position) => {
          const entry: FoundFormat = { position, type: format.type, formula: null, fill: null, font: null };
          list.push(entry);
          if (format.type !== 'Custom') return;
          const custom = formats.getItemAt(position).custom;
          custom.rule.load('formula');
          custom.format.fill.load('color');
          custom.format.font.load('color');
          customs.push({ entry, custom });
        });
        found.set(name, list);
      }
      if (customs.length) await context.sync();
      for (const { entry, custom } of customs) {
        entry.formula = text(custom.rule.formula);
        entry.fill = text(custom.format.fill.color);
        entry.font = text(custom.format.font.color);
      }
      return found;
    };
  }
}
