/**
 * @module web/i18n/fie-en
 * The foreign-investment services pages' strings in English, a courtesy translation of
 * `fie-zh-CN.ts` (which is authoritative), mounted as `fie` in `en.ts`.
 */
import type { FieMessages } from './fie-zh-CN.ts';

export const fieEn: FieMessages = {
  nav: {
    section: 'FIE services',
    sub: 'FIE services navigation',
    workbench: 'Workbench',
    roundtable: 'Roundtable',
    policyList: 'Policy list',
  },
  noAccess: 'Your account may not see the foreign-investment services.',
  noAccessHint:
    'The Business Cooperation Bureau runs the service; a foreign-invested enterprise signs in to see its own file, requests and notices.',
  workbench: {
    title: 'FIE service workbench',
    lead: 'One file and one officer per enterprise: the enterprises I serve, and my open items by deadline.',
    myFiles: 'Enterprises I serve',
    myItems: 'My open items (by deadline)',
    allFiles: 'All foreign-invested enterprise files',
    noFiles: 'No enterprise files yet.',
    noItems: 'No open items.',
    enterprise: 'Enterprise',
    country: 'Investor country or region',
    officer: 'Officer',
    steward: 'Steward',
    open: 'Open',
    notices: 'Policy notices',
    noNotices: 'No notices yet.',
    export: 'Export the lists (Excel)',
  },
  item: {
    list: 'List',
    title: 'Item',
    status: 'Status',
    due: 'Due',
    owner: 'Owner',
    overdue: '{{days}} working days overdue · escalation level {{level}}',
    onTime: 'On time',
    reply: 'Reply',
  },
  file: {
    title: 'Enterprise file',
    creditCode: 'Unified social credit code',
    language: 'Notice language',
    sites: 'Sites',
    keyProjects: 'Key projects',
    major: 'Major project',
    contacts: 'Contacts',
    visits: 'Visits',
    packages: 'Service packages delivered',
    supervision: 'Credit + risk supervision',
    grade: 'Credit grade',
    risk: 'Risk level',
    intensity: 'Supervision intensity',
    notRecorded: 'Not recorded yet',
    items: 'Requests, problems, visions and roundtable items',
    none: 'None',
  },
  roundtable: {
    title: 'Roundtable board',
    lead: 'Coordinate → reply within the time limit → follow-up visit → publish: no step may be skipped, and nothing closes without a reply to the enterprise.',
    empty: 'None',
    departments: 'Departments',
  },
  policyList: {
    title: 'Policy list for foreign-invested enterprises',
    lead: 'Under national treatment, every policy rule a foreign-invested enterprise can use (Jingjiguanfa[2023]No. 28, 二(四)14–15).',
    kind: 'Kind',
    all: 'All',
    policy: 'Document',
    rule: 'Policy',
    status: 'Status',
    noApplication: 'No application needed',
    count: '{{count}} items',
    statuses: { in_force: 'In force', not_yet: 'Not yet in force', expired: 'Expired', repealed: 'Repealed' },
  },
};
