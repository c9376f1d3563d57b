/** Hand-made .xlsx files from a few XML parts (fflate's zip): for what a generator never writes. */
import { zipSync, strToU8 } from 'fflate';

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export interface HandSheet {
  name: string;
  /** The inside of <worksheet>: <sheetData>…</sheetData> and what follows. */
  body: string;
  state?: string;
}

/** A workbook of the given sheets; `shared` are <si> bodies, `styles` the inside of <styleSheet>. */
export function handXlsx(sheets: HandSheet[], opts: { shared?: string[]; styles?: string; prefix?: string } = {}): Buffer {
  const p = opts.prefix ? `${opts.prefix}:` : '';
  const ns = opts.prefix ? NS.replace('xmlns=', `xmlns:${opts.prefix}=`) : NS;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        (opts.shared
          ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
          : '') +
        (opts.styles
          ? '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          : '') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${p}workbook ${ns}><${p}sheets>${sheets
        .map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`)
        .join('')}</${p}sheets></${p}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map(
          (_, i) =>
            `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join(
          '',
        )}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${p}worksheet ${ns}>${s.body}</${p}worksheet>`,
    );
  });
  if (opts.shared)
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><${p}sst ${ns} count="${opts.shared.length}" uniqueCount="${opts.shared.length}">${opts.shared.map((si) => `<${p}si>${si}</${p}si>`).join('')}</${p}sst>`,
    );
  if (opts.styles)
    files['xl/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><${p}styleSheet ${ns}>${opts.styles}</${p}styleSheet>`);
  return Buffer.from(zipSync(files, { level: 6 }));
}

/** The same zip with the stated uncompressed size of `part` set to `size` (central directory and local header). */
export function withStatedSize(zip: Buffer, part: string, size: number): Buffer {
  const buf = Buffer.from(zip);
  for (let i = 0; i + 46 < buf.length; i++) {
    const sig = buf.readUInt32LE(i);
    if (sig === 0x02014b50) {
      const n = buf.readUInt16LE(i + 28);
      if (buf.subarray(i + 46, i + 46 + n).toString() === part) buf.writeUInt32LE(size, i + 24);
    } else if (sig === 0x04034b50) {
      const n = buf.readUInt16LE(i + 26);
      if (buf.subarray(i + 30, i + 30 + n).toString() === part) buf.writeUInt32LE(size, i + 22);
    }
  }
  return buf;
}
