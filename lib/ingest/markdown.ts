import type { Block, Inline } from '../content/blocks.ts';

/**
 * A small Markdown → body blocks converter for the ingest API (no dependency, no HTML output).
 *
 * Blocks: paragraphs (soft line breaks become spaces); `#`/`##` (and setext `===`/`---` underlines)
 * → heading level 2, `###` and deeper → level 3; `-`, `*`, `+` and `1.`/`1)` lists (nested items are
 * flattened into the list); `>` quotes whose last line `— Name` or `-- Name` becomes the attribution;
 * fenced and indented code becomes a plain paragraph; `---`/`***` rules are dropped.
 * Inline: `**bold**`/`__bold__`, `*italic*`/`_italic_` (not inside words), `[text](url)` links,
 * `<https://…>` autolinks, `` `code` `` (literal), backslash escapes. Images `![alt](src)` keep their
 * alt text only. Links are kept for http(s), site-relative (`/…`) and mailto targets; any other
 * target (javascript:, data:, relative paths…) leaves just the link text.
 * Raw HTML is never interpreted: tags stay literal text, which the renderer escapes.
 */
export function markdownToBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  const blocks: Block[] = [];
  let i = 0;

  const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }

    // Fenced code: literal text up to the closing fence.
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const code: string[] = [];
      i++;
      while (i < lines.length && !lines[i]!.trim().startsWith(marker)) code.push(lines[i++]!);
      i++; // the closing fence (or the end)
      pushParagraph(blocks, [{ text: code.join('\n').trim() }]);
      continue;
    }

    // Thematic break.
    if (/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) {
      i++;
      continue;
    }

    // ATX heading.
    const atx = /^ {0,3}(#{1,6})(?:[ ]+(.*?))?(?:[ ]+#+)?[ ]*$/.exec(line);
    if (atx) {
      pushHeading(blocks, atx[1]!.length <= 2 ? 2 : 3, atx[2] ?? '');
      i++;
      continue;
    }

    // Quote: consecutive lines starting with ">".
    if (/^ {0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^ {0,3}>/.test(lines[i]!)) quoted.push(lines[i++]!.replace(/^ {0,3}> ?/, ''));
      pushQuote(blocks, quoted);
      continue;
    }

    // List: items until a blank line followed by a non-item, or a different kind of list.
    const first = listItem(line);
    if (first) {
      const ordered = first.ordered;
      const items: string[][] = [];
      while (i < lines.length) {
        const current = lines[i]!;
        const item = listItem(current);
        if (item && item.ordered === ordered) {
          items.push([item.text]);
          i++;
        } else if (item) {
          // An item of the other kind: nested (indented) ones join this list, others start a new list.
          if (/^\s{2,}/.test(current)) {
            items.push([item.text]);
            i++;
          } else break;
        } else if (isBlank(current)) {
          const next = lines[i + 1];
          const nextItem = next === undefined ? null : listItem(next);
          if (nextItem && nextItem.ordered === ordered) i++;
          else if (next !== undefined && /^\s{2,}\S/.test(next) && !nextItem) i++;
          else break;
        } else if (startsBlock(current)) {
          break;
        } else {
          // A continuation line (lazy or indented) of the current item.
          items[items.length - 1]!.push(current.trim());
          i++;
        }
      }
      const content = items.map((item) => parseInline(item.join(' '))).filter((runs) => runs.length > 0);
      if (content.length) blocks.push({ type: 'list', ordered, items: content });
      continue;
    }

    // Indented code (4 spaces) that does not continue a paragraph.
    if (/^ {4,}\S/.test(line)) {
      const code: string[] = [];
      while (i < lines.length && (/^ {4,}/.test(lines[i]!) || (isBlank(lines[i]) && /^ {4,}\S/.test(lines[i + 1] ?? '')))) {
        code.push(lines[i++]!.replace(/^ {4}/, ''));
      }
      pushParagraph(blocks, [{ text: code.join('\n').trim() }]);
      continue;
    }

    // Paragraph: until a blank line or another block starts; a setext underline makes it a heading.
    const text: string[] = [line.trim()];
    i++;
    let heading = false;
    while (i < lines.length && !isBlank(lines[i])) {
      const current = lines[i]!;
      if (/^ {0,3}(=+|-+) *$/.test(current)) {
        heading = true;
        i++;
        break;
      }
      if (startsBlock(current)) break;
      text.push(current.trim());
      i++;
    }
    if (heading) pushHeading(blocks, 2, text.join(' '));
    else pushParagraph(blocks, parseInline(text.join(' ')));
  }
  return blocks;
}

function listItem(line: string): { ordered: boolean; text: string } | null {
  const bullet = /^\s*[-*+][ ]+(.*)$/.exec(line);
  if (bullet && !/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) return { ordered: false, text: bullet[1]!.trim() };
  const numbered = /^\s*\d{1,9}[.)][ ]+(.*)$/.exec(line);
  if (numbered) return { ordered: true, text: numbered[1]!.trim() };
  return null;
}

/** Lines that end a paragraph (interrupt it) instead of continuing it. */
function startsBlock(line: string): boolean {
  return /^ {0,3}(#{1,6}( |$)|>|`{3,}|~{3,})/.test(line) || /^ {0,3}([-*_])( *\1){2,} *$/.test(line) || listItem(line) !== null;
}

function pushParagraph(blocks: Block[], content: Inline[]) {
  const trimmed = trimRuns(content);
  if (trimmed.length) blocks.push({ type: 'paragraph', content: trimmed });
}

function pushHeading(blocks: Block[], level: 2 | 3, source: string) {
  const text = plain(parseInline(source));
  if (text) blocks.push({ type: 'heading', level, text });
}

/** A quote's lines; a last line "— Name" or "-- Name" is the attribution. */
function pushQuote(blocks: Block[], quoted: string[]) {
  const lines = quoted.map((l) => l.trim());
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  let attribution: string | undefined;
  const last = lines[lines.length - 1];
  const by = last === undefined ? null : /^(?:—|--|―)\s*(.+)$/.exec(last);
  if (by && lines.length > 1) {
    attribution = plain(parseInline(by[1]!)) || undefined;
    lines.pop();
  }
  // Paragraphs inside the quote stay apart (blank line); wrapped lines join with spaces.
  const paragraphs = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => plain(parseInline(p.replace(/\n/g, ' '))))
    .filter(Boolean);
  const text = paragraphs.join('\n\n');
  if (!text) return;
  blocks.push(attribution ? { type: 'quote', text, attribution } : { type: 'quote', text });
}

function plain(runs: Inline[]): string {
  return runs
    .map((r) => r.text)
    .join('')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

interface Marks {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/;
const WORD = /[\p{L}\p{N}]/u;

/** Link targets a body may hold (the same rule as the block schema, minus protocol-relative `//host`). */
export function allowedHref(url: string): boolean {
  if (/^https?:\/\/[^\s/]/i.test(url)) return true;
  if (/^mailto:[^\s]+$/i.test(url)) return true;
  return url.startsWith('/') && !url.startsWith('//');
}

/** Inline Markdown → runs of text with bold, italic and link marks. */
export function parseInline(source: string): Inline[] {
  const runs: Inline[] = [];
  emit(source, {}, runs);
  return trimRuns(merge(runs));
}

function emit(src: string, marks: Marks, out: Inline[]) {
  let buffer = '';
  const flush = () => {
    if (buffer) out.push(run(buffer, marks));
    buffer = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;

    if (c === '\\' && i + 1 < src.length && PUNCTUATION.test(src[i + 1]!)) {
      buffer += src[i + 1];
      i += 2;
      continue;
    }

    if (c === '`') {
      const ticks = /^`+/.exec(src.slice(i))![0];
      const close = src.indexOf(ticks, i + ticks.length);
      if (close > i) {
        buffer += src.slice(i + ticks.length, close).trim();
        i = close + ticks.length;
      } else {
        buffer += ticks;
        i += ticks.length;
      }
      continue;
    }

    if (c === '!' && src[i + 1] === '[') {
      const link = readLink(src, i + 1);
      if (link) {
        buffer += link.text; // images cannot be fetched from a body: their alt text stays
        i = link.end;
        continue;
      }
    }

    if (c === '[') {
      const link = readLink(src, i);
      if (link) {
        flush();
        const keep = !marks.href && allowedHref(link.url);
        if (keep) emit(link.text || link.url, { ...marks, href: link.url }, out);
        else emit(link.text, marks, out);
        i = link.end;
        continue;
      }
    }

    if (c === '<') {
      const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(src.slice(i));
      if (auto) {
        flush();
        out.push(run(auto[1]!.replace(/^mailto:/i, ''), marks.href ? marks : { ...marks, href: auto[1]! }));
        i += auto[0].length;
        continue;
      }
      // Anything else that looks like HTML is just text.
    }

    if (c === '*' || c === '_') {
      const span = readEmphasis(src, i);
      if (span) {
        flush();
        emit(span.inner, span.strong ? { ...marks, bold: true } : { ...marks, italic: true }, out);
        i = span.end;
        continue;
      }
      // Unmatched: this delimiter is literal (the next one may still open a span).
      buffer += c;
      i++;
      continue;
    }

    buffer += c;
    i++;
  }
  flush();
}

function run(text: string, marks: Marks): Inline {
  return {
    text,
    ...(marks.bold ? { bold: true } : {}),
    ...(marks.italic ? { italic: true } : {}),
    ...(marks.href ? { href: marks.href } : {}),
  };
}

/** `[text](url "title")` starting at `start` (the "["), or null. */
function readLink(src: string, start: number): { text: string; url: string; end: number } | null {
  let depth = 0;
  let close = -1;
  for (let j = start; j < src.length; j++) {
    const ch = src[j];
    if (ch === '\\') {
      j++;
      continue;
    }
    if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) {
      close = j;
      break;
    }
  }
  if (close < 0 || src[close + 1] !== '(') return null;
  const target = /^\(\s*(<[^>]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+("[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/.exec(src.slice(close + 1));
  if (!target) return null;
  const url = target[1]!.replace(/^<|>$/g, '').trim();
  return { text: src.slice(start + 1, close), url, end: close + 1 + target[0].length };
}

/**
 * Emphasis at `start`: `**x**`/`__x__` (bold) or `*x*`/`_x_` (italic). The opening delimiter must
 * be followed by a non-space and the closing one preceded by one; underscores do not open or close
 * inside words (snake_case stays as it is).
 */
function readEmphasis(src: string, start: number): { inner: string; strong: boolean; end: number } | null {
  const c = src[start]!;
  const strong = src[start + 1] === c;
  const width = strong ? 2 : 1;
  const after = src[start + width];
  if (after === undefined || /\s/.test(after)) return null;
  if (c === '_' && start > 0 && WORD.test(src[start - 1]!)) return null;
  for (let j = start + width; j < src.length; j++) {
    const ch = src[j];
    if (ch === '\\') {
      j++;
      continue;
    }
    if (ch === '`') {
      const ticks = /^`+/.exec(src.slice(j))![0];
      const close = src.indexOf(ticks, j + ticks.length);
      j = close > j ? close + ticks.length - 1 : j + ticks.length - 1;
      continue;
    }
    if (ch === '[') {
      const link = readLink(src, j);
      if (link) j = link.end - 1;
      continue;
    }
    if (ch !== c) continue;
    let runEnd = j;
    while (src[runEnd] === c) runEnd++;
    const length = runEnd - j;
    const skip = () => {
      j = runEnd - 1;
    };
    // A bold span closes on the last two of a run ("***x***" is bold around an italic); an italic
    // span skips a nested bold's "**" and closes on the last of a longer run.
    if (strong ? length < 2 : length === 2) {
      skip();
      continue;
    }
    const close = runEnd - width;
    if (close <= start + width || /\s/.test(src[close - 1]!) || (c === '_' && WORD.test(src[runEnd] ?? ''))) {
      skip();
      continue;
    }
    return { inner: src.slice(start + width, close), strong, end: runEnd };
  }
  return null;
}

/** Adjacent runs with the same marks become one; empty runs go. */
function merge(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && last.bold === r.bold && last.italic === r.italic && last.href === r.href) last.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** Whitespace is collapsed (also across runs); leading and trailing whitespace of the paragraph goes. */
function trimRuns(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  let endsWithSpace = true;
  for (const r of runs) {
    let text = r.text.replace(/\s+/g, ' ');
    if (endsWithSpace) text = text.replace(/^ /, '');
    if (!text) continue;
    out.push({ ...r, text });
    endsWithSpace = text.endsWith(' ');
  }
  while (out.length) {
    const last = out[out.length - 1]!;
    last.text = last.text.replace(/ $/, '');
    if (last.text) break;
    out.pop();
  }
  return out;
}
