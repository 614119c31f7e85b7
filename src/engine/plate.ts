/**
 * @module engine/plate
 * Vehicle plates (GA 36-2018): province, issuing authority, serial, suffix, green new-energy plates
 * and their energy letter, and the last digit for tail-number rules (a final letter counts as 0,
 * D-29-4; see docs/interpretations.md D-ID-2, D-ID-3).
 */
import { done, fail, type IdentifierCheck, issue, normalize, type Params } from './identifier-check.ts';

// ---------------------------------------------------------------- Vehicle plates (GA 36-2018)

/** Province abbreviations that open a civilian plate; 京 is Beijing. */
export const PLATE_PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
/** Characters that close some 7-character plates: 学 driving school, 警 police, 挂 trailer, … */
export const PLATE_SUFFIXES = '学警挂港澳领试超';
/** `pure_electric` (D) or `other_new_energy` (F, e.g. plug-in hybrids: not exempt by the plate alone). */
export type PlateEnergy = 'pure_electric' | 'other_new_energy';
/**
 * Small new-energy energy letters of GA 36-2018: D pure electric, F other new energy. Letters some
 * cities reportedly added later are NOT recognised: a plate with one is refused, never guessed.
 */
const SMALL_NEV_ENERGY: Readonly<Record<string, PlateEnergy>> = { D: 'pure_electric', F: 'other_new_energy' };
const ALNUM = /^[A-HJ-NP-Z0-9]$/;

/** A parsed plate. */
export interface Plate {
  readonly normalized: string;
  /** `京`. */
  readonly province: string;
  /** The issuing-authority letter after the province, `A`. */
  readonly authority: string;
  /** What follows the authority letter, without a closing 学/警/…: `12345`, `D12345`, `12345D`. */
  readonly serial: string;
  readonly suffix: string | null;
  /** `regular` (7 characters) or a green 8-character new-energy plate, small or large. */
  readonly kind: 'regular' | 'new_energy_small' | 'new_energy_large';
  readonly newEnergy: boolean;
  readonly energy: PlateEnergy | null;
  readonly beijing: boolean;
  /** The tail number for odd/even rules: the last serial character, a letter counting as 0 (D-29-4). */
  readonly lastDigit: number;
  readonly lastIsLetter: boolean;
}

/**
 * Checks a plate. Layouts: regular `京A12345` (5 serial characters, no I or O) or `京A1234学`; small
 * new-energy `京AD12345` — the energy letter FIRST in the serial, then a letter or digit, then 4
 * digits; large new-energy `京A12345D` — 5 digits, the energy letter LAST (so its tail number is 0
 * under D-29-4). Temporary, embassy (使) and military plates are not parsed. `·`, `-`, blanks dropped.
 */
export function checkPlate(value: unknown): IdentifierCheck & { readonly plate: Plate | null } {
  const s = normalize(value, /[\s·•・.．-]/g);
  const ch = [...s];
  const [province = '', authority = '', ...rest] = ch;
  const serialAll = rest.join('');
  const last = rest[rest.length - 1] ?? '';
  const err = (code: string, params: Params = {}) =>
    done(s, [issue(`plate.${code}`, 'error', params)], { plate: null as Plate | null });
  if (province === '' || !PLATE_PROVINCES.includes(province)) return err('province', { char: province });
  if (!/^[A-HJ-NP-Z]$/.test(authority)) return err('authority', { char: authority });
  let kind: Plate['kind'] = 'regular';
  let energy: PlateEnergy | null = null;
  const suffix = rest.length === 5 && PLATE_SUFFIXES.includes(last) ? last : null;
  const serial = suffix === null ? serialAll : rest.slice(0, 4).join('');
  if (rest.length === 5) {
    if (![...serial].every((c) => ALNUM.test(c))) return err('serial');
  } else if (rest.length === 6 && /^\d{5}[DF]$/.test(serial)) {
    kind = 'new_energy_large';
    energy = last === 'D' ? 'pure_electric' : 'other_new_energy';
  } else if (
    rest.length === 6 &&
    SMALL_NEV_ENERGY[rest[0]!] &&
    ALNUM.test(rest[1]!) &&
    /^\d{4}$/.test(serial.slice(2))
  ) {
    kind = 'new_energy_small';
    energy = SMALL_NEV_ENERGY[rest[0]!]!;
  } else {
    return rest.length === 6 ? err('new_energy') : err('length', { length: ch.length });
  }
  const tail = serial.charAt(serial.length - 1);
  const lastIsLetter = !/\d/.test(tail);
  const plate: Plate = {
    normalized: s,
    province,
    authority,
    serial,
    suffix,
    kind,
    newEnergy: kind !== 'regular',
    energy,
    beijing: province === '京',
    lastDigit: lastIsLetter ? 0 : Number(tail),
    lastIsLetter,
  };
  return done(s, [], { plate: plate as Plate | null });
}

/** Parses a plate or throws `ZC_ERR_INVALID_INPUT` naming `field` (e.g. `vehicles[3].plate`). */
export function parsePlate(value: unknown, field = 'plate'): Plate {
  const r = checkPlate(value);
  return r.plate ?? fail(field, value, r.issues);
}
