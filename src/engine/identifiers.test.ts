/**
 * @module engine/identifiers.test
 * Known-good values are worked out by hand below (weighted sums shown), so a regression in the
 * weights, the character values or the modulus shows up as a concrete wrong check character.
 * All codes and numbers here are fictitious.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ZhengceError } from './errors.ts';
import {
  CREDIT_CODE_CHARSET,
  checkBankCard,
  checkCreditCode,
  checkMobilePhone,
  checkPlate,
  checkResidentId,
  creditCodeCheckChar,
  IDENTIFIER_MESSAGES,
  luhnOk,
  maskBankCard,
  maskPhone,
  maskResidentId,
  parseCreditCode,
  parsePlate,
  parseResidentId,
  residentIdCheckChar,
} from './identifiers.ts';
import type { CalendarDate } from './period.ts';

const d = (s: string) => s as CalendarDate;
const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);

function thrown(fn: () => unknown): ZhengceError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof ZhengceError);
    return e;
  }
  assert.fail('expected a ZhengceError');
}

describe('Unified Social Credit Code (GB 32100-2015)', () => {
  // 91110302MA01XK2Q5 — values 9 1 1 1 0 3 0 2 M=21 A=10 0 1 X=29 K=19 2 Q=24 5:
  // 9×1 + 1×3 + 1×9 + 1×27 + 0×19 + 3×26 + 0×16 + 2×17 + 21×20 + 10×29 + 0×25 + 1×13 + 29×8
  //   + 19×24 + 2×10 + 24×30 + 5×28 = 2451; 2451 mod 31 = 2; (31 − 2) mod 31 = 29 → 'X'.
  const etown = '91110302MA01XK2Q5X';
  // 12110000400759117: Σ = 706; 706 mod 31 = 24; 31 − 24 = 7 → '7' (a 机关 code).
  const organ = '121100004007591177';

  it('computes the check character from the weighted sum', () => {
    assert.equal(CREDIT_CODE_CHARSET.length, 31);
    assert.equal(creditCodeCheckChar('91110302MA01XK2Q5'), 'X');
    assert.equal(creditCodeCheckChar('12110000400759117'), '7');
  });

  it('accepts a well-formed E-Town code and reports region 110302 without checking GB/T 2260', () => {
    const r = checkCreditCode(etown);
    assert.equal(r.valid, true);
    assert.equal(r.checksumOk, true);
    assert.deepEqual(r.issues, []);
    assert.equal(r.regionCode, '110302');
    assert.equal(checkCreditCode(organ).valid, true);
  });

  it('normalises lower case, full-width characters, blanks and hyphens', () => {
    assert.equal(checkCreditCode(' 91110302ma01xk2q5x ').normalized, etown);
    assert.equal(checkCreditCode('９１１１０３０２ＭＡ０１ＸＫ２Ｑ５Ｘ').normalized, etown);
    assert.equal(checkCreditCode('911103-02MA01 XK2Q5X').valid, true);
  });

  it('treats a wrong check character as a warning an administrator may override', () => {
    const r = checkCreditCode('91110302MA01XK2Q5Y');
    assert.equal(r.valid, true);
    assert.equal(r.checksumOk, false);
    assert.deepEqual(codes(r), ['credit_code.checksum']);
    assert.equal(r.issues[0]?.severity, 'warning');
    assert.match(r.issues[0]?.message.zh ?? '', /应为“X”/);
    assert.equal(parseCreditCode('91110302MA01XK2Q5Y').checksumOk, false);
  });

  it('rejects a wrong length or a character outside the charset as errors', () => {
    assert.deepEqual(codes(checkCreditCode('91110302MA01XK2Q5')), ['credit_code.length']);
    assert.deepEqual(codes(checkCreditCode('')), ['credit_code.length']);
    assert.deepEqual(codes(checkCreditCode(null)), ['credit_code.length']);
    const r = checkCreditCode('91110302MAO1XK2Q5X'); // letter O for zero
    assert.deepEqual(codes(r), ['credit_code.character']);
    assert.equal(r.issues[0]?.params.position, 11);
    for (const c of 'IOSVZ') assert.equal(checkCreditCode(`9111030${c}MA01XK2Q5X`).valid, false);
  });

  it('checks the registration authority and, for 1, 5 and 9, the institution type', () => {
    const withHead = (head: string) => {
      const first17 = `${head}110302MA01XK2Q5`;
      return checkCreditCode(first17 + creditCodeCheckChar(first17));
    };
    for (const ok of [
      '11',
      '12',
      '13',
      '19',
      '51',
      '52',
      '53',
      '59',
      '91',
      '92',
      '93',
      'Y1',
      '31',
      '81',
      'N2',
    ]) {
      assert.equal(withHead(ok).valid, true, ok);
    }
    assert.deepEqual(codes(withHead('B1')), ['credit_code.authority']);
    assert.deepEqual(codes(withHead('01')), ['credit_code.authority']);
    assert.deepEqual(codes(withHead('94')), ['credit_code.type']);
    assert.deepEqual(codes(withHead('54')), ['credit_code.type']);
    assert.deepEqual(codes(withHead('15')), ['credit_code.type']);
  });

  it('requires digits in positions 3–8', () => {
    const first17 = '911A0302MA01XK2Q5';
    assert.deepEqual(codes(checkCreditCode(first17 + creditCodeCheckChar(first17))), ['credit_code.region']);
  });

  it('parseCreditCode throws ZC_ERR_INVALID_INPUT naming the field, value and reason in en and zh', () => {
    const e = thrown(() => parseCreditCode('91110302', 'enterprise.creditCode'));
    assert.equal(e.code, 'ZC_ERR_INVALID_INPUT');
    assert.equal(e.field, 'enterprise.creditCode');
    assert.equal(e.value, '91110302');
    assert.match(e.message, /enterprise\.creditCode: "91110302" must have 18 characters, has 8/);
    assert.match(e.messageZh ?? '', /应为 18 位，实为 8 位/);
    assert.equal(thrown(() => creditCodeCheckChar('123')).field, 'first17');
  });
});

describe('Resident ID (GB 11643-1999)', () => {
  // 11010519491231002X, the standard's own example:
  // 1×7 + 1×9 + 0×10 + 1×5 + 0×8 + 5×4 + 1×2 + 9×1 + 4×6 + 9×3 + 1×7 + 2×9 + 3×10 + 1×5 + 0×8
  //   + 0×4 + 2×2 = 167; 167 mod 11 = 2; '10X98765432'[2] = 'X'.
  // 11010120000229123 (born on a leap day): Σ = 134; 134 mod 11 = 2 → 'X'.
  it('computes the check character', () => {
    assert.equal(residentIdCheckChar('11010519491231002'), 'X');
    assert.equal(residentIdCheckChar('11010120000229123'), 'X');
  });

  it('accepts a valid number, reading birth date and sex; lower-case x is normalised', () => {
    const r = checkResidentId('11010519491231002x', d('2024-01-01'));
    assert.equal(r.valid, true);
    assert.equal(r.normalized, '11010519491231002X');
    assert.equal(r.birthDate, '1949-12-31');
    assert.equal(r.sex, 'female'); // position 17 is 2
    assert.equal(checkResidentId('11010120000229123X').sex, 'male');
  });

  it('rejects a bad check character as an error (unlike credit codes)', () => {
    const r = checkResidentId('110105194912310021');
    assert.equal(r.valid, false);
    assert.deepEqual(codes(r), ['resident_id.checksum']);
    assert.equal(r.issues[0]?.severity, 'error');
  });

  it('rejects a birth date that does not exist (1999-02-30, 2001-02-29)', () => {
    // 11010519990230001 → check '5', so only the date is at fault.
    assert.equal(residentIdCheckChar('11010519990230001'), '5');
    assert.deepEqual(codes(checkResidentId('110105199902300015')), ['resident_id.birth_date']);
    const f = '11010120010229123';
    assert.deepEqual(codes(checkResidentId(f + residentIdCheckChar(f))), ['resident_id.birth_date']);
  });

  it('rejects a birth date after the as-of date, and only when an as-of date is given', () => {
    const f = '11010120240315123';
    const id = f + residentIdCheckChar(f);
    assert.deepEqual(codes(checkResidentId(id, d('2024-03-14'))), ['resident_id.birth_future']);
    assert.equal(checkResidentId(id, d('2024-03-15')).valid, true);
    assert.equal(checkResidentId(id).valid, true);
  });

  it('rejects 15-digit numbers and stray characters', () => {
    assert.deepEqual(codes(checkResidentId('110105491231002')), ['resident_id.length']);
    assert.deepEqual(codes(checkResidentId('1101051949123100XX')), ['resident_id.character']);
  });

  it('parseResidentId throws with the field and only a masked value', () => {
    const e = thrown(() => parseResidentId('110105194912310021', 'workers[2].residentId'));
    assert.equal(e.field, 'workers[2].residentId');
    assert.equal(e.value, '110105********0021');
    assert.doesNotMatch(e.message, /110105194912310021/);
  });

  it('masks all but the first 6 and last 4 characters', () => {
    assert.equal(maskResidentId('11010120000229123x'), '110101********123X');
    assert.equal(maskResidentId('123'), '***');
  });
});

describe('bank cards and mobile numbers', () => {
  // 6228480402564890018: from the right, odd places 8+0+9+4+5+2+0+8+2+6 = 44, even places doubled
  // 1→2, 0→0, 8→16→7, 6→12→3, 4→8, 0→0, 4→8, 2→4, 2→4 = 36; 44 + 36 = 80 ≡ 0 (mod 10).
  it('runs the Luhn check', () => {
    assert.equal(luhnOk('6228480402564890018'), true);
    assert.equal(luhnOk('6228 4804 0256 4890 018'), true);
    assert.equal(luhnOk('6228480402564890017'), false);
    assert.equal(luhnOk('abc'), false);
  });

  it('treats a Luhn failure as a warning and a bad length as an error', () => {
    assert.deepEqual(checkBankCard('6228480402564890018').issues, []);
    const w = checkBankCard('6228480402564890017');
    assert.equal(w.valid, true);
    assert.deepEqual(codes(w), ['bank_card.luhn']);
    assert.equal(w.issues[0]?.severity, 'warning');
    assert.deepEqual(codes(checkBankCard('12345678901')), ['bank_card.format']);
    assert.deepEqual(codes(checkBankCard('62284804025648900181')), ['bank_card.format']);
  });

  it('masks a card down to its last four digits', () => {
    assert.equal(maskBankCard('6228 4804 0256 4891 234'), '**** **** **** 1234');
    assert.equal(maskBankCard('12'), '****');
  });

  it('checks and masks mainland mobile numbers', () => {
    assert.equal(checkMobilePhone('13812345678').valid, true);
    assert.equal(checkMobilePhone('+86 138-1234-5678').normalized, '13812345678');
    assert.equal(checkMobilePhone('0086 19912345678').valid, true);
    assert.deepEqual(codes(checkMobilePhone('12812345678')), ['mobile.format']);
    assert.deepEqual(codes(checkMobilePhone('1381234567')), ['mobile.format']);
    assert.equal(maskPhone('13812345678'), '138****5678');
    assert.equal(maskPhone('+86 138 1234 5678'), '138****5678');
  });
});

describe('vehicle plates (GA 36-2018)', () => {
  it('parses a regular Beijing plate and its tail number', () => {
    const p = parsePlate('京A12345');
    assert.deepEqual(
      [p.province, p.authority, p.serial, p.kind, p.newEnergy, p.energy, p.beijing, p.lastDigit],
      ['京', 'A', '12345', 'regular', false, null, true, 5],
    );
    assert.equal(parsePlate('津B2C8D7').beijing, false);
  });

  it('normalises separators, blanks and lower case', () => {
    assert.equal(parsePlate(' 京·a 1234-5 ').normalized, '京A12345');
    assert.equal(parsePlate('京ＡＤ１２３４５').normalized, '京AD12345');
  });

  it('counts a plate ending in a letter as tail number 0 (D-29-4)', () => {
    const p = parsePlate('京N2345K');
    assert.equal(p.lastIsLetter, true);
    assert.equal(p.lastDigit, 0);
  });

  it('reads a small new-energy plate: D/F first in the serial', () => {
    const d1 = parsePlate('京AD12345');
    assert.deepEqual([d1.kind, d1.energy, d1.lastDigit], ['new_energy_small', 'pure_electric', 5]);
    const f1 = parsePlate('京AFB3479');
    assert.deepEqual([f1.kind, f1.energy, f1.lastDigit], ['new_energy_small', 'other_new_energy', 9]);
  });

  it('reads a large new-energy plate: D/F last, so its tail number is 0', () => {
    const p = parsePlate('京A12345F');
    assert.deepEqual(
      [p.kind, p.energy, p.lastIsLetter, p.lastDigit],
      ['new_energy_large', 'other_new_energy', true, 0],
    );
    assert.equal(parsePlate('京A12345D').energy, 'pure_electric');
  });

  it('reads driving-school (学) and other suffixed plates by the serial before the suffix', () => {
    const p = parsePlate('京A1234学');
    assert.deepEqual([p.serial, p.suffix, p.lastDigit, p.kind], ['1234', '学', 4, 'regular']);
  });

  it('rejects malformed plates with a coded reason', () => {
    assert.deepEqual(codes(checkPlate('A12345')), ['plate.province']);
    assert.deepEqual(codes(checkPlate('')), ['plate.province']);
    assert.deepEqual(codes(checkPlate('京112345')), ['plate.authority']);
    assert.deepEqual(codes(checkPlate('京AI2345')), ['plate.serial']);
    assert.deepEqual(codes(checkPlate('京A1234')), ['plate.length']);
    assert.deepEqual(codes(checkPlate('京AX12345')), ['plate.new_energy']);
    assert.deepEqual(codes(checkPlate('京AD1234D')), ['plate.new_energy']);
  });

  it('parsePlate throws ZC_ERR_INVALID_INPUT naming the field', () => {
    const e = thrown(() => parsePlate('京A1234', 'vehicles[0].plate'));
    assert.equal(e.code, 'ZC_ERR_INVALID_INPUT');
    assert.equal(e.field, 'vehicles[0].plate');
    assert.equal(e.value, '京A1234');
    assert.match(e.messageZh ?? '', /号牌应为 7 位/);
  });
});

describe('messages', () => {
  it('every issue code has wording in both languages with no unfilled placeholder', () => {
    const samples = [
      checkCreditCode('x'),
      checkCreditCode('91110302MAO1XK2Q5X'),
      checkCreditCode('B1110302MA01XK2Q5X'),
      checkCreditCode('94110302MA01XK2Q5X'),
      checkCreditCode('91110302MA01XK2Q5Y'),
      checkResidentId('1'),
      checkResidentId('110105199902300015'),
      checkBankCard('1'),
      checkMobilePhone('1'),
      checkPlate('京A1234'),
      checkPlate('京AX12345'),
    ];
    for (const r of samples) {
      for (const i of r.issues) {
        assert.ok(IDENTIFIER_MESSAGES[i.code], i.code);
        assert.doesNotMatch(i.message.zh + i.message.en, /\{\w+\}/, i.code);
      }
    }
  });
});
