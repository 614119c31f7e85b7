/**
 * @module policies/jingjiguanfa-2023-29/vehicle-facts
 * What the driving rules of 三(二)3 and 三(三)3 read: the clauses they quote, the facts of one
 * vehicle on one day (types, JSON Schema, labels) and their validation, including the plate.
 */
import { type Citation, cite } from '../../engine/citation.ts';
import { invalidInput } from '../../engine/errors.ts';
import { checkPlate, PLATE_PROVINCES, type PlateEnergy } from '../../engine/identifiers.ts';
import { findValueAt, parameter } from '../../engine/parameter.ts';
import { type CalendarDate, parseCalendarDate } from '../../engine/period.ts';
import { checkFacts, type FactsSchema } from '../../engine/rule.ts';

export const POLICY_ID = 'jingjiguanfa-2023-29';
export const FROM = '2023-11-13' as CalendarDate;
const c = (clause: string, quote: string): Citation => cite(POLICY_ID, clause, quote);

const CHINA12 = '国一和国二排放标准轻型汽油车(含驾校教练车)禁止上路行驶';
const MUCK = '建筑垃圾、渣土、砂石运输车辆禁止上路行驶(纯电动和氢燃料电池汽车除外)。';
const DIESEL4 =
  '本市核发号牌(含临时号牌)的国四排放标准柴油载货汽车停止上路行驶(经相关管理部门确认为保障本市生产生活物资运输、整车运送鲜活农产品的汽车除外)。';
/** The clauses this module implements, by alert level; each quote occurs verbatim in its clause. */
export const VEHICLE_CITATIONS = {
  orange: {
    china12: c('三(二)3', `在实施工作日高峰时段区域限行交通管理措施基础上,${CHINA12}。`),
    muck: c('三(二)3', MUCK),
    diesel4: c('三(二)3', DIESEL4),
    cityOperation: c('三(二)3', '在保障城市正常运行的前提下:'),
    truckAdvice: c(
      '三(二)2',
      '企业合理安排运输,减少重型燃油(气)载货车辆使用,尽量使用国六或纯电动、氢燃料电池汽车运输。',
    ),
  },
  red: {
    china12: c('三(三)3', CHINA12),
    muck: c('三(三)3', MUCK),
    diesel4: c('三(三)3', DIESEL4),
    cityOperation: c('三(三)3', '在保障城市正常运行的前提下:'),
    truckAdvice: c(
      '三(三)2',
      '企业合理安排运输,减少重型燃油(气)载货车辆使用,尽量使用国六或纯电动、氢燃料电池汽车运输。',
    ),
    oddEven: c('三(三)3', '国三及以上排放标准机动车(含驾校教练车)按单双号行驶(纯电动、氢燃料电池汽车除外)'),
    officialFleet: c('三(三)3', '其中本市公务用车在单双号行驶基础上,再停驶车辆总数的30%。'),
  },
  yellowAdvice: c('三(一)2', '公众尽量乘坐公共交通工具出行,减少机动车上路行驶'),
} as const;

/** D-29-4: the tail number of a plate whose last serial character is a letter. */
export const LETTER_TAIL_DIGIT = parameter<number>({
  id: 'jingjiguanfa-2023-29.odd-even.letter-tail-digit',
  title: { zh: '号牌末位为字母时计为的尾号', en: 'Tail number of a plate ending in a letter' },
  values: [{ from: FROM, value: 0, citation: VEHICLE_CITATIONS.red.oddEven }],
});

export type AlertLevel = 'none' | 'yellow' | 'orange' | 'red';
export type VehicleClass =
  | 'light_passenger'
  | 'light_truck'
  | 'heavy_truck'
  | 'bus'
  | 'muck_truck'
  | 'special'
  | 'other';
/** `hybrid` is a gasoline-electric hybrid (a diesel-electric one is entered as `diesel`; D-29-14). */
export type Fuel = 'gasoline' | 'diesel' | 'gas' | 'electric' | 'fuel_cell' | 'hybrid';

/** The facts of one vehicle on one day. `drivingSchool` and `temporaryPlate` are optional. */
export interface VehicleFacts {
  readonly plate: string;
  readonly date: string;
  readonly alertLevel: AlertLevel;
  readonly vehicleClass: VehicleClass;
  readonly fuel: Fuel;
  readonly emissionStandard: number;
  /** 本市公务用车: an official vehicle of a Beijing Party or government body. */
  readonly officialVehicle: boolean;
  /** Confirmed by the authority as livelihood-supply or whole-vehicle fresh-produce transport. */
  readonly supplyExempt: boolean;
  /** A driving-school car (含驾校教练车: not exempt); a plate ending in 学 implies it. */
  readonly drivingSchool?: boolean;
  /** A temporary plate (临时号牌); parsed leniently (D-29-17). */
  readonly temporaryPlate?: boolean;
}

/** A plate as the driving rules read it. */
export interface VehiclePlate {
  readonly normalized: string;
  readonly province: string;
  /** 本市核发号牌: issued in Beijing (京), temporary plates included. */
  readonly beijing: boolean;
  readonly temporary: boolean;
  readonly newEnergy: boolean;
  readonly energy: PlateEnergy | null;
  readonly lastChar: string;
  /** The tail number for odd/even, a final letter counting as {@link LETTER_TAIL_DIGIT} (D-29-4). */
  readonly tail: number;
}

type Labels = Readonly<Record<string, readonly [zh: string, en: string]>>;

/** Alert levels, zh and en. */
export const ALERT_LABELS = {
  none: ['无预警', 'no alert'],
  yellow: ['黄色', 'yellow'],
  orange: ['橙色', 'orange'],
  red: ['红色', 'red'],
} as const satisfies Labels;

/** Vehicle classes. Light = GB 18352 light-duty (M1, M2, N1 up to 3.5 t), D-29-14. */
export const CLASS_LABELS = {
  light_passenger: ['轻型载客汽车', 'light-duty passenger vehicle'],
  light_truck: ['轻型载货汽车', 'light-duty truck'],
  heavy_truck: ['中重型载货汽车', 'medium or heavy truck'],
  bus: ['大中型客车', 'medium or large bus'],
  muck_truck: ['建筑垃圾、渣土、砂石运输车辆', 'construction-waste, muck or sand-gravel truck'],
  special: ['专项作业车或特种车辆', 'special-purpose or emergency vehicle'],
  other: ['其他机动车', 'other motor vehicle'],
} as const satisfies Labels;

/** Fuels (energy types). */
export const FUEL_LABELS = {
  gasoline: ['汽油', 'gasoline'],
  diesel: ['柴油', 'diesel'],
  gas: ['燃气（天然气、液化石油气）', 'gas (CNG, LNG, LPG)'],
  electric: ['纯电动', 'pure electric'],
  fuel_cell: ['氢燃料电池', 'hydrogen fuel cell'],
  hybrid: ['汽油混合动力', 'gasoline-electric hybrid'],
} as const satisfies Labels;

const enumOf = (labels: Labels) => ({
  type: 'string',
  enum: Object.keys(labels),
  'x-enum-labels': Object.fromEntries(Object.entries(labels).map(([k, [zh, en]]) => [k, { zh, en }])),
});
const bool = (en: string, zh: string) => ({ type: 'boolean', description: en, 'x-description-zh': zh });

/** Facts of `jingjiguanfa-2023-29/vehicle-check`. */
export const VEHICLE_FACTS_SCHEMA: FactsSchema = {
  type: 'object',
  additionalProperties: false,
  required: [
    'plate',
    'date',
    'alertLevel',
    'vehicleClass',
    'fuel',
    'emissionStandard',
    'officialVehicle',
    'supplyExempt',
  ],
  properties: {
    plate: {
      type: 'string',
      minLength: 1,
      maxLength: 20,
      description: 'Plate number (GA 36-2018), e.g. 京A12345, 京AD12345 (new energy), 京A1234学',
      'x-description-zh': '号牌号码（GA 36-2018），如 京A12345、京AD12345（新能源）、京A1234学',
      'x-example': '京A12345',
    },
    date: {
      type: 'string',
      format: 'date',
      description: 'The day of driving (YYYY-MM-DD, Asia/Shanghai); its day of month decides odd/even',
      'x-description-zh': '行驶日期（YYYY-MM-DD，北京时间），按日期单双号',
    },
    alertLevel: {
      ...enumOf(ALERT_LABELS),
      description: 'Heavy air-pollution alert in effect that day',
      'x-description-zh': '当日实施的空气重污染预警级别',
    },
    vehicleClass: {
      ...enumOf(CLASS_LABELS),
      description:
        'Vehicle class; light = light-duty up to 3.5 t; muck_truck = construction-waste, muck, sand-gravel',
      'x-description-zh':
        '车辆类型；轻型指最大设计总质量不超过3.5吨；muck_truck 指建筑垃圾、渣土、砂石运输车辆',
    },
    fuel: {
      ...enumOf(FUEL_LABELS),
      description: 'Energy type on the registration; hybrid = gasoline-electric (diesel hybrids: diesel)',
      'x-description-zh': '行驶证登记的燃料（能源）种类；hybrid 为汽油混合动力（柴油混合动力填 diesel）',
    },
    emissionStandard: {
      type: 'integer',
      minimum: 1,
      maximum: 6,
      description: 'China emission standard, 1–6 (China I–VI)',
      'x-description-zh': '排放标准，国一至国六填 1–6',
    },
    officialVehicle: bool(
      'An official vehicle of a Beijing Party or government body (本市公务用车)',
      '本市公务用车',
    ),
    supplyExempt: bool(
      'Confirmed by the authority as carrying Beijing livelihood supplies or whole-vehicle fresh produce',
      '经相关管理部门确认为保障本市生产生活物资运输、整车运送鲜活农产品的汽车',
    ),
    drivingSchool: bool(
      'A driving-school car (optional; a plate ending in 学 implies it)',
      '驾校教练车（选填）',
    ),
    temporaryPlate: bool('The plate is a temporary plate (optional)', '临时号牌（选填）'),
  },
};

/**
 * Validates a vehicle's facts (schema, real date, plate layout, plate against fuel) and returns
 * them with the parsed plate. Errors name the field, prefixed by `fieldPrefix` (e.g. `vehicles[2].`).
 * @throws ZC_ERR_INVALID_DATE (field `date`) or ZC_ERR_INVALID_INPUT (the field at fault).
 */
export function parseVehicleFacts(
  input: unknown,
  fieldPrefix = '',
): { facts: VehicleFacts; date: CalendarDate; plate: VehiclePlate } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw invalidInput(fieldPrefix.replace(/\.$/, '') || 'input', input, 'must be an object', '应为对象');
  }
  const date = parseCalendarDate((input as { date?: unknown }).date, `${fieldPrefix}date`);
  const issue = checkFacts(VEHICLE_FACTS_SCHEMA, input)[0];
  if (issue)
    throw invalidInput(
      fieldPrefix + issue.field.replace(/^facts\./, ''),
      issue.value,
      issue.message,
      `不符合要求（${issue.message}）`,
    );
  const facts = input as VehicleFacts;
  const plate = readPlate(facts, `${fieldPrefix}plate`, date);
  checkEnergy(facts, plate, `${fieldPrefix}fuel`);
  return { facts, date, plate };
}

function readPlate(f: VehicleFacts, field: string, date: CalendarDate): VehiclePlate {
  // Before the plan took effect no rule reads the tail; D-ID-3's 0 keeps the plate readable then.
  const letterTail = findValueAt(LETTER_TAIL_DIGIT, date)?.value ?? 0;
  const r = checkPlate(f.plate);
  const temporary = f.temporaryPlate === true;
  if (r.plate) {
    const lastChar = r.plate.serial.slice(-1);
    const { normalized, province, beijing, newEnergy, energy } = r.plate;
    const tail = r.plate.lastIsLetter ? letterTail : r.plate.lastDigit;
    return { normalized, province, beijing, temporary, newEnergy, energy, lastChar, tail };
  }
  // D-29-17: a temporary plate is read as a province, then 5–7 letters or digits; its last one counts.
  const s = f.plate
    .normalize('NFKC')
    .replace(/[\s·•・.．-]/g, '')
    .toUpperCase();
  const province = [...s][0] ?? '';
  const serial = s.slice(province.length);
  if (temporary && province !== '' && PLATE_PROVINCES.includes(province) && /^[A-Z0-9]{5,7}$/.test(serial)) {
    const lastChar = serial.slice(-1);
    const tail = /\d/.test(lastChar) ? Number(lastChar) : letterTail;
    const beijing = province === '京';
    return { normalized: s, province, beijing, temporary, newEnergy: false, energy: null, lastChar, tail };
  }
  const why = r.issues.map((i) => i.message.en).join('; ');
  throw invalidInput(field, f.plate, `is not a vehicle plate (${why})`, '不是有效的机动车号牌');
}

/** D-29-15: a green plate names the energy; the fuel must agree with it. */
function checkEnergy(f: VehicleFacts, plate: VehiclePlate, field: string): void {
  const allowed: readonly Fuel[] | null =
    plate.energy === 'pure_electric'
      ? ['electric']
      : plate.energy === 'other_new_energy'
        ? ['hybrid', 'fuel_cell']
        : null;
  if (allowed === null || allowed.includes(f.fuel)) return;
  const kind =
    plate.energy === 'pure_electric' ? 'a D (pure electric)' : 'an F (non-pure-electric new energy)';
  throw invalidInput(
    field,
    f.fuel,
    `contradicts ${kind} plate ${plate.normalized}; expected ${allowed.map((x) => `"${x}"`).join(' or ')}`,
    `与新能源号牌 ${plate.normalized} 的能源类型不符，应为 ${allowed.join(' 或 ')}`,
  );
}
