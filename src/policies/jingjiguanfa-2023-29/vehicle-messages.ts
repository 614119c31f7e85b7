/**
 * @module policies/jingjiguanfa-2023-29/vehicle-messages
 * The zh-CN and en wording of every reason and trace code of the driving rules of 三(二)3 and
 * 三(三)3 (`vehicles.ts`) and of the official fleet's extra 30% (`fleet.ts`).
 */
import type { MessageCatalog } from '../../engine/messages.ts';

const WHAT = '（{standardZh}{classZh}，{fuelZh}）';
const WHAT_EN = ' ({standardEn} {classEn}, {fuelEn})';

/** Wording of every reason and trace code of the vehicle rules and the fleet plan. */
export const VEHICLE_MESSAGES: MessageCatalog = {
  'j29.vehicle.tail': {
    zh: '号牌{plate}末位“{lastChar}”，尾号计为{result}（末位为字母的按{letterCountsAs}计）',
    en: 'Plate {plate} ends in "{lastChar}": tail number {result} (a final letter counts as {letterCountsAs})',
  },
  'j29.vehicle.alert.none': {
    zh: '{date}未实施空气重污染预警，本预案不限制机动车上路行驶',
    en: 'No heavy-pollution alert is in effect on {date}; this plan restricts no vehicle',
  },
  'j29.vehicle.alert.yellow': {
    zh: '黄色预警（三级响应）未规定机动车禁行或限行措施；倡议公众尽量乘坐公共交通工具出行，减少机动车上路行驶',
    en: 'A yellow alert (level III) sets no driving ban; the plan asks the public to use public transport and drive less',
  },
  'j29.vehicle.china12.banned': {
    zh: `{levelZh}预警期间，国一和国二排放标准轻型汽油车（含驾校教练车）禁止上路行驶；本车属此类${WHAT}`,
    en: `During a {levelEn} alert, China I and II light-duty gasoline vehicles (driving-school cars included) may not drive; this is one${WHAT_EN}`,
  },
  'j29.vehicle.china12.not_applicable': {
    zh: `国一和国二排放标准轻型汽油车禁行：本车不属此类${WHAT}`,
    en: `Ban on China I and II light-duty gasoline vehicles: not such a vehicle${WHAT_EN}`,
  },
  'j29.vehicle.muck.banned': {
    zh: '{levelZh}预警期间，建筑垃圾、渣土、砂石运输车辆禁止上路行驶；本车燃料为{fuelZh}，不属纯电动或氢燃料电池汽车',
    en: 'During a {levelEn} alert, construction-waste, muck and sand-gravel trucks may not drive; this one runs on {fuelEn}, neither pure electric nor fuel cell',
  },
  'j29.vehicle.muck.exempt': {
    zh: '建筑垃圾、渣土、砂石运输车辆禁行：本车为{fuelZh}汽车，属除外情形',
    en: 'Ban on construction-waste, muck and sand-gravel trucks: exempt as a {fuelEn} vehicle',
  },
  'j29.vehicle.muck.not_applicable': {
    zh: '建筑垃圾、渣土、砂石运输车辆禁行：本车不属此类（{classZh}）',
    en: 'Ban on construction-waste, muck and sand-gravel trucks: not such a truck ({classEn})',
  },
  'j29.vehicle.diesel4.banned': {
    zh: '{levelZh}预警期间，本市核发号牌（含临时号牌）的国四排放标准柴油载货汽车停止上路行驶；本车（{plate}）属此类，且未经确认为保障本市生产生活物资运输、整车运送鲜活农产品的汽车',
    en: 'During a {levelEn} alert, Beijing-plated (temporary plates included) China IV diesel trucks may not drive; this one ({plate}) is not confirmed as livelihood-supply or whole-vehicle fresh-produce transport',
  },
  'j29.vehicle.diesel4.supply_exempt': {
    zh: '本市国四排放标准柴油载货汽车停驶：本车经相关管理部门确认为保障本市生产生活物资运输、整车运送鲜活农产品的汽车，属除外情形',
    en: 'Stop of Beijing-plated China IV diesel trucks: exempt, confirmed as livelihood-supply or whole-vehicle fresh-produce transport',
  },
  'j29.vehicle.diesel4.not_beijing': {
    zh: '国四排放标准柴油载货汽车停驶只适用于本市核发号牌（含临时号牌）的车辆；本车号牌{plate}非本市核发',
    en: 'The stop of China IV diesel trucks covers Beijing-issued plates (temporary included) only; plate {plate} is not Beijing-issued',
  },
  'j29.vehicle.diesel4.not_applicable': {
    zh: `本市国四排放标准柴油载货汽车停驶：本车不属此类${WHAT}`,
    en: `Stop of Beijing-plated China IV diesel trucks: not such a truck${WHAT_EN}`,
  },
  'j29.vehicle.odd_even.drives': {
    zh: '红色预警期间，国三及以上排放标准机动车按单双号行驶：{date}为{dayZh}日，本车号牌末位“{lastChar}”计尾号{tail}，为{tailZh}，当日可以上路',
    en: 'During a red alert, China III and above vehicles drive on odd or even dates: {date} is an {dayEn} date, the plate ends in "{lastChar}" = tail number {tail}, {tailEn}, so it may drive',
  },
  'j29.vehicle.odd_even.stops': {
    zh: '红色预警期间，国三及以上排放标准机动车按单双号行驶：{date}为{dayZh}日，本车号牌末位“{lastChar}”计尾号{tail}，为{tailZh}，当日不得上路',
    en: 'During a red alert, China III and above vehicles drive on odd or even dates: {date} is an {dayEn} date, the plate ends in "{lastChar}" = tail number {tail}, {tailEn}, so it may not drive',
  },
  'j29.vehicle.odd_even.exempt': {
    zh: '红色预警单双号行驶：纯电动、氢燃料电池汽车除外，本车为{fuelZh}汽车',
    en: 'Red-alert odd/even driving: pure electric and fuel-cell vehicles are exempt; this is a {fuelEn} vehicle',
  },
  'j29.vehicle.odd_even.below_china3': {
    zh: '红色预警单双号行驶只适用于国三及以上排放标准机动车；本车为{standardZh}',
    en: 'Red-alert odd/even driving covers China III and above only; this vehicle is {standardEn}',
  },
  'j29.vehicle.official.fleet_quota': {
    zh: '本市公务用车在单双号行驶基础上，再停驶车辆总数的30%：本车是否在再停驶之列，由所在单位车队的停驶计划确定',
    en: "Beijing official fleets stop a further 30% of their vehicles on top of odd/even: whether this one is among them is set by its fleet's plan",
  },
  'j29.vehicle.note.energy_from_fuel': {
    zh: '纯电动、氢燃料电池除外情形按填报的能源种类（{fuelZh}）认定；本车不是新能源号牌，请核对行驶证',
    en: 'The pure-electric / fuel-cell exemption rests on the declared energy ({fuelEn}); the plate is not a new-energy plate, so check the registration',
  },
  'j29.vehicle.note.pre_china3_gap': {
    zh: '本预案条文对{standardZh}{classZh}（{fuelZh}）未规定禁行或单双号行驶；本市其他规定可能限制其上路，请核实',
    en: "The plan's text sets no ban or odd/even rule for a {standardEn} {classEn} ({fuelEn}); other Beijing rules may restrict it, so verify",
  },
  'j29.vehicle.note.city_operation': {
    zh: '强制性减排措施“在保障城市正常运行的前提下”实施；公交、特种车辆是否另有保障安排由交通管理部门确定，本规则按条文判断',
    en: 'The mandatory measures apply "while ensuring the city runs normally"; whether buses and special vehicles are excused is for the traffic police, this rule applies the text',
  },
  'j29.vehicle.note.truck_advice': {
    zh: '倡议：企业合理安排运输，减少重型燃油（气）载货车辆使用，尽量使用国六或纯电动、氢燃料电池汽车运输',
    en: 'Advice: enterprises should plan transport to use fewer heavy fuel or gas trucks, preferring China VI, pure electric or fuel-cell vehicles',
  },
  'j29.vehicle.note.other_rules': {
    zh: '本预案不限制本车{date}上路行驶；本市其他交通管理措施（如工作日高峰时段区域限行、尾号限行）仍可能适用',
    en: "This plan does not stop this vehicle on {date}; Beijing's other traffic rules (e.g. weekday peak-hour area and tail-number restrictions) may still apply",
  },
  'j29.fleet.quota': {
    zh: '再停驶车辆数 = ⌈车辆总数 {total} × {numerator}/{denominator}⌉ = {result} 辆',
    en: 'Further vehicles to stop = ⌈{total} vehicles × {numerator}/{denominator}⌉ = {result}',
  },
  'j29.fleet.additional.on_top': {
    zh: '在单双号行驶基础上再停驶 {quota} 辆；当日可上路的 {available} 辆中停驶 min({quota}, {available}) = {result} 辆',
    en: 'On top of odd/even, {quota} more stop; of the {available} that could drive, min({quota}, {available}) = {result} stop',
  },
  'j29.fleet.additional.within': {
    zh: '停驶总数至少为 {quota} 辆（已按规定停驶 {stoppedByRules} 辆），再停驶 min(max(0, {quota} − {stoppedByRules}), {available}) = {result} 辆',
    en: 'At least {quota} in all stop ({stoppedByRules} already stopped by the rules): min(max(0, {quota} − {stoppedByRules}), {available}) = {result} more stop',
  },
  'j29.fleet.not_red': {
    zh: '{levelZh}：公务用车再停驶30%只在红色预警期间实施',
    en: '{levelEn}: the official fleet’s further 30% applies during a red alert only',
  },
  'j29.fleet.stopped_by_rule': {
    zh: '本车已按单双号行驶或禁行规定停驶，不计入再停驶的车辆',
    en: 'Already stopped by the odd/even rule or a ban; not counted in the further stops',
  },
  'j29.fleet.quota_stop': {
    zh: '在单双号行驶基础上再停驶：按排放由高到低、号牌顺序，本车为再停驶的第{rank}辆（共{count}辆）',
    en: 'Stopped on top of odd/even: by highest emissions first, then plate order, it is further stop {rank} of {count}',
  },
  'j29.fleet.quota_spared': {
    zh: '本车不在再停驶的{count}辆之列，当日可以上路',
    en: 'Not among the {count} further stops; it may drive',
  },
  'j29.fleet.quota_short': {
    zh: '可上路车辆仅{available}辆，少于应再停驶的{needed}辆，全部停驶',
    en: 'Only {available} vehicles could drive, fewer than the {needed} further stops needed; all of them stop',
  },
};
