/**
 * @module web/lib/clauses
 * Helpers over a document's clause outline: anchors, lookup by path or citation form, and what
 * to show of a node.
 */
import type { ClauseNode } from '../api.ts';

/** The element id (and URL fragment) of a clause: its path, URL-encoded. */
export function clauseAnchor(path: string): string {
  return encodeURIComponent(path);
}

/** Reads a URL fragment (with or without `#`, encoded or not) back to text. */
export function fragmentText(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Every node, depth first, in document order. */
export function* walk(nodes: readonly ClauseNode[]): Generator<ClauseNode> {
  for (const n of nodes) {
    yield n;
    yield* walk(n.children);
  }
}

/**
 * The node a fragment names: by path (`第一章/一/（十三）/1`), else by citation form
 * (`第一章 一（十三）1`), so links built from a rule's citation land too.
 */
export function findClause(nodes: readonly ClauseNode[], fragment: string): ClauseNode | undefined {
  if (!fragment) return undefined;
  let byClause: ClauseNode | undefined;
  for (const n of walk(nodes)) {
    if (n.path === fragment) return n;
    if (!byClause && n.clause === fragment) byClause = n;
  }
  return byClause;
}

/** Maps each citation form to its path, for links from citations. */
export function pathsByClause(nodes: readonly ClauseNode[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const n of walk(nodes)) if (!m.has(n.clause)) m.set(n.clause, n.path);
  return m;
}

const SPACE = /[\s\u3000]+/g;

/** True when the node's text is nothing but its label and heading (a bare chapter title). */
export function textIsHeadingOnly(node: ClauseNode): boolean {
  const text = node.text.replace(SPACE, '');
  if (!text) return true;
  const head = `${node.label}${node.heading ?? ''}`.replace(SPACE, '');
  return text === head || text === `${head}。`;
}
