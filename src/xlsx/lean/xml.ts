/**
 * A small pull scanner for the XML of an .xlsx: elements (local names, so `x:c` is `c`), attributes on demand,
 * text with its entities decoded and its line ends normalised as an XML parser does. It skips the declaration,
 * comments, processing instructions and a DOCTYPE (no entity of one is ever expanded), and gives CDATA as text.
 * Hand-written (the one exception the project allows) because the whole read comes to under 2× a bare regex
 * scan of the same parts (bench/: reader vs floor); saxes was not timed against it. It is proven cell for
 * cell against ExcelJS (test/lean-reader.test.ts).
 */

export const END = 0;
export const OPEN = 1;
export const CLOSE = 2;
export const TEXT = 3;
export type Token = typeof END | typeof OPEN | typeof CLOSE | typeof TEXT;

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function entity(whole: string, body: string): string {
  if (body.charCodeAt(0) === 35 /* # */) {
    const code = body.charCodeAt(1) === 120 /* x */ ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  }
  return ENTITIES[body] ?? whole;
}

/** Text content: line ends normalised (\r\n and \r to \n), then entities decoded. */
export function decodeText(s: string): string {
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s.indexOf('&') >= 0 ? s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, entity) : s;
}

/** An attribute value: literal tabs and line ends become spaces, then entities are decoded. */
function decodeAttr(s: string): string {
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n|[\t\n\r]/g, ' ');
  return s.indexOf('&') >= 0 ? s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, entity) : s;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export class XmlScanner {
  private pos = 0;
  /** Local name of the element just opened or closed. */
  name = '';
  /** The element just opened closes itself (`<c r="A1"/>`). */
  selfClosing = false;
  /** Decoded text, for TEXT. */
  text = '';
  private attrStart = 0;
  private attrEnd = 0;

  constructor(private readonly s: string) {}

  /** Throws a plain error naming what is wrong, caught by the reader as a damaged workbook. */
  private fail(what: string): never {
    throw new Error(`XML 格式错误：${what}（位置 ${this.pos}）`);
  }

  next(): Token {
    const s = this.s;
    for (;;) {
      const at = this.pos;
      if (at >= s.length) return END;
      if (s.charCodeAt(at) !== 60 /* < */) {
        let lt = s.indexOf('<', at);
        if (lt < 0) lt = s.length;
        this.pos = lt;
        this.text = decodeText(s.slice(at, lt));
        return TEXT;
      }
      const c = s.charCodeAt(at + 1);
      if (c === 63 /* ? */) {
        const e = s.indexOf('?>', at + 2);
        if (e < 0) this.fail('处理指令未结束');
        this.pos = e + 2;
        continue;
      }
      if (c === 33 /* ! */) {
        if (s.startsWith('<!--', at)) {
          const e = s.indexOf('-->', at + 4);
          if (e < 0) this.fail('注释未结束');
          this.pos = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', at)) {
          const e = s.indexOf(']]>', at + 9);
          if (e < 0) this.fail('CDATA 未结束');
          this.text = s.slice(at + 9, e).replace(/\r\n?/g, '\n');
          this.pos = e + 3;
          return TEXT;
        }
        // A DOCTYPE, with its internal subset if any: skipped, never expanded.
        let depth = 0;
        let i = at + 2;
        for (; i < s.length; i++) {
          const ch = s.charCodeAt(i);
          if (ch === 91 /* [ */) depth++;
          else if (ch === 93 /* ] */) depth--;
          else if (ch === 62 /* > */ && depth <= 0) break;
        }
        this.pos = i + 1;
        continue;
      }
      if (c === 47 /* / */) {
        const e = s.indexOf('>', at + 2);
        if (e < 0) this.fail('结束标记未结束');
        let n = s.slice(at + 2, e).trimEnd();
        const colon = n.indexOf(':');
        if (colon >= 0) n = n.slice(colon + 1);
        this.name = n;
        this.pos = e + 1;
        return CLOSE;
      }
      // A start tag: its name, then attributes up to the '>' outside quotes.
      let i = at + 1;
      while (i < s.length) {
        const ch = s.charCodeAt(i);
        if (isSpace(ch) || ch === 62 || ch === 47) break;
        i++;
      }
      let n = s.slice(at + 1, i);
      const colon = n.indexOf(':');
      if (colon >= 0) n = n.slice(colon + 1);
      if (!n) this.fail('元素没有名称');
      this.name = n;
      this.attrStart = i;
      let quote = 0;
      for (; i < s.length; i++) {
        const ch = s.charCodeAt(i);
        if (quote) {
          if (ch === quote) quote = 0;
        } else if (ch === 34 || ch === 39) quote = ch;
        else if (ch === 62) break;
      }
      if (i >= s.length) this.fail('开始标记未结束');
      this.selfClosing = s.charCodeAt(i - 1) === 47;
      this.attrEnd = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      return OPEN;
    }
  }

  /** The decoded value of an attribute of the element just opened, by its full name (`r`, `r:id`). */
  attr(name: string): string | undefined {
    const s = this.s;
    let i = this.attrStart;
    const end = this.attrEnd;
    while (i < end) {
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const nameStart = i;
      while (i < end) {
        const ch = s.charCodeAt(i);
        if (ch === 61 /* = */ || isSpace(ch)) break;
        i++;
      }
      const nameEnd = i;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      if (s.charCodeAt(i) !== 61) return undefined; // not well-formed: no more attributes
      i++;
      while (i < end && isSpace(s.charCodeAt(i))) i++;
      const q = s.charCodeAt(i);
      if (q !== 34 && q !== 39) return undefined;
      const close = s.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close < 0 || close > end) return undefined;
      if (nameEnd - nameStart === name.length && s.startsWith(name, nameStart)) return decodeAttr(s.slice(i + 1, close));
      i = close + 1;
    }
    return undefined;
  }
}
