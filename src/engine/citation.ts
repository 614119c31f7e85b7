/**
 * @module engine/citation
 * A citation names the document, the clause in the document's own numbering, and quotes the
 * Chinese text the rule implements verbatim (the Chinese text is authoritative).
 */

/** `{policyId, clause, quote}`: e.g. `{policyId: 'jingjiguanfa-2023-32', clause: '第五条', quote: '…'}`. */
export interface Citation {
  /** Policy id, e.g. `jingjiguanfa-2023-31`. */
  readonly policyId: string;
  /** The clause in the document's numbering, e.g. `第一章 一（十三）1`. */
  readonly clause: string;
  /** The Chinese sentence(s) implemented, verbatim from the gazette. */
  readonly quote: string;
}

/** Builds a citation. Tests in each policy folder check that `quote` occurs verbatim in the text. */
export function cite(policyId: string, clause: string, quote: string): Citation {
  return { policyId, clause, quote };
}
