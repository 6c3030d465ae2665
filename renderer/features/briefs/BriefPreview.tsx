/**
 * The brief as a document: the same mdast tree that is written out as Markdown, turned into
 * HTML elements (mdast-util-to-hast) and then into React elements (hast-util-to-jsx-runtime).
 * No HTML string is ever parsed or injected: raw HTML nodes in the tree are dropped (to-hast
 * keeps them only with `allowDangerousHtml`, which stays off), and text such as "<script>" in
 * a title is an ordinary text node. Links open in the system browser through the platform.
 */
import type { Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { memo, useMemo, type ComponentProps } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { platform } from '../../platform';

/** A link in a brief leaves the app for the system browser (the window never navigates). */
function ExternalLink({ href, children, ...rest }: ComponentProps<'a'>) {
  return (
    <a
      {...rest}
      href={href}
      onClick={(event) => {
        event.preventDefault();
        if (href) void platform.openExternal(href);
      }}
    >
      {children}
    </a>
  );
}

const COMPONENTS: Partial<Components> = { a: ExternalLink };

/** React elements for an mdast tree. */
export function renderBriefTree(tree: Root) {
  const hast = toHast(tree);
  return toJsxRuntime(hast, { Fragment, jsx, jsxs, components: COMPONENTS });
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
