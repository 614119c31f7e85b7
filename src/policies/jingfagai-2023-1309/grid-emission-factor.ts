/**
 * @module policies/jingfagai-2023-1309/grid-emission-factor
 * The grid electricity CO₂ emission factor used to estimate a project's carbon emissions
 * (五(四): "对碳排放总量指标进行测算评估"). The gazette asks for the estimate but gives no factor:
 * this is a PLATFORM PARAMETER, not a number from the gazette (D-1309-20).
 *
 * Value: 0.6776 kgCO₂/kWh, the 2022 average CO₂ emission factor of the North China regional grid
 * (华北区域电力平均二氧化碳排放因子), published by the Ministry of Ecology and Environment and the
 * National Bureau of Statistics in 《关于发布2022年电力二氧化碳排放因子的公告》 of 2024-12-20
 * ("供核算电力消费的二氧化碳排放量时参考使用"). Beijing is supplied by the North China grid. The
 * national average of the same notice is 0.5366. When a newer factor is published, add it as a new
 * dated value (or configure it at run time with parameter overrides); seasons keep the factor in
 * force on their first day.
 */
import type { Bilingual } from '../../engine/messages.ts';
import { type Parameter, parameter } from '../../engine/parameter.ts';
import { CARBON_CITATION, FROM, POLICY_ID } from './citations.ts';

/** kgCO₂ per kWh of grid electricity, exact decimal text. Platform parameter (D-1309-20). */
export const GRID_EMISSION_FACTOR: Parameter<string> = parameter<string>({
  id: `${POLICY_ID}.platform.grid-emission-factor`,
  title: {
    zh: '电网电力二氧化碳排放因子（华北区域，平台参数）',
    en: 'Grid electricity CO₂ emission factor (North China region; platform parameter)',
  },
  unit: 'kgCO2/kWh',
  // The citation is the clause that calls for the estimate; the number comes from GRID_FACTOR_SOURCE.
  values: [{ from: FROM, value: '0.6776', citation: CARBON_CITATION }],
});

/** Where the factor comes from, for display next to every carbon figure. */
export const GRID_FACTOR_SOURCE: Bilingual = {
  zh: '平台参数，非公报内容：生态环境部、国家统计局《关于发布2022年电力二氧化碳排放因子的公告》（2024年12月20日），2022年华北区域电力平均二氧化碳排放因子 0.6776 kgCO2/kWh（北京属华北区域电网）。1309号五（四）要求对碳排放总量指标进行测算评估，未规定排放因子。',
  en: 'Platform parameter, not from the gazette: MEE and NBS notice on the 2022 electricity CO₂ emission factors (2024-12-20), North China regional grid average 0.6776 kgCO2/kWh (Beijing is on the North China grid). 1309号 五(四) calls for carbon estimates but sets no factor.',
};
