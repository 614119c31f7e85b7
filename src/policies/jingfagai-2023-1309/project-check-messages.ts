/**
 * @module policies/jingfagai-2023-1309/project-check-messages
 * Wording (zh-CN and en) of every reason and trace code of the project-check rule.
 */
import type { MessageCatalog } from '../../engine/messages.ts';

const m = (zh: string, en: string) => ({ zh, en });

export const CHECK_MESSAGES: MessageCatalog = {
  'j1309.check.distinct_ids': m(
    '热源编号不重复（重复编号：{duplicates}）',
    'Heat sources have distinct ids (repeated: {duplicates})',
  ),
  'j1309.check.capacities_positive': m(
    '各热源供热装机容量为正数（容量为零的热源：{zero}）',
    'Every heat source has a positive capacity (zero: {zero})',
  ),
  'j1309.check.share': m(
    '新能源供热装机占比 = 新能源装机 {newEnergyKw} kW ÷ 总装机 {totalKw} kW = {exact} ≈ {result}',
    'New-energy share = new-energy capacity {newEnergyKw} kW ÷ total {totalKw} kW = {exact} ≈ {result}',
  ),
  'j1309.check.share_principle': m(
    '新建供热项目新能源供热装机占比 {share} 不低于 {threshold}',
    'New heating project: the new-energy share {share} is at least {threshold}',
  ),
  'j1309.check.share_principle_below': m(
    '提示：新建供热项目新能源供热装机占比 {share} 低于原则上不低于的 {threshold}；“原则上”不是否决条件，需说明理由，由审批部门审核',
    'Warning: the new-energy share {share} of a new heating project is below the {threshold} required “in principle”; not a refusal, but the reasons must be given and reviewed by the approving department',
  ),
  'j1309.check.share_not_new': m(
    '新能源供热装机占比“原则上不低于60%”适用于新建供热项目；本项目为{kind}，不适用',
    'The “in principle at least 60%” share applies to new heating projects; this is a {kindEn}, so it does not apply',
  ),
  'j1309.check.gas_ban': m(
    '不属于禁止新建和扩建的燃气独立供暖系统（燃气装机 {gasKw} kW，新能源装机 {newEnergyKw} kW；燃气独立供暖：{standalone}；经论证不具备可再生能源供热条件：{infeasible}）',
    'Not a prohibited new or expanded stand-alone gas heating system (gas {gasKw} kW, new energy {newEnergyKw} kW; stand-alone gas: {standalone}; renewable heating shown infeasible: {infeasible})',
  ),
  'j1309.check.gas_exception_household': m(
    '燃气热源均为居民自行安装的燃气壁挂炉，属于禁止燃气独立供暖的除外情形',
    'Every gas source is a household wall-hung boiler installed by residents: an exception to the ban',
  ),
  'j1309.check.gas_exception_renewable': m(
    '经论证不具备可再生能源供热条件，属于禁止燃气独立供暖的除外情形',
    'Renewable heating is shown not feasible: an exception to the ban',
  ),
  'j1309.check.gas_not_applicable': m(
    '禁止燃气独立供暖适用于新建和扩建；本项目为{kind}，不适用',
    'The ban on stand-alone gas heating applies to new and expanded systems; this is a {kindEn}, so it does not apply',
  ),
  'j1309.check.shallow_space': m(
    '浅层地源热泵：满足空间实施条件（填报：{value}）',
    'Shallow ground source: the spatial conditions are met (reported: {value})',
  ),
  'j1309.check.shallow_balance': m(
    '浅层地源热泵：满足冷热平衡要求（填报：{value}）',
    'Shallow ground source: heating and cooling loads balance (reported: {value})',
  ),
  'j1309.check.air_ground_infeasible': m(
    '集中式空气源热泵：经论证不具备浅层地源热泵建设条件（填报：{value}）',
    'Air source: shallow ground-source heat pumps shown infeasible (reported: {value})',
  ),
  'j1309.check.air_water_infeasible': m(
    '集中式空气源热泵：经论证不具备再生水（污水）源热泵建设条件（填报：{value}）',
    'Air source: reclaimed-water or sewage-source heat pumps shown infeasible (reported: {value})',
  ),
  'j1309.check.air_town_concentrated': m(
    '集中式空气源热泵：服务城镇建筑，位于供热需求相对集中的区域（填报：{value}）',
    'Air source: serves town buildings in an area of concentrated demand (reported: {value})',
  ),
  'j1309.check.air_units': m(
    '集中式空气源热泵 {source}：须逐台填报机组（已填报 {count} 台）',
    'Air source {source}: every unit must be listed ({count} listed)',
  ),
  'j1309.check.air_unit_capacity': m(
    '集中式空气源热泵 {source}：单机装机容量不低于 {min} kW（最小单机 {smallest} kW；不达标机组：{failing}）',
    'Air source {source}: single-unit capacity at least {min} kW (smallest {smallest} kW; failing units: {failing})',
  ),
  'j1309.check.air_cop': m(
    '集中式空气源热泵 {source}：设备能效COP不低于 {min}（最低 {lowest}；不达标机组：{failing}）',
    'Air source {source}: COP at least {min} (lowest {lowest}; failing units: {failing})',
  ),
  'j1309.check.air_variable_frequency': m(
    '集中式空气源热泵 {source}：机组可变频（不可变频机组：{failing}）',
    'Air source {source}: units are variable-frequency (not: {failing})',
  ),
  'j1309.check.air_low_noise': m(
    '集中式空气源热泵 {source}：机组噪音低（不满足机组：{failing}）',
    'Air source {source}: units are low-noise (not: {failing})',
  ),
  'j1309.check.geo_reinjection': m(
    '中深层水热型地热：以灌定采、采灌均衡，回灌量 {reinjection} m³/日不低于开采量 {extraction} m³/日',
    'Hydrothermal geothermal: reinjection {reinjection} m³/day is at least the extraction {extraction} m³/day',
  ),
  'j1309.check.geo_water_zone': m(
    '中深层水热型地热：满足本市禁止和限制取水范围管理要求（填报：{value}）',
    'Hydrothermal geothermal: meets the water-abstraction zone rules (reported: {value})',
  ),
  'j1309.check.rw_quality': m(
    '再生水源热泵：回流水水质不降低（填报：{value}）',
    'Reclaimed water: return-water quality is not reduced (reported: {value})',
  ),
  'j1309.check.rw_quantity': m(
    '再生水源热泵：回流水量 {returned} m³/h 不低于取水量 {intake} m³/h',
    'Reclaimed water: return flow {returned} m³/h is at least the intake {intake} m³/h',
  ),
  'j1309.check.rw_pressure': m(
    '再生水源热泵：回流水压与原管道压力一致（填报：{value}）',
    'Reclaimed water: return pressure equals the pipe pressure (reported: {value})',
  ),
  'j1309.check.rw_external_supply': m(
    '再生水源热泵：不影响再生水外供（填报：{value}）',
    'Reclaimed water: external supply unaffected (reported: {value})',
  ),
  'j1309.check.sw_quality': m(
    '污水源热泵：回流水水质符合纳管标准（填报：{value}）',
    'Sewage source: return water meets the sewer discharge standard (reported: {value})',
  ),
  'j1309.check.sw_pressure': m(
    '污水源热泵：原管网运行压力稳定（填报：{value}）',
    'Sewage source: the network’s operating pressure is stable (reported: {value})',
  ),
};
