/**
 * @module web/components/citation-view
 * A citation: the clause (linked to its place in the document) and the verbatim Chinese quote.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Citation } from '../api.ts';
import { clauseAnchor } from '../lib/clauses.ts';

/**
 * The link to a cited clause. With the policy's clause→path map the fragment is the clause path;
 * without it, the citation form, which the policy page also resolves.
 */
export function citationHref(c: Citation, paths?: ReadonlyMap<string, string>): string {
  const target = paths?.get(c.clause) ?? c.clause;
  return `/policies/${encodeURIComponent(c.policyId)}#${clauseAnchor(target)}`;
}

export function CitationView({
  citation,
  paths,
  compact = false,
}: {
  citation: Citation;
  paths?: ReadonlyMap<string, string> | undefined;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const link = (
    <Link to={citationHref(citation, paths)} lang="zh-CN">
      {citation.clause}
    </Link>
  );
  if (compact) {
    // Inside reasons and trace steps the quote repeats the rule's own: folded away.
    return (
      <div className="citation citation-compact">
        <span className="muted">{t('decision.citation')}</span>
        {link}
        {citation.quote ? (
          <details>
            <summary>{t('decision.quote')}</summary>
            <blockquote lang="zh-CN">{citation.quote}</blockquote>
          </details>
        ) : null}
      </div>
    );
  }
  return (
    <figure className="citation">
      <figcaption>{link}</figcaption>
      {citation.quote ? <blockquote lang="zh-CN">{citation.quote}</blockquote> : null}
    </figure>
  );
}
