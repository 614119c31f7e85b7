/**
 * @module web/components/clause-section
 * One clause of a document and, nested, its parts: label and heading, the verbatim Chinese text
 * (Chinese in either interface language), an anchor, a permalink and a "copy citation" button.
 */
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { ClauseNode } from '../api.ts';
import { useBilingual } from '../hooks/use-bilingual.ts';
import { clauseAnchor, textIsHeadingOnly } from '../lib/clauses.ts';
import { useClauseTitle } from './clause-outline.tsx';
import { CopyButton } from './copy-button.tsx';

/** Kinds shown with a heading line even when the document gives no heading text. */
const HEADED = new Set(['preamble', 'chapter', 'article', 'section', 'closing', 'annex']);

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const TAGS: readonly HeadingTag[] = ['h2', 'h3', 'h4', 'h5', 'h6'];

export interface ClauseSectionProps {
  readonly node: ClauseNode;
  readonly depth: number;
  /** The path of the clause the URL points at, highlighted. */
  readonly target: string | undefined;
  /** The citation text copied for a clause. */
  readonly citation: (node: ClauseNode) => string;
}

function ClauseActions({ node, citation }: Pick<ClauseSectionProps, 'node' | 'citation'>) {
  const { t } = useTranslation();
  const location = useLocation();
  return (
    <span className="clause-actions">
      <Link
        className="permalink"
        to={{ pathname: location.pathname, search: location.search, hash: clauseAnchor(node.path) }}
        preventScrollReset
        title={t('policy.permalink')}
      >
        <span aria-hidden="true">#</span>
        <span className="visually-hidden">
          {t('policy.permalink')} {node.clause}
        </span>
      </Link>
      <CopyButton text={() => citation(node)} label={t('policy.copyCitation')} />
    </span>
  );
}

export function ClauseSection({ node, depth, target, citation }: ClauseSectionProps) {
  const title = useClauseTitle();
  const { lang } = useBilingual();
  const anchor = clauseAnchor(node.path);
  const { label, heading } = title(node);
  const headed = Boolean(node.heading) || HEADED.has(node.kind);
  const Tag = TAGS[Math.min(depth, TAGS.length - 1)] ?? 'h6';
  const showText = node.text.trim() !== '' && !(headed && textIsHeadingOnly(node));
  const classes = ['clause', `clause-${node.kind}`, target === node.path ? 'is-target' : ''].join(' ').trim();
  return (
    <section id={anchor} className={classes} tabIndex={-1}>
      {headed ? (
        <div className="clause-head">
          <Tag className="clause-heading">
            <span className="clause-label" lang="zh-CN">
              {label}
            </span>
            {heading ? <span lang={lang === 'en' && node.headingEn ? 'en' : 'zh-CN'}>{heading}</span> : null}
          </Tag>
          <ClauseActions node={node} citation={citation} />
        </div>
      ) : null}
      {showText ? (
        <div className="clause-body">
          <p className="clause-text" lang="zh-CN">
            {node.text}
          </p>
          {headed ? null : <ClauseActions node={node} citation={citation} />}
        </div>
      ) : null}
      {node.children.map((c) => (
        <ClauseSection key={c.path} node={c} depth={depth + 1} target={target} citation={citation} />
      ))}
    </section>
  );
}
