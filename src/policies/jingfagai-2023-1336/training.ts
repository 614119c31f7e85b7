/**
 * @module policies/jingfagai-2023-1336/training
 * 三(三) "培训+上岗": a worker is trained before he starts the job.
 *
 * > 采取“培训+上岗”的方式，联合施工单位针对性开展劳动技能培训和安全生产培训，重点加强对关键岗位人员岗前培训和技术交底。
 *
 * D-1336-9: safety training (alone or with skills training) held on or before the worker's first
 * day on the project counts as 岗前培训. A worker on a key post who worked before it fails; any other
 * worker without it goes to review ("培训+上岗" is the method for everyone, key posts the emphasis).
 * A worker who has not started yet has nothing to show.
 */
import { type Decision, DecisionBuilder } from '../../engine/decision.ts';
import type { CalendarDate } from '../../engine/period.ts';
import { defineRule, type Rule } from '../../engine/rule.ts';
import { FROM, POLICY_ID, TRAINING_CITATION } from './citations.ts';
import { bool, date } from './facts.ts';

export interface TrainingFacts {
  readonly keyPost: boolean;
  readonly firstWorkDay?: CalendarDate;
  /** The earliest safety training the worker attended on this project. */
  readonly safetyTrainedOn?: CalendarDate;
}

export const trainingBeforeWork: Rule = defineRule<TrainingFacts>({
  id: `${POLICY_ID}/training-before-work`,
  policyId: POLICY_ID,
  title: { zh: '务工人员先培训后上岗', en: 'Workers are trained before they start' },
  citations: [TRAINING_CITATION],
  validity: { from: FROM },
  factsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['keyPost'],
    properties: {
      keyPost: bool('The worker holds a key post', '关键岗位人员'),
      firstWorkDay: date('First day of attendance on the project', '在本项目首次出勤日期'),
      safetyTrainedOn: date(
        'Day of the first safety training the worker attended on the project',
        '参加本项目安全生产培训的最早日期',
      ),
    },
  },
  examples: [
    {
      title: { zh: '关键岗位，先培训后上岗', en: 'Key post, trained before starting' },
      asOf: '2026-06-30' as CalendarDate,
      facts: { keyPost: true, firstWorkDay: '2026-05-06', safetyTrainedOn: '2026-05-05' },
    },
  ],
  messages: {
    'j1336.training.not_started': { zh: '尚未上岗', en: 'Has not started work' },
    'j1336.training.before_job': {
      zh: '{safetyTrainedOn} 参加安全生产培训，{firstWorkDay} 上岗',
      en: 'Safety training on {safetyTrainedOn}, started on {firstWorkDay}',
    },
    'j1336.training.key_post_untrained': {
      zh: '关键岗位人员 {firstWorkDay} 上岗前未参加岗前培训',
      en: 'Key-post worker started on {firstWorkDay} without training before the job',
    },
    'j1336.training.untrained': {
      zh: '{firstWorkDay} 上岗前未参加安全生产培训，需核实',
      en: 'Started on {firstWorkDay} without safety training; please check',
    },
  },
  evaluate(f, { asOf }): Decision {
    const d = new DecisionBuilder(this, asOf);
    d.interpret('D-1336-9');
    if (f.firstWorkDay === undefined || f.firstWorkDay > asOf) {
      d.check('j1336.training.not_started', true, {}, TRAINING_CITATION);
      return d.decide(null);
    }
    const p = {
      firstWorkDay: f.firstWorkDay,
      safetyTrainedOn: f.safetyTrainedOn ?? null,
      keyPost: f.keyPost,
    };
    if (f.safetyTrainedOn !== undefined && f.safetyTrainedOn <= f.firstWorkDay)
      d.check('j1336.training.before_job', true, p, TRAINING_CITATION);
    else if (f.keyPost) d.check('j1336.training.key_post_untrained', false, p, TRAINING_CITATION);
    else d.check('j1336.training.untrained', null, p, TRAINING_CITATION);
    return d.decide(null);
  },
});
