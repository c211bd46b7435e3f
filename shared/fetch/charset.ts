import iconv from 'iconv-lite';

/** How many leading bytes are sniffed for an in-document charset declaration. */
const SNIFF_BYTES = 2048;

/** The charset parameter of a Content-Type header, lower-cased, or null. */
export function charsetFromContentType(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** The encoding announced by a byte-order mark, with the BOM's length. */
function charsetFromBom(buf: Buffer): { charset: string; length: number } | null {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { charset: 'utf-8', length: 3 };
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** A charset declared inside the document: `<meta charset>`, `<meta http-equiv>` or the XML declaration. */
export function charsetFromMarkup(head: string): string | null {
  const patterns = [
    /<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i,
    /<meta\s[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i,
  ];
  for (const re of patterns) {
    const m = re.exec(head);
    if (m?.[1]) return m[1].toLowerCase();
  }
  return null;
}

/** Single-byte charsets: valid multi-byte UTF-8 in a body labelled with one of these is UTF-8 mislabelled. */
const SINGLE_BYTE = /^(?:windows-125\d|cp125\d|koi8-[ru]|iso-8859-\d+|latin1|ascii|us-ascii)$/i;
const UTF8 = /^utf-?8$/i;

/** Whether the bytes are well-formed UTF-8. */
function isUtf8(buf: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a response body: the Content-Type charset wins, then a BOM, then a declaration in the first bytes
 * (`<meta charset>`, `<meta http-equiv="Content-Type">`, `<?xml encoding>`), else UTF-8. Unknown charset
 * names fall through to the next rule rather than failing. A leading BOM is always stripped. A label the bytes
 * contradict is not trusted: "UTF-8" on bytes that are not UTF-8 falls back to the page's own declaration or
 * windows-1251 (the regional legacy charset), and a single-byte label on valid multi-byte UTF-8 reads UTF-8.
 */
export function decodeBody(buf: Buffer, contentType?: string): string {
  const bom = charsetFromBom(buf);
  const header = charsetFromContentType(contentType);
  const markup = charsetFromMarkup(buf.subarray(0, SNIFF_BYTES).toString('latin1'));
  const hasHigh = buf.some((b) => b >= 0x80);
  let candidates = [header, bom?.charset ?? null, markup];
  if (!bom && hasHigh) {
    const utf8 = isUtf8(buf);
    if (header && UTF8.test(header) && !utf8)
      candidates = [markup && !UTF8.test(markup) ? markup : 'windows-1251'];
    else if (header && SINGLE_BYTE.test(header) && utf8) candidates = ['utf-8'];
  }
  const charset = candidates.find((c): c is string => c !== null && iconv.encodingExists(c)) ?? 'utf-8';
  const text = iconv.decode(buf, charset, { stripBOM: true });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
