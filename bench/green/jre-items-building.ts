/**
 * @module bench/green/jre-items-building
 * 31号 items 23 (green buildings, two cases, 500万 cap) and 24 (public-building retrofits: converted
 * area, 10 元/m², 50% of the investment with the municipal award) for json-rules-engine; see
 * jre-items for the others and jre-common for how an item is written.
 */
import { cmpDec, dec, divFloorPositive, divHalfUp, fenOf } from './decimal.ts';
import { areasFor, commonChecks, decimal, isIn, isTrue, type JreItem, projectChecks } from './jre-common.ts';

const num = (x: bigint | null): number | null => (x === null ? null : Number(x));
/** The smallest of some bigints (Math.min does not take them). */
function min(...xs: bigint[]): bigint {
  let m = xs[0]!;
  for (const x of xs) if (x < m) m = x;
  return m;
}

const CAP_500_WAN_FEN = 500_000_000n;

export const JRE_ITEM23: JreItem = {
  checks: [
    isIn('municipalGreenBuildingAward', ['jingjianfa_2020_4', 'jingjianfa_2023_191']),
    decimal('implementedAreaM2', 'gt', '0'),
    {
      pass: {
        any: [
          { fact: 'municipalGreenBuildingAward', operator: 'notEqual', value: 'jingjianfa_2020_4' },
          { fact: 'starRating', operator: 'in', value: ['two_star', 'three_star'] },
        ],
      },
      fail: {
        all: [
          { fact: 'municipalGreenBuildingAward', operator: 'equal', value: 'jingjianfa_2020_4' },
          { fact: 'starRating', operator: 'in', value: ['none', 'one_star'] },
        ],
      },
    },
    {
      pass: {
        any: [
          { fact: 'municipalGreenBuildingAward', operator: 'notEqual', value: 'jingjianfa_2023_191' },
          { fact: 'municipalAwardYuan', operator: 'decimalGt', value: '0' },
        ],
      },
      fail: {
        all: [
          { fact: 'municipalGreenBuildingAward', operator: 'equal', value: 'jingjianfa_2023_191' },
          { fact: 'municipalAwardYuan', operator: 'decimalLte', value: '0' },
        ],
      },
    },
    isIn('projectLocation', areasFor(23)),
    ...commonChecks(23),
    ...projectChecks(false),
  ],
  facts: {
    amountFen: async (read) => {
      const area = dec(await read('implementedAreaM2'));
      const areaDen = 10n ** BigInt(area.scale);
      const scheme = await read('municipalGreenBuildingAward');
      if (scheme === 'jingjianfa_2020_4') {
        const rating = await read('starRating');
        if (rating !== 'two_star' && rating !== 'three_star') return null;
        const perM2Fen = rating === 'three_star' ? 8_000n : 5_000n;
        return num(min(divHalfUp(area.n * perM2Fen, areaDen), CAP_500_WAN_FEN));
      }
      if (scheme === 'jingjianfa_2023_191') {
        const municipal = await read('municipalAwardYuan');
        if (municipal === undefined) return null;
        return num(min(fenOf(municipal), divFloorPositive(area.n * 6_000n, areaDen), CAP_500_WAN_FEN));
      }
      return null;
    },
  },
};

/** Target and floor saving rates (%) of ordinary and large public buildings. */
const RATES_24: Record<string, [string, string]> = { ordinary: ['15', '10'], large: ['20', '15'] };

export const JRE_ITEM24: JreItem = {
  checks: [
    isTrue('publicBuilding'),
    decimal('singleBuildingAreaM2', 'gte', '3000'),
    {
      pass: {
        all: [
          { fact: 'municipalRetrofitAwardReceived', operator: 'equal', value: true },
          { fact: 'municipalAwardYuan', operator: 'decimalGt', value: '0' },
        ],
      },
      fail: {
        any: [
          { fact: 'municipalRetrofitAwardReceived', operator: 'equal', value: false },
          { fact: 'municipalAwardYuan', operator: 'decimalLte', value: '0' },
        ],
      },
    },
    isTrue('comprehensiveAcceptancePassed'),
    isTrue('inMunicipalProjectLibrary'),
    {
      pass: {
        any: [
          { fact: 'projectLocation', operator: 'notEqual', value: 'yizhuang_225' },
          { fact: 'reviewedByEtownBeforeSubmission', operator: 'equal', value: true },
        ],
      },
      fail: {
        all: [
          { fact: 'projectLocation', operator: 'equal', value: 'yizhuang_225' },
          { fact: 'reviewedByEtownBeforeSubmission', operator: 'equal', value: false },
        ],
      },
    },
    isIn('savingRateBand', ['meets', 'converted']),
    {
      pass: {
        any: [
          { fact: 'savingRateBand', operator: 'equal', value: 'below' },
          { fact: 'amountFen', operator: 'greaterThan', value: 0 },
        ],
      },
      fail: {
        all: [
          { fact: 'savingRateBand', operator: 'in', value: ['meets', 'converted'] },
          { fact: 'amountFen', operator: 'equal', value: 0 },
        ],
      },
    },
    isIn('projectLocation', areasFor(24)),
    ...commonChecks(24),
    ...projectChecks(false),
  ],
  facts: {
    savingRateBand: async (read) => {
      const [target, floor] = RATES_24[(await read('buildingClass')) as string]!;
      const rate = dec(await read('energySavingRatePercent'));
      // "不低于" the target, inclusive; "大于" the floor, exclusive.
      if (cmpDec(rate, dec(target)) >= 0) return 'meets';
      return cmpDec(rate, dec(floor)) > 0 ? 'converted' : 'below';
    },
    amountFen: async (read) => {
      const band = await read('savingRateBand');
      if (band === 'below') return null;
      const [target] = RATES_24[(await read('buildingClass')) as string]!;
      const municipal = fenOf(await read('municipalAwardYuan'));
      const investment = fenOf(await read('totalInvestmentIncludingTax'));
      const base = dec(await read('baseAreaM2'));
      const rate = dec(await read('energySavingRatePercent'));
      // 10 元/m² × area counted, area = base (target met) or base × rate / target (折算面积), floor.
      const perM2Cap =
        band === 'meets'
          ? divFloorPositive(base.n * 1_000n, 10n ** BigInt(base.scale))
          : divFloorPositive(
              base.n * rate.n * 1_000n,
              10n ** BigInt(base.scale + rate.scale) * BigInt(target),
            );
      const matched = divHalfUp(municipal, 2n); // 1 : 0.5
      const room = divFloorPositive(investment - 2n * municipal, 2n); // 50% × investment − municipal
      return num(min(matched, perM2Cap, room));
    },
  },
};
