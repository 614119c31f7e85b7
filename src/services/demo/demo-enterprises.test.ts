/**
 * @module services/demo/demo-enterprises.test
 * The synthetic E-Town is deterministic, labelled, and internally consistent: valid unique credit
 * codes whose region matches the area, points inside their area's box, the promised proportions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ZhengceError } from '../../engine/errors.ts';
import { checkCreditCode } from '../../engine/identifiers.ts';
import { isCalendarDate } from '../../engine/period.ts';
import {
  DEMO_AREA_SHARES,
  type DemoEnterprise,
  generateDemoEnterprises,
  orgCodeCheck,
} from './demo-enterprises.ts';
import {
  DEMO_INDUSTRIES,
  DEMO_LABEL,
  ETDZ_60_BOX,
  INVESTOR_COUNTRIES,
  inBox,
  OUTSIDE_DISTRICTS,
  YIZHUANG_225_BOX,
} from './vocabulary.ts';

const DEFAULT = generateDemoEnterprises();
const OTHER = generateDemoEnterprises(500, 7);
const share = (list: readonly DemoEnterprise[], f: (e: DemoEnterprise) => boolean) =>
  list.filter(f).length / list.length;

describe('generateDemoEnterprises', () => {
  it('defaults to 300 enterprises and is deterministic for a seed', () => {
    assert.equal(DEFAULT.length, 300);
    assert.deepEqual(generateDemoEnterprises(), DEFAULT);
    assert.deepEqual(generateDemoEnterprises(300, 20231124), DEFAULT);
    assert.notDeepEqual(generateDemoEnterprises(300, 20231125), DEFAULT);
    assert.deepEqual(generateDemoEnterprises(0), []);
  });

  it('labels every enterprise as synthetic, in both languages', () => {
    assert.match(DEMO_LABEL.zh, /虚构/);
    assert.match(DEMO_LABEL.en, /synthetic/);
    for (const e of [...DEFAULT, ...OTHER]) {
      assert.equal(e.synthetic, true);
      assert.ok(e.name.startsWith('【演示】'), e.name);
      assert.ok(e.nameEn.startsWith('[DEMO] '), e.nameEn);
      assert.match(e.name, /(有限公司|股份有限公司)$/);
    }
  });

  it('gives valid, unique credit codes with E-Town region 110302 inside the new town', () => {
    for (const list of [DEFAULT, OTHER]) {
      assert.equal(new Set(list.map((e) => e.creditCode)).size, list.length);
      assert.equal(new Set(list.map((e) => e.name)).size, list.length);
      assert.equal(new Set(list.map((e) => e.id)).size, list.length);
      for (const e of list) {
        const r = checkCreditCode(e.creditCode);
        assert.ok(r.valid && r.checksumOk && r.issues.length === 0, e.creditCode);
        assert.equal(e.creditCode.slice(0, 2), '91');
        // The subject code (positions 9–17) carries its own GB 11714 check.
        assert.equal(orgCodeCheck(e.creditCode.slice(8, 16)), e.creditCode.charAt(16), e.creditCode);
        if (e.area === 'outside') assert.notEqual(r.regionCode, '110302');
        else assert.equal(r.regionCode, '110302');
      }
    }
  });

  it('spreads about 60% / 30% / 10% over etdz_60, yizhuang_225 and outside', () => {
    for (const list of [DEFAULT, OTHER]) {
      for (const [area, expected] of Object.entries(DEMO_AREA_SHARES)) {
        const actual = share(list, (e) => e.area === area);
        assert.ok(Math.abs(actual - expected) < 0.02, `${area}: ${actual}`);
      }
    }
  });

  it('places every enterprise inside its area box', () => {
    for (const e of [...DEFAULT, ...OTHER]) {
      if (e.area === 'etdz_60') assert.ok(inBox(ETDZ_60_BOX, e.location), e.id);
      else if (e.area === 'yizhuang_225') {
        assert.ok(inBox(YIZHUANG_225_BOX, e.location) && !inBox(ETDZ_60_BOX, e.location), e.id);
      } else {
        const district = OUTSIDE_DISTRICTS.find((d) => d.regionCode === e.creditCode.slice(2, 8));
        assert.ok(district, e.creditCode);
        assert.ok(inBox(district.box, e.location) && !inBox(YIZHUANG_225_BOX, e.location), e.id);
      }
    }
  });

  it('makes about 15% foreign-invested, each with an investor country, the rest with none', () => {
    const countries = new Set(INVESTOR_COUNTRIES.map((c) => c.code));
    for (const list of [DEFAULT, OTHER]) {
      assert.ok(Math.abs(share(list, (e) => e.foreignInvested) - 0.15) < 0.05);
      for (const e of list) {
        if (e.foreignInvested) assert.ok(e.investorCountry !== null && countries.has(e.investorCountry));
        else assert.equal(e.investorCountry, null);
      }
    }
  });

  it('keeps attributes consistent: industry, scale and employees, dates, SRDI only for SMEs', () => {
    const industries = new Map(DEMO_INDUSTRIES.map((i) => [i.code, i]));
    const bounds = { large: [1000, 6000], medium: [300, 999], small: [20, 299], micro: [3, 19] } as const;
    for (const e of [...DEFAULT, ...OTHER]) {
      assert.deepEqual(industries.get(e.industry.code)?.name, e.industry.name);
      const [lo, hi] = bounds[e.scale];
      assert.ok(e.employees >= lo && e.employees <= hi, `${e.id} ${e.scale} ${e.employees}`);
      assert.ok(
        isCalendarDate(e.registeredOn) && e.registeredOn >= '1992-04-01' && e.registeredOn <= '2023-10-31',
      );
      if (e.scale === 'large') assert.equal(e.flags.srdi, null);
      if (e.flags.performanceGrade !== null) assert.ok(industries.get(e.industry.code)?.graded);
    }
    // Every flag value appears somewhere, so demos can show each path.
    const all = [...DEFAULT, ...OTHER];
    for (const v of ['national_little_giant', 'beijing_srdi', null])
      assert.ok(all.some((e) => e.flags.srdi === v));
    for (const g of ['A', 'B', 'C', 'D', 'leading', 'non_leading', null]) {
      assert.ok(
        all.some((e) => e.flags.performanceGrade === g),
        String(g),
      );
    }
    assert.ok(all.some((e) => e.flags.highTech) && all.some((e) => !e.flags.highTech));
  });

  it('rejects a bad count or seed with ZC_ERR_INVALID_INPUT naming the field', () => {
    for (const [count, seed, field] of [
      [-1, 1, 'count'],
      [1.5, 1, 'count'],
      [20_001, 1, 'count'],
      [10, Number.NaN, 'seed'],
    ] as const) {
      try {
        generateDemoEnterprises(count, seed);
        assert.fail('expected a throw');
      } catch (e) {
        assert.ok(e instanceof ZhengceError);
        assert.equal(e.code, 'ZC_ERR_INVALID_INPUT');
        assert.equal(e.field, field);
      }
    }
  });
});

describe('orgCodeCheck (GB 11714)', () => {
  // 69600000: 6×3 + 9×7 + 6×9 + 0×10 + 0×5 + 0×8 + 0×4 + 0×2 = 135; 135 mod 11 = 3; 11 − 3 = 8.
  it('computes the organisation-code check character', () => {
    assert.equal(orgCodeCheck('69600000'), '8');
    // MA01XK2Q: M=22 A=10 0 1 X=33 K=20 2 Q=26 → 66+70+0+10+165+160+8+52 = 531; 531 mod 11 = 3 → 8.
    assert.equal(orgCodeCheck('MA01XK2Q'), '8');
  });
});
