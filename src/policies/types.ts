/**
 * @module policies/types
 * What the catalog knows of each gazette document: its metadata, its whole text split into the
 * document's own clause outline (章/条/款/项 as the document numbers them), and its rules.
 */
import type { Bilingual } from '../engine/messages.ts';
import type { CalendarDate, Validity } from '../engine/period.ts';
import type { Rule } from '../engine/rule.ts';

/** The kind of an outline node, by how the document numbers it. */
export type ClauseKind =
  | 'preamble' // text before the first numbered heading (the circular, the measure's own preface)
  | 'chapter' // 第一章
  | 'article' // 第一条
  | 'section' // 一、
  | 'subsection' // （一）
  | 'item' // 1.
  | 'subitem' // （1）
  | 'closing' // unnumbered closing paragraphs (scope, interpretation, effective date)
  | 'annex'; // 附件1

/** One numbered part of a document, with its verbatim text and its parts. */
export interface ClauseNode {
  /** The document's own label for this node: `第一章`, `一`, `（十三）`, `1`, `第五条`, `附件1`. */
  readonly label: string;
  /** Labels from the root joined by `/`: `第一章/一/（十三）/1`. Unique within the document. */
  readonly path: string;
  /** The citation form: `第一章 一（十三）1` (chapter or annex, a space, then the rest run together). */
  readonly clause: string;
  readonly kind: ClauseKind;
  /** The heading text after the label, if the node has one (`污染防治类`). */
  readonly heading?: string;
  /** English rendering of the heading, where it has one. */
  readonly headingEn?: string;
  /** The node's own verbatim text (heading line and body), without its children's text. */
  readonly text: string;
  readonly children: readonly ClauseNode[];
}

/** A document this one repeals. */
export interface Repealed {
  readonly number: string;
  readonly title?: string;
}

/** One gazette document as data. */
export interface PolicyDocument {
  /** The id of ARCHITECTURE.md, e.g. `jingjiguanfa-2023-29`. */
  readonly id: string;
  /** The document number, e.g. `京技管发〔2023〕29号`. */
  readonly number: string;
  /** The document's number as the gazette's English contents give it, e.g. `Jingjiguanfa[2023]No. 29`. */
  readonly numberEn: string;
  /** Chinese title of the circular and English title from the gazette's English contents. */
  readonly title: Bilingual;
  /** The title of the measure the circular issues (the attached 办法/意见/预案), where there is one. */
  readonly measureTitle?: Bilingual;
  /** A one-line description in both languages. */
  readonly summary: Bilingual;
  readonly issuers: readonly Bilingual[];
  readonly signedOn: CalendarDate;
  /** The page where the document starts in the gazette issue (from its contents). */
  readonly gazettePage: number;
  readonly validity: Validity;
  /** Set when a later act repealed it (none of the seven, as of the gazette). */
  readonly repealedOn?: CalendarDate;
  readonly repeals: readonly Repealed[];
  /** The decisions of policy-notes on its dates, e.g. `29号 from issue`. */
  readonly validityNote: Bilingual;
  /** The whole document text, verbatim as in the gazette (page breaks inside sentences removed). */
  readonly text: string;
  readonly outline: readonly ClauseNode[];
  readonly rules: readonly Rule[];
}

/** A policy's standing on a date. */
export type PolicyStatus = 'in_force' | 'not_yet' | 'expired' | 'repealed';
