/**
 * @module services/work-relief/vocabulary
 * The words of work relief with their labels in both languages, for the shells: the districts that
 * run it, the domains (一(二)), stages (一(三)), priority groups (一(一)), project statuses, how a
 * worker confirms and how wages are paid (三(四)), and the kinds of training (三(三)).
 */
import { PAYMENT_METHODS } from '../../policies/jingfagai-2023-1336/own-card.ts';
import {
  CONFIRMATION_METHODS,
  DOMAINS,
  PRIORITY_GROUPS,
  STAGES,
  TRAINING_KINDS,
} from '../../policies/jingfagai-2023-1336/parameters.ts';
import { PROJECT_STATUSES } from '../../policies/jingfagai-2023-1336/project-workers.ts';
import { districtName, IMPLEMENTING_UNITS } from './access.ts';

/** Every vocabulary, keyed as the API takes it. */
export function workReliefVocabulary() {
  return {
    districts: IMPLEMENTING_UNITS.map((code) => ({ code, name: districtName(code) })),
    domains: DOMAINS,
    stages: STAGES,
    priorityGroups: PRIORITY_GROUPS,
    statuses: PROJECT_STATUSES,
    confirmationMethods: CONFIRMATION_METHODS,
    paymentMethods: PAYMENT_METHODS,
    trainingKinds: TRAINING_KINDS,
  };
}
