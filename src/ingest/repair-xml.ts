/** Characters XML 1.0 forbids; real feeds carry them (pasted text, broken CMS exports). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** An `&` that does not start a character or entity reference. */
const BARE_AMPERSAND = /&(?!(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z][\w.-]*);)/g;

function escapeBareAmpersands(text: string): string {
  return text.includes('&') ? text.replace(BARE_AMPERSAND, '&amp;') : text;
}

/**
 * Repairs the two faults that make strict XML parsers reject otherwise fine feeds: a bare `&`
 * (`Politique & société`) and control characters. CDATA sections are left as they are, since
 * an `&` there is already literal. Line numbers are preserved, so parse errors still point at
 * the right line of the original.
 */
export function repairXml(xml: string): string {
  const cleaned = xml.replace(FORBIDDEN_CHARS, '');
  if (!cleaned.includes('&')) return cleaned;
  let out = '';
  let from = 0;
  for (;;) {
    const start = cleaned.indexOf('<![CDATA[', from);
    if (start === -1) break;
    const end = cleaned.indexOf(']]>', start + 9);
    const stop = end === -1 ? cleaned.length : end + 3;
    out += escapeBareAmpersands(cleaned.slice(from, start)) + cleaned.slice(start, stop);
    from = stop;
  }
  return out + escapeBareAmpersands(cleaned.slice(from));
}
