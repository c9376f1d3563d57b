/**
 * Hostile .xlsx files for the offline page (test/e2e/web.e2e.test.ts) and its reader, built in a blink and
 * small on disk however much they inflate to: a part's deflate stream is one compressed chunk repeated
 * (each ends on a full flush, so the copies join into one stream), written into a zip by hand with honest
 * sizes and CRCs. Also the sample with a merge over H40:XFD1048576, and files that are no workbook at all.
 */
import fs from 'node:fs';
import zlib from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';

const MB = 1024 * 1024;

interface Part {
  name: string;
  /** Raw deflate stream. */
  data: Buffer;
  crc: number;
  size: number;
}

/** A part stored compressed: `head`, then `body` `times` over, then `tail`, as one deflate stream. */
function repeatedPart(name: string, head: string, body: string, times: number, tail: string): Part {
  const flush = (s: string | Buffer) => zlib.deflateRawSync(s, { level: 9, finishFlush: zlib.constants.Z_FULL_FLUSH });
  const bodyBytes = Buffer.from(body);
  const bodyDeflated = flush(bodyBytes);
  const chunks = [flush(head)];
  let crc = zlib.crc32(head);
  for (let i = 0; i < times; i++) {
    chunks.push(bodyDeflated);
    crc = zlib.crc32(bodyBytes, crc);
  }
  chunks.push(flush(tail), Buffer.from([0x03, 0x00])); // an empty final block ends the stream
  crc = zlib.crc32(tail, crc);
  return { name, data: Buffer.concat(chunks), crc, size: Buffer.byteLength(head) + bodyBytes.length * times + Buffer.byteLength(tail) };
}

const small = (name: string, text: string): Part => {
  const bytes = Buffer.from(text);
  return { name, data: zlib.deflateRawSync(bytes), crc: zlib.crc32(bytes), size: bytes.length };
};

/** A zip (deflate, no zip64) of the parts, as a stream of local headers, then the central directory. */
function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.crc, 16);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(p.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    central.push(entry, name);
    offset += local.length + name.length + p.data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook has, for sheets sheet1.xml … sheetN.xml. */
function frame(sheets: number): Part[] {
  const ids = Array.from({ length: sheets }, (_, i) => i + 1);
  return [
    small(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${ids
        .map(
          (i) =>
            `<Override PartName="/xl/worksheets/sheet${i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
        )
        .join('')}</Types>`,
    ),
    small(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    small(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="${REL}"><sheets>${ids
        .map((i) => `<sheet name="数据${i}" sheetId="${i}" r:id="rId${i}"/>`)
        .join('')}</sheets></workbook>`,
    ),
    small(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${ids
        .map((i) => `<Relationship Id="rId${i}" Type="${REL}/worksheet" Target="worksheets/sheet${i}.xml"/>`)
        .join('')}</Relationships>`,
    ),
  ];
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';

/** About one MB of rows without addresses (each row the next one), `cells` numbers a row. */
function rowsChunk(cells: number): { xml: string; rows: number } {
  const row = `<row>${'<c><v>123.25</v></c>'.repeat(cells)}</row>`;
  const rows = Math.max(1, Math.floor(MB / row.length));
  return { xml: row.repeat(rows), rows };
}

/**
 * One sheet that inflates to about `megabytes` MB of rows (of `cells` numbers each); the zip is a few hundred
 * KB. Over 200 MB it is refused unread (the part cap); under it, it is read to row 100 001 and refused there.
 */
export function inflatingWorkbook(megabytes: number, cells = 40): Buffer {
  const { xml } = rowsChunk(cells);
  return zip([...frame(1), repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, xml, megabytes, SHEET_TAIL)]);
}

/** How many rows inflatingWorkbook(megabytes, cells) holds. */
export function inflatingRows(megabytes: number, cells = 40): number {
  return rowsChunk(cells).rows * megabytes;
}

/** A zip bomb: `sheets` sheets of `megabytes` MB each, every one under the part cap, together over the total. */
export function zipBomb(sheets = 3, megabytes = 190): Buffer {
  const parts = frame(sheets);
  const blank = ' '.repeat(MB);
  for (let i = 1; i <= sheets; i++) parts.push(repeatedPart(`xl/worksheets/sheet${i}.xml`, SHEET_HEAD, blank, megabytes, SHEET_TAIL));
  return zip(parts);
}

/** The workbook at `file` with a merge over `ref` added to its first sheet (kept in <mergeCells>). */
export function withMerge(file: string, ref = 'H40:XFD1048576'): Buffer {
  const parts = unzipSync(new Uint8Array(fs.readFileSync(file)));
  const name = 'xl/worksheets/sheet1.xml';
  let xml = Buffer.from(parts[name]).toString('utf8');
  const merge = `<mergeCell ref="${ref}"/>`;
  xml = /<mergeCells\b[^>]*>/.test(xml)
    ? xml.replace(/<mergeCells count="(\d+)">/, (_, n: string) => `<mergeCells count="${Number(n) + 1}">${merge}`)
    : xml.replace('</sheetData>', `</sheetData><mergeCells count="1">${merge}</mergeCells>`);
  parts[name] = strToU8(xml);
  return Buffer.from(zipSync(parts, { level: 6 }));
}

/** The first `fraction` of a file's bytes, as an interrupted copy or download leaves it. */
export function truncated(file: string, fraction = 0.6): Buffer {
  const bytes = fs.readFileSync(file);
  return bytes.subarray(0, Math.floor(bytes.length * fraction));
}

/** What an encrypted .xlsx (or an old .xls) starts with: an OLE compound file, not a zip. */
export function oleFile(): Buffer {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([head, Buffer.alloc(4096 - head.length)]);
}

/** A file that is no workbook at all (a PDF saved as .xlsx). */
export function notAWorkbook(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
}
