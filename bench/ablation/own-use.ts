/**
 * Which exports a module reads at its own import. The ablation empties an export after its module has run, so a
 * table the module itself turned into a pattern or a Set at load time keeps working from that copy: emptying it
 * would measure nothing, and such a rule is reported as not ablatable. Found by a small scan of the source (no
 * TypeScript parser is at hand: TypeScript 7 ships no JavaScript API): comments, strings and regex literals are
 * blanked, then each use of the name outside a function body or an arrow's expression counts as a load-time read.
 */

/** Blanks comments, string and template literals and regex literals, keeping offsets (code only stays). */
export function codeOnly(src: string): string {
  const out = src.split('');
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  let i = 0;
  let prev = ''; // last code character, to tell a regex's `/` from a division
  while (i < src.length) {
    const c = src[i] as string;
    const next = src[i + 1];
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', i);
      const to = end < 0 ? src.length : end;
      blank(i, to);
      i = to;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', i + 2);
      const to = end < 0 ? src.length : end + 2;
      blank(i, to);
      i = to;
    } else if (c === "'" || c === '"' || c === '`' || (c === '/' && /^$|[(,=:[!&|?{};+]/.test(prev))) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && (src[j] !== c || inClass)) {
        if (src[j] === '\\') j++;
        else if (c === '/' && src[j] === '[') inClass = true;
        else if (c === '/' && src[j] === ']') inClass = false;
        else if (c === '/' && src[j] === '\n') break;
        j++;
      }
      blank(i + 1, j);
      i = j + 1;
      prev = 'x';
    } else {
      if (!/\s/.test(c)) prev = c;
      i++;
    }
  }
  return out.join('');
}

/**
 * Offsets in `code` (from `codeOnly`) that lie inside a function body or an arrow function's expression body:
 * code there runs when called, not when the module loads.
 */
function lazyMask(code: string): Uint8Array {
  const mask = new Uint8Array(code.length);
  const stack: Array<'fn' | 'arrow' | 'block' | 'paren'> = [];
  let lazy = 0; // open 'fn' and 'arrow' entries
  const pop = () => {
    const t = stack.pop();
    if (t === 'fn' || t === 'arrow') lazy--;
  };
  for (let i = 0; i < code.length; i++) {
    const c = code[i] as string;
    if (c === '{') {
      // A body follows `)` (after an optional return type) or `=>`; `if (…) {` at top level is rare in rule files.
      const fn = FN_HEAD.test(code.slice(Math.max(0, i - 160), i));
      stack.push(fn ? 'fn' : 'block');
      if (fn) lazy++;
    } else if (c === '(' || c === '[') stack.push('paren');
    else if (c === '}' || c === ')' || c === ']') {
      while (stack.at(-1) === 'arrow') pop();
      pop();
    } else if ((c === ',' || c === ';') && stack.at(-1) === 'arrow') {
      while (stack.at(-1) === 'arrow') pop();
    } else if (c === '>' && code[i - 1] === '=') {
      const rest = code.slice(i + 1).match(/^\s*(\S)/);
      if (rest?.[1] !== '{') {
        stack.push('arrow');
        lazy++;
      }
    }
    if (lazy > 0) mask[i] = 1;
  }
  return mask;
}

/** The end of a function's head: `)` with an optional return type, or an arrow. */
const FN_HEAD = /(?:\)\s*(?::[^{};()]*)?|=>\s*)$/;

/** Identifier characters, to find whole-name uses. */
const IDENT = /[A-Za-z0-9_$]/;

/**
 * Names among `names` that the module's own top-level code reads (a load-time use), by the source text. The
 * declaration itself, property accesses (`x.NAME`) and type positions (`typeof NAME`) do not count.
 */
export function readAtLoad(src: string, names: readonly string[]): Set<string> {
  const code = codeOnly(src);
  const mask = lazyMask(code);
  const found = new Set<string>();
  for (const name of names) {
    let at = code.indexOf(name);
    while (at >= 0) {
      const before = code[at - 1] ?? ' ';
      const after = code[at + name.length] ?? ' ';
      const property = before === '.' && code.slice(at - 3, at) !== '...'; // `x.NAME`, not a spread
      const whole = !IDENT.test(before) && !IDENT.test(after) && !property;
      const head = code.slice(Math.max(0, at - 16), at);
      const declaration = /(?:const|let|var)\s+$/.test(head);
      const typeOnly = /typeof\s+$/.test(head);
      if (whole && !declaration && !typeOnly && mask[at] === 0) {
        found.add(name);
        break;
      }
      at = code.indexOf(name, at + name.length);
    }
  }
  return found;
}
