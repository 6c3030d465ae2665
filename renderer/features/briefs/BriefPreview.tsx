/**
 * The brief as a document: the same mdast tree that is written out as Markdown, turned into
 * HTML elements (mdast-util-to-hast) and then into React elements (hast-util-to-jsx-runtime).
 * No HTML string is ever parsed or injected: raw HTML nodes in the tree are dropped (to-hast
 * keeps them only with `allowDangerousHtml`, which stays off), and text such as "<script>" or
 * "[x](javascript:…)" in a title is an ordinary text node. The brief builder writes no links or
 * images, so the document has none.
 */
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { memo, useMemo } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

/** React elements for an mdast tree. */
export function renderBriefTree(tree: Root) {
  const hast = toHast(tree);
  return toJsxRuntime(hast, { Fragment, jsx, jsxs });
}

interface BriefPreviewProps {
  tree: Root;
  /** The id of the element that names the preview (the screen's "Preview" heading). */
  labelledBy?: string;
}

/** Re-rendered only when the tree is another one: a rebuilt brief, not a keystroke elsewhere. */
export const BriefPreview = memo(function BriefPreview({ tree, labelledBy }: BriefPreviewProps) {
  const content = useMemo(() => renderBriefTree(tree), [tree]);
  return (
    <article className="brief-document" aria-labelledby={labelledBy}>
      {content}
    </article>
  );
});
