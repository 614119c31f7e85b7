/**
 * @module policies/jingfagai-2023-1336/documents
 * 四 and 五(一): the work-relief requirement is written into the project's documents.
 *
 * > 发展改革、财政部门……并在立项批复、资金拨付文件中明确提出以工代赈工作要求
 * > 相关项目前期要件中明确以工代赈要求
 *
 * D-1336-8: the approval (立项批复) must be on record and state the requirement; so must the funding
 * document (资金拨付) of a project with government funds. A document on record that does not state
 * it fails; a document not yet on record is open (needs review), not a failure.
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { DOCUMENTS_CITATION, FROM, POLICY_ID, PRELIMINARY_CITATION } from './citations.ts';
import { bool } from './facts.ts';

export interface DocumentsFacts {
  readonly approvalDocRef?: string;
  readonly approvalStatesWorkRelief?: boolean;
  readonly governmentFunded: boolean;
  readonly fundingDocRef?: string;
  readonly fundingStatesWorkRelief?: boolean;
}

const ref = (en: string, zh: string) => ({
  type: 'string',
  maxLength: 200,
  description: en,
  'x-description-zh': zh,
});

type Kind = 'approval' | 'funding';
function checkDocument(
  d: DecisionBuilder,
  kind: Kind,
  docRef: string | undefined,
  states: boolean | undefined,
): void {
  const cite = kind === 'approval' ? PRELIMINARY_CITATION : DOCUMENTS_CITATION;
  const r = docRef?.trim() ?? '';
  if (r === '') d.check(`j1336.documents.${kind}_missing`, null, {}, cite);
  else if (states === true) d.check(`j1336.documents.${kind}_states`, true, { docRef: r }, cite);
  else d.check(`j1336.documents.${kind}_silent`, false, { docRef: r }, cite);
}

export const requirementInDocuments: Rule = defineRule<DocumentsFacts>({
  id: `${POLICY_ID}/requirement-in-documents`,
  policyId: POLICY_ID,
  title: {
    zh: '立项批复和资金拨付文件明确以工代赈要求',
    en: 'The approval and funding documents state the work-relief requirement',
  },
  citations: [DOCUMENTS_CITATION, PRELIMINARY_CITATION],
  validity: { from: FROM },
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['governmentFunded'],
    properties: {
      approvalDocRef: ref('Number of the project approval (立项批复)', '立项批复文号'),
      approvalStatesWorkRelief: bool(
        'The approval states the work-relief requirement',
        '立项批复明确以工代赈要求',
      ),
      governmentFunded: bool('The project receives government funds', '项目使用政府资金'),
      fundingDocRef: ref('Number of the funding document (资金拨付)', '资金拨付文件文号'),
      fundingStatesWorkRelief: bool(
        'The funding document states the work-relief requirement',
        '资金拨付文件明确以工代赈要求',
      ),
    },
  },
  examples: [
    {
      title: { zh: '立项批复和资金文件均已明确', en: 'Both documents state it' },
      asOf: '2026-05-01' as CalendarDate,
      facts: {
        approvalDocRef: '房发改〔2026〕12号',
        approvalStatesWorkRelief: true,
        governmentFunded: true,
        fundingDocRef: '房财〔2026〕31号',
        fundingStatesWorkRelief: true,
      },
    },
  ],
  messages: {
    'j1336.documents.approval_states': {
      zh: '立项批复（{docRef}）已明确以工代赈要求',
      en: 'The approval ({docRef}) states the work-relief requirement',
    },
    'j1336.documents.approval_silent': {
      zh: '立项批复（{docRef}）未明确以工代赈要求',
      en: 'The approval ({docRef}) does not state the work-relief requirement',
    },
    'j1336.documents.approval_missing': {
      zh: '尚未登记立项批复文件',
      en: 'No approval document is on record',
    },
    'j1336.documents.funding_states': {
      zh: '资金拨付文件（{docRef}）已明确以工代赈要求',
      en: 'The funding document ({docRef}) states the work-relief requirement',
    },
    'j1336.documents.funding_silent': {
      zh: '资金拨付文件（{docRef}）未明确以工代赈要求',
      en: 'The funding document ({docRef}) does not state the work-relief requirement',
    },
    'j1336.documents.funding_missing': {
      zh: '尚未登记资金拨付文件',
      en: 'No funding document is on record',
    },
    'j1336.documents.no_government_funds': {
      zh: '项目未使用政府资金，无资金拨付文件',
      en: 'No government funds, so no funding document',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-1336-8');
    checkDocument(d, 'approval', f.approvalDocRef, f.approvalStatesWorkRelief);
    if (f.governmentFunded) checkDocument(d, 'funding', f.fundingDocRef, f.fundingStatesWorkRelief);
    else d.check('j1336.documents.no_government_funds', true, {}, DOCUMENTS_CITATION);
    return d.decide(null);
  },
});
