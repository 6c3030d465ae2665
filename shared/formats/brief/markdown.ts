/**
 * The brief's Markdown is built as an mdast syntax tree and serialised by
 * mdast-util-to-markdown with GitHub-flavoured tables: user text only ever goes into `text`
 * nodes, so the serialiser escapes what Markdown would read as syntax (`|`, `*`, `#`, backticks,
 * `<script>`), and never string concatenation. Newlines in user text become spaces: a heading or
 * a table cell cannot hold one, and a stray one would end a list item. The serialiser options
 * are fixed, so the same tree is always the same bytes.
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
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

/** Phrasing content, or plain strings (each becomes one text node). */
export type Inline = PhrasingContent | string;

/** User text as a single line: line breaks (and the spaces around them) become one space. */
export function oneLine(value: string): string {
  return value.replace(/\s*(?:\r\n|[\r\n\u2028\u2029\u0085])\s*/g, ' ');
}

export function text(value: string): Text {
  return { type: 'text', value: oneLine(value) };
}

function inline(parts: readonly Inline[]): PhrasingContent[] {
  return parts.filter((p) => p !== '').map((p) => (typeof p === 'string' ? text(p) : p));
}

export function strong(...parts: Inline[]): PhrasingContent {
  return { type: 'strong', children: inline(parts) };
}

export function emphasis(...parts: Inline[]): PhrasingContent {
  return { type: 'emphasis', children: inline(parts) };
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

export function rule(): RootContent {
  return { type: 'thematicBreak' };
}

export function root(children: readonly RootContent[]): Root {
  return { type: 'root', children: [...children] };
}

/**
 * The fixed serialiser options: '-' bullets, '_' emphasis, '*' strong, '---' rules, fenced code,
 * ATX headings; tables with aligned pipes so the brief reads well as plain text too.
 */
export function serialise(tree: Root): string {
  return toMarkdown(tree, {
    bullet: '-',
    bulletOther: '*',
    emphasis: '_',
    strong: '*',
    rule: '-',
    ruleRepetition: 3,
    ruleSpaces: false,
    fences: true,
    setext: false,
    closeAtx: false,
    listItemIndent: 'one',
    incrementListMarker: true,
    quote: '"',
    extensions: [gfmToMarkdown({ tablePipeAlign: true, tableCellPadding: true })],
  });
}
