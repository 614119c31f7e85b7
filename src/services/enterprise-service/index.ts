/**
 * @module services/enterprise-service
 * Foreign-investment services (京技管发〔2023〕28号): enterprise files (一企一档一专员), the three
 * lists and the roundtable, credit + risk supervision and 无事不扰, the policy list and precise push.
 */
export { fileFor, reach, SERVICE_DEPARTMENT } from './access.ts';
export { addServicePackage, addVisit, createFile, getFile, listFiles, updateFile } from './files.ts';
export {
  escalations,
  exportItems,
  getItem,
  ITEM_KINDS,
  type ItemFilter,
  type ItemView,
  listItems,
  raiseItem,
  stepItem,
} from './items.ts';
export { listNotices, policyListFor, pushPolicies } from './notices.ts';
export { getSupervision, recordCreditFacts, scheduleInspection, supervisionOf } from './supervision.ts';
