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

/**
 * Decodes a response body: the Content-Type charset wins, then a BOM, then a declaration in the first bytes
 * (`<meta charset>`, `<meta http-equiv="Content-Type">`, `<?xml encoding>`), else UTF-8. Unknown charset
 * names fall through to the next rule rather than failing. A leading BOM is always stripped.
 */
export function decodeBody(buf: Buffer, contentType?: string): string {
  const bom = charsetFromBom(buf);
  const candidates = [
    charsetFromContentType(contentType),
    bom?.charset ?? null,
    // latin1 keeps every byte as one char, so an ASCII declaration reads the same in any 8-bit charset.
    charsetFromMarkup(buf.subarray(0, SNIFF_BYTES).toString('latin1')),
  ];
  const charset = candidates.find((c): c is string => c !== null && iconv.encodingExists(c)) ?? 'utf-8';
  const text = iconv.decode(buf, charset, { stripBOM: true });
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
