/**
 * @module web/lib/green-application
 * The rules of the application workflow as the pages show them (the API enforces them): which
 * facts an enterprise fills, which states it may still edit, and which actions each role may
 * take in each state.
 *
 *   draft → submitted → under_review ⇄ more_info_requested (→ submitted)
 *   under_review → expert_review → under_review      (item 26)
 *   under_review → approved | rejected;  approved → paid;  approved | paid → clawed_back
 *   draft | submitted | more_info_requested → withdrawn (by the enterprise)
 */
import type { Role, RuleDetail } from '../api.ts';
import { ENTERPRISE_KEYS } from './green-profile.ts';
import type { ApplicationState, AwardState } from './green-types.ts';
import { type FieldSpec, fieldsOf } from './schema-form.ts';

/** Items whose paragraph calls for expert review (item 26: 一事一议, 进行专家评审). */
export const EXPERT_REVIEW_ITEMS: readonly number[] = [26];

/**
 * Facts the enterprise does not give: its award history (from the platform), the project's
 * reference (the application's own) and the experts' verdict (recorded by the bureau).
 */
const NOT_GIVEN: readonly string[] = ['awardHistory', 'projectRef', 'expertReviewPassed'];

/**
 * The facts inputs of an application for `rule`. The enterprise's area and standing are taken
 * from the platform's record when it has them, so they are optional here.
 */
export function applicationFields(rule: RuleDetail): FieldSpec[] {
  return fieldsOf(rule.factsSchema)
    .filter((f) => !NOT_GIVEN.includes(f.name))
    .map((f) => (ENTERPRISE_KEYS.includes(f.name) ? { ...f, required: false } : f));
}

/** States in which the enterprise may still change facts and materials. */
export const EDITABLE_STATES: readonly ApplicationState[] = ['draft', 'more_info_requested'];

/** Every action of the workflow, the transitions and the calls of their own. */
export type WorkflowAction =
  | 'submit'
  | 'withdraw'
  | 'start_review'
  | 'request_info'
  | 'send_to_experts'
  | 'expert_review'
  | 'approve'
  | 'reject'
  | 'pay'
  | 'claw_back';

const REVIEW: readonly Role[] = ['admin', 'officer', 'reviewer'];
const APPROVE: readonly Role[] = ['admin', 'reviewer'];

/**
 * What `role` may do to an application of `item` in `state` (the award's state for payment and
 * clawback), in the order the page offers them.
 */
export function actionsFor(
  role: Role,
  state: ApplicationState,
  item: number,
  award: AwardState | null = null,
): WorkflowAction[] {
  const out: WorkflowAction[] = [];
  const apply = role === 'enterprise' || role === 'admin';
  if (apply && (state === 'draft' || state === 'more_info_requested')) out.push('submit');
  if (apply && (state === 'draft' || state === 'submitted' || state === 'more_info_requested'))
    out.push('withdraw');
  if (REVIEW.includes(role)) {
    if (state === 'submitted') out.push('start_review');
    if (state === 'under_review') {
      out.push('request_info');
      if (EXPERT_REVIEW_ITEMS.includes(item)) out.push('send_to_experts');
    }
    if (state === 'expert_review') out.push('expert_review');
  }
  if (APPROVE.includes(role)) {
    if (state === 'under_review') out.push('approve');
    if (state === 'under_review' || state === 'expert_review') out.push('reject');
  }
  if (REVIEW.includes(role) && award === 'approved') out.push('pay');
  if (APPROVE.includes(role) && (award === 'approved' || award === 'paid')) out.push('claw_back');
  return out;
}
