/**
 * @module web/components/clause-outline
 * The document's table of contents: its clause tree down to three levels, each entry linking to
 * the clause's anchor. Collapsible on narrow screens.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ClauseNode } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { clauseAnchor } from '../lib/clauses.ts';

const MAX_DEPTH = 3;

/** Items and sub-items appear in the outline only when they carry a heading; bare `1.` is noise. */
function inOutline(node: ClauseNode): boolean {
  return Boolean(node.heading) || (node.kind !== 'item' && node.kind !== 'subitem');
}

/** The label and heading of a node as the outline and the text show them. */
export function useClauseTitle(): (node: ClauseNode) => { label: string; heading: string | undefined } {
  const { t } = useTranslation();
  const { lang } = useBilingual();
  return (node) => ({
    label: node.label || t(`kinds.${node.kind}`),
    heading: lang === 'en' ? (node.headingEn ?? node.heading) : node.heading,
  });
}

function OutlineList({
  nodes,
  depth,
  current,
}: {
  nodes: readonly ClauseNode[];
  depth: number;
  current: string | undefined;
}) {
  const location = useLocation();
  const title = useClauseTitle();
  const { lang } = useBilingual();
  return (
    <ul className={depth === 0 ? 'outline-list' : 'outline-sublist'}>
      {nodes.filter(inOutline).map((n) => {
        const { label, heading } = title(n);
        return (
          <li key={n.path}>
            <Link
              to={{ pathname: location.pathname, search: location.search, hash: clauseAnchor(n.path) }}
              preventScrollReset
              aria-current={current === n.path ? 'location' : undefined}
            >
              <span className="outline-label" lang="zh-CN">
                {label}
              </span>
              {heading ? (
                <span className="outline-heading" lang={lang === 'en' && n.headingEn ? 'en' : 'zh-CN'}>
                  {heading}
                </span>
              ) : null}
            </Link>
            {n.children.some(inOutline) && depth + 1 < MAX_DEPTH ? (
              <OutlineList nodes={n.children} depth={depth + 1} current={current} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function ClauseOutline({
  outline,
  current,
}: {
  outline: readonly ClauseNode[];
  current: string | undefined;
}) {
  const { t } = useTranslation();
  // Open beside the text on wide screens; folded above it on phones.
  const [open, setOpen] = useState(
    () => typeof window === 'undefined' || window.matchMedia('(min-width: 960px)').matches,
  );
  return (
    <nav className="outline" aria-label={t('policy.outline')}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('policy.outline')}</summary>
        <OutlineList nodes={outline} depth={0} current={current} />
      </details>
    </nav>
  );
}
