/**
 * The brief's Markdown is built as an mdast syntax tree (the app previews the tree itself) and
 * then serialised: user text only ever goes into `text` nodes, and the serialiser escapes what
 * Markdown would read as syntax (`|`, `*`, `#`, backticks, `<script>`), never string
 * concatenation of user text into Markdown. Newlines in user text become spaces: a heading or a
 * table cell cannot hold one, and a stray one would end a list item. The output is fixed by the
 * tree alone, so the same tree is always the same bytes.
 */
import type {
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableCell,
  TableRow,
  Text,
} from 'mdast';

/** Phrasing content, or plain strings (each becomes one text node). */
export type Inline = PhrasingContent | string;

/** User text as a single line: line breaks (and the spaces around them) become one space. */
export function oneLine(value: string): string {
  if (!/[\r\n\u2028\u2029\u0085\0]/.test(value)) return value;
  // A NUL is read as U+FFFD by every Markdown reader: write what they will show.
  return value.replace(/\s*(?:\r\n|[\r\n\u2028\u2029\u0085])\s*/g, ' ').replace(/\0/g, '\ufffd');
}

export function text(value: string): Text {
  return { type: 'text', value: oneLine(value) };
}

function inline(parts: readonly Inline[]): PhrasingContent[] {
  return parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? text(p) : p));
}

/** Text inside `**`/`_` is trimmed: a delimiter run next to a space would not open or close. */
function trimmed(parts: readonly Inline[]): PhrasingContent[] {
  const children = inline(parts);
  const first = children[0];
  const last = children[children.length - 1];
  if (first?.type === 'text') first.value = first.value.trimStart();
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return children.filter((c) => c.type !== 'text' || c.value !== '');
}

/** Nothing at all: an empty `****` on its own line would read as a rule. */
const nothing = (): Text => ({ type: 'text', value: '' });

export function strong(...parts: Inline[]): PhrasingContent {
  const children = trimmed(parts);
  return children.length ? { type: 'strong', children } : nothing();
}

export function heading(depth: 1 | 2 | 3 | 4, ...parts: Inline[]): Heading {
  return { type: 'heading', depth, children: inline(parts) };
}

export function paragraph(...parts: Inline[]): Paragraph {
  return { type: 'paragraph', children: inline(parts) };
}

/** A tight bullet list, one paragraph per item. */
export function bullets(items: readonly (readonly Inline[])[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((parts): ListItem => ({
      type: 'listItem',
      spread: false,
      children: [paragraph(...parts)],
    })),
  };
}

/** A GitHub-style table: a header row, then the rows; every cell one line of inline content. */
export function table(
  header: readonly string[],
  rows: readonly (readonly (Inline | readonly Inline[])[])[],
  align: readonly ('left' | 'right' | 'center' | null)[] = [],
): Table {
  const cell = (content: Inline | readonly Inline[]): TableCell => ({
    type: 'tableCell',
    children: inline(Array.isArray(content) ? content : [content as Inline]),
  });
  const row = (cells: readonly (Inline | readonly Inline[])[]): TableRow => ({
    type: 'tableRow',
    children: cells.map(cell),
  });
  return {
    type: 'table',
    align: header.map((_, i) => align[i] ?? null),
    children: [row(header), ...rows.map(row)],
  };
}

export function root(children: readonly RootContent[]): Root {
  return { type: 'root', children: [...children] };
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** How many characters a cell takes in plain text (code points, so "é" and "—" count once). */
const width = (value: string) => {
  // Most cells are within the Basic Multilingual Plane: one code unit per code point.
  if (!SURROGATE.test(value)) return value.length;
  let n = 0;
  for (const _ of value) n += 1;
  return n;
};

/** Where a text node stands: at the start of a paragraph line, in a heading, or elsewhere. */
type Place = 'line-start' | 'heading' | 'inline';

/**
 * Escapes text so Markdown reads it back as the same text. Always: the characters that open
 * inline syntax anywhere — backslash, backtick, `*`, `_`, `[`, `]`, `<`, `|` (tables), `~`
 * (strikethrough), `&` before an entity-like name, and what GFM would turn into a link
 * ("www.", "http:/", "a@b"). At the start of a paragraph line also
 * what would open a block there (`#`, `>`, `-`, `+`, `=`, "1." / "1)"), and leading spaces (an
 * indented code block) are dropped, as the reader would drop them; in a heading every `#`
 * (a trailing run would close it). Escaping only where needed keeps titles readable as plain
 * text ("Sales & Account management", "Usage-based billing" stay as they are).
 */
const INLINE_SYNTAX = /[\\`*_[\]<|~&@]|[Ww]\.|[ps]:/;
const HEADING_SYNTAX = /[\\`*_[\]<|~&@#]|[Ww]\.|[ps]:/;
const LINE_START_SYNTAX = /^(?:[ \t#>+=-]|\d{1,9}[.)])/;

export function escapeText(value: string, place: Place): string {
  // Most text (titles, names, dates) has nothing to escape: skip the replacing.
  const plain =
    !(place === 'heading' ? HEADING_SYNTAX : INLINE_SYNTAX).test(value) &&
    !(place === 'line-start' && LINE_START_SYNTAX.test(value));
  if (plain) return value;
  let out = value
    .replace(/[\\`*_[\]<|~]/g, '\\$&')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    // GFM reads "www.", "http://" and "a@b.c" as links, and escapes inside them literally.
    .replace(/([Ww])\.(?=[-.\w])/g, '$1\\.')
    .replace(/([ps]):(?=\/)/g, '$1\\:')
    .replace(/([+\-.\w])@(?=[-.\w])/g, '$1\\@');
  if (place === 'heading') out = out.replace(/#/g, '\\#');
  if (place === 'line-start')
    out = out
      .replace(/^[ \t]+/, '')
      .replace(/^([#>+=-])/, '\\$1')
      .replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

function phrasing(nodes: readonly PhrasingContent[], place: Place): string {
  let out = '';
  nodes.forEach((node, index) => {
    const here = index === 0 ? place : place === 'heading' ? 'heading' : 'inline';
    switch (node.type) {
      case 'text':
        out += escapeText(node.value, here);
        break;
      case 'strong':
        // Its text is trimmed by strong(), so the `**` runs always flank their content.
        out += `**${phrasing(node.children, place === 'heading' ? 'heading' : 'inline')}**`;
        break;
      default:
        throw new Error(`A brief has no ${node.type} nodes`);
    }
  });
  return out;
}

function tableMarkdown(node: Table): string {
  const rows = node.children.map((row) => row.children.map((cell) => phrasing(cell.children, 'inline')));
  // Each cell measured once (a portfolio's readiness table has 60,000 cells).
  const cellWidths = rows.map((r) => r.map(width));
  let columns = 0;
  for (const r of rows) columns = Math.max(columns, r.length);
  const align = node.align ?? [];
  const widths = Array.from({ length: columns }, (_, c) => {
    let w = 3;
    for (const r of cellWidths) w = Math.max(w, r[c] ?? 0);
    return w;
  });
  const line = (cells: readonly string[], cellWidth: readonly number[]) =>
    `| ${widths
      .map((w, c) => {
        const value = cells[c] ?? '';
        const pad = ' '.repeat(w - (cellWidth[c] ?? 0));
        return align[c] === 'right' ? pad + value : value + pad;
      })
      .join(' | ')} |`;
  const rule = `| ${widths
    .map((w, c) =>
      align[c] === 'right'
        ? `${'-'.repeat(w - 1)}:`
        : align[c] === 'center'
          ? `:${'-'.repeat(w - 2)}:`
          : '-'.repeat(w),
    )
    .join(' | ')} |`;
  return [
    line(rows[0] ?? [], cellWidths[0] ?? []),
    rule,
    ...rows.slice(1).map((r, i) => line(r, cellWidths[i + 1]!)),
  ].join('\n');
}

function block(node: RootContent): string {
  switch (node.type) {
    case 'heading':
      return `${'#'.repeat(node.depth)} ${phrasing(node.children, 'heading')}`;
    case 'paragraph':
      return phrasing(node.children, 'line-start');
    case 'list':
      return node.children
        .map((item) => {
          const [first, ...rest] = item.children;
          if (first?.type !== 'paragraph' || rest.length)
            throw new Error('A brief list item is one paragraph');
          return `- ${phrasing(first.children, 'line-start')}`;
        })
        .join('\n');
    case 'table':
      return tableMarkdown(node);
    default:
      throw new Error(`A brief has no ${node.type} blocks`);
  }
}

/**
 * The tree as Markdown: ATX headings, '-' bullets (tight lists), '**' strong, GitHub tables with aligned pipes so the brief reads well as plain text.
 *
 * Written here for the few node types a brief uses rather than with mdast-util-to-markdown:
 * that serialiser takes about five seconds for a portfolio of 10,000 launches (it checks every
 * text against every unsafe pattern in its context), this one a few tens of milliseconds. The
 * tests hold the two to the same result: both outputs parse back (CommonMark + GFM) to the same
 * tree, on the golden briefs and on random user text.
 */
export function serialise(tree: Root): string {
  return `${tree.children.map(block).join('\n\n')}\n`;
}
