/**
 * @module policies/jingjiguanfa-2023-28/measures
 * The 20 measures of 二、主要措施 as a catalogue: number, the clause's verbatim Chinese text (read
 * from the outline, never retyped), an English courtesy rendering, the lead bureau where the text
 * implies one (D-28-1: the text names none; `null` where nothing implies one), the Zhengce service
 * each maps to, and how far Zhengce implements it. The Chinese text is authoritative.
 */
import type { Bilingual } from '../../engine/messages.ts';
import { fullText } from '../outline.ts';
import type { ClauseNode } from '../types.ts';

/** How far Zhengce implements a measure. */
export type MeasureStatus = 'implemented' | 'partial' | 'outside_zhengce';

export interface Measure {
  readonly number: number;
  /** Citation form, e.g. `二（三）12`. */
  readonly clause: string;
  readonly heading: Bilingual;
  /** The measure's verbatim text (zh) and an English courtesy summary (en). */
  readonly text: Bilingual;
  /** Department code of the lead bureau the text implies, or null (D-28-1). */
  readonly leadBureau: string | null;
  /** The Zhengce service the measure maps to, or null. */
  readonly service: string | null;
  readonly status: MeasureStatus;
}

type Row = readonly [number, string, string, string | null, string | null, MeasureStatus];

/** number | English heading | English summary | lead bureau | Zhengce service | status. */
const ROWS: readonly Row[] = [
  [
    1,
    'Opening up advanced manufacturing',
    'Implement the removal of foreign-investment access limits in manufacturing; pilot remanufacturing and certification by foreign professional bodies.',
    'economic-development',
    null,
    'outside_zhengce',
  ],
  [
    2,
    'Opening up high-end services',
    'Pilot policies of the upgraded services-opening demonstration zone: trade facilitation, cross-border data trading, modern commerce and finance.',
    'commerce-finance',
    null,
    'outside_zhengce',
  ],
  [
    3,
    'Trials in key opening-up fields',
    'Extend the biomedicine “white list”; clinical trials in China of cell and gene therapies marketed abroad; faster registration of drugs moved to domestic production.',
    null,
    null,
    'outside_zhengce',
  ],
  [
    4,
    'International innovation cooperation platforms',
    'Industry–university cooperation with universities at home and abroad; multi-country cooperation service centres with international chambers.',
    null,
    null,
    'outside_zhengce',
  ],
  [
    5,
    'Cooperation networks for foreign-invested enterprises',
    '“Finding markets for foreign enterprises”: product promotions, supplier conferences, online and offline matchmaking.',
    null,
    'enterprise-service/visits',
    'partial',
  ],
  [
    6,
    'Targeted supply of international talent',
    '“Recruiting talent for foreign enterprises”: recognition of foreign professional qualifications, campus, online and on-site recruitment events.',
    'organization-personnel',
    null,
    'outside_zhengce',
  ],
  [
    7,
    'Embedding in industrial and supply chains',
    '“Finding partners for foreign enterprises”: upstream and downstream matchmaking, roadshows, supply-chain efficiency meetings.',
    null,
    'enterprise-service/visits',
    'partial',
  ],
  [
    8,
    'Financial services',
    'Trade foreign-exchange facilitation, a financing-needs list, a “financial services supermarket”, overseas guidance funds and QFLP funds.',
    'commerce-finance',
    'enterprise-service/lists',
    'partial',
  ],
  [
    9,
    'Intellectual-property services',
    'IP profiling, valuation and pledge financing; an IP commercial arbitration platform.',
    null,
    null,
    'outside_zhengce',
  ],
  [
    10,
    '“One window, one network”',
    'Foreign-related approvals in one hall and one window; “one-time” handling of frequent matters; a foreign-affairs service zone.',
    'administrative-approval',
    null,
    'outside_zhengce',
  ],
  [
    11,
    'Barrier-free international service interface',
    'A round-the-clock multilingual hotline answering every call; websites, official accounts and mailboxes in several languages.',
    'business-cooperation',
    'enterprise-service/lists',
    'implemented',
  ],
  [
    12,
    'Foreign-enterprise roundtable',
    'Common problems and urgent matters go through the closed loop “coordinated handling — reply within a time limit — follow-up visit and notice”; every matter answered.',
    'business-cooperation',
    'enterprise-service/roundtable',
    'implemented',
  ],
  [
    13,
    '“Service steward” brand',
    'An enterprise steward for each major project; request, problem and vision lists tracked throughout; regular visits and delivery of service packages.',
    'business-cooperation',
    'enterprise-service/lists',
    'implemented',
  ],
  [
    14,
    'Policy supply',
    'Publish an internationally expressed Policy List for Foreign-Invested Enterprises; push policies precisely; grants without application.',
    'business-cooperation',
    'enterprise-service/policy-list',
    'implemented',
  ],
  [
    15,
    'Institutional opening and innovation',
    '“National treatment + negative list” through every stage; opening-up stress tests and regulatory sandboxes.',
    null,
    'enterprise-service/policy-list',
    'partial',
  ],
  [
    16,
    'Flexible services',
    '“Credit + risk” supervision graded by class; one file and one officer per enterprise; no disturbance for high-credit, low-risk foreign-invested enterprises.',
    'business-cooperation',
    'enterprise-service/supervision',
    'implemented',
  ],
  [
    17,
    'International talent facilitation',
    'Easier entry and exit; recognition standards for foreign high-end talent and a catalogue of posts in urgent need.',
    null,
    null,
    'outside_zhengce',
  ],
  [
    18,
    'Talent salons',
    'A foreign-investment branch of the enterprise association; a “home for foreign talent”; thematic salons.',
    null,
    null,
    'outside_zhengce',
  ],
  [
    19,
    'High-quality industrial parks',
    'International industrial parks; a dynamic reserve of office and production space; “space waiting for the enterprise” for major projects.',
    'development-construction',
    null,
    'outside_zhengce',
  ],
  [
    20,
    'An international living environment',
    'International talent communities and demonstration streets; international schooling, medical resources and insurance settlement.',
    'social-affairs',
    null,
    'outside_zhengce',
  ],
];

/** The measures, read against the document's outline (items 1–20 under 二). */
export function buildMeasures(outline: readonly ClauseNode[]): readonly Measure[] {
  const items = new Map<number, ClauseNode>();
  const walk = (nodes: readonly ClauseNode[]) => {
    for (const n of nodes) {
      if (n.kind === 'item') items.set(Number(n.label), n);
      walk(n.children);
    }
  };
  walk(outline);
  return ROWS.map(([number, headingEn, summaryEn, leadBureau, service, status]) => {
    const node = items.get(number);
    if (!node) throw new Error(`measure ${number} is missing from the outline`);
    return {
      number,
      clause: node.clause,
      heading: { zh: node.heading ?? '', en: headingEn },
      text: { zh: fullText(node), en: summaryEn },
      leadBureau,
      service,
      status,
    };
  });
}
