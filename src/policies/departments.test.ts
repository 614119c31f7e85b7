/**
 * @module policies/departments.test
 * The register against the gazette: every name as the cited document writes it, the 17 command
 * members exactly as 29号 一（二） lists them, the issuers of 1309号 and 1336号 exactly as their
 * headers list them. Reads the documents' verbatim text from the catalog (src/policies/<id>/text.ts,
 * imported from the gazette by scripts/import-gazette.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ZhengceError } from '../engine/errors.ts';
import {
  DEPARTMENTS,
  findDepartmentByName,
  getDepartment,
  POLLUTION_COMMAND_CLAUSE,
  POLLUTION_COMMAND_MEMBERS,
} from './departments.ts';
import { getPolicy } from './index.ts';

/** The document's text with all whitespace removed (as the catalog holds it, verbatim). */
function gazette(policyId: string): string {
  return getPolicy(policyId).text.replace(/\s+/g, '');
}
/** The issuing-authority lines above a circular's title. */
function headerLines(policyId: string): string[] {
  const raw = getPolicy(policyId).text;
  return raw
    .slice(0, raw.indexOf('关于'))
    .split('\n')
    .map((l) => l.replace(/[\s*]/g, ''))
    .filter((l) => l !== '');
}
const issuedBy = (policyId: string) =>
  DEPARTMENTS.filter((d) => d.sources.some((s) => s.policyId === policyId && s.clause === '通知'));

describe('departments register', () => {
  it('has unique kebab-case codes and unique Chinese names', () => {
    const codes = DEPARTMENTS.map((d) => d.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.match(c, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    const names = DEPARTMENTS.map((d) => d.name.zh);
    assert.equal(new Set(names).size, names.length);
  });

  it('names every unit verbatim as each cited document writes it', () => {
    for (const d of DEPARTMENTS) {
      assert.ok(d.sources.length > 0, d.code);
      for (const s of d.sources) {
        const wording = s.as ?? d.name.zh;
        assert.ok(gazette(s.policyId).includes(wording), `${d.code}: "${wording}" not in ${s.policyId}`);
      }
    }
  });

  it('has exactly the 17 member units of 29号 一（二）, in its order', () => {
    const text = gazette(POLLUTION_COMMAND_CLAUSE.policyId);
    const m = /指挥部成员单位由(.+?)组成/.exec(text);
    assert.ok(m?.[1], 'member clause not found in 29号');
    const listed = m[1].split('、');
    assert.equal(listed.length, 17);
    assert.equal(POLLUTION_COMMAND_MEMBERS.length, 17);
    assert.deepEqual(
      POLLUTION_COMMAND_MEMBERS.map((d) => d.name.zh),
      listed,
    );
    assert.ok(POLLUTION_COMMAND_MEMBERS.every((d) => d.pollutionCommandMember));
    assert.equal(DEPARTMENTS.filter((d) => d.pollutionCommandMember).length, 17);
  });

  it('cites 29号 附件3 sections whose headings name the unit', () => {
    const text = gazette('jingjiguanfa-2023-29');
    const annex3 = text.slice(text.lastIndexOf('附件3'));
    let checked = 0;
    for (const d of DEPARTMENTS) {
      for (const s of d.sources) {
        const m = /^附件3 ([一二三四五六七八九十]+)$/.exec(s.clause);
        if (s.policyId !== 'jingjiguanfa-2023-29' || !m || s.as !== undefined) continue;
        assert.ok(annex3.includes(`${m[1]}、${d.name.zh}`), `${d.code}: 附件3 ${m[1]}`);
        checked++;
      }
    }
    assert.equal(checked, 11); // 附件3 一 to 十一; 十二 is 各属地街镇
  });

  it('has the ten issuers of 1309号 and the eleven of 1336号, as their headers list them', () => {
    for (const [policyId, count] of [
      ['jingfagai-2023-1309', 10],
      ['jingfagai-2023-1336', 11],
    ] as const) {
      const header = headerLines(policyId);
      assert.equal(header.length, count, `${policyId} header`);
      assert.deepEqual(
        issuedBy(policyId)
          .map((d) => d.name.zh)
          .sort(),
        [...header].sort(),
      );
      assert.ok(issuedBy(policyId).every((d) => d.kind === 'municipal'));
    }
    const e = issuedBy('jingjiguanfa-2023-31');
    assert.deepEqual(
      e.map((d) => d.code),
      ['etdz-administrative-committee'],
    );
  });

  it('records the short names 1309号 七（一） gives its issuers', () => {
    const text = gazette('jingfagai-2023-1309');
    const clause = text.slice(text.indexOf('明确职责分工'), text.indexOf('落实政策要求'));
    assert.ok(clause.length > 100);
    for (const d of issuedBy('jingfagai-2023-1309')) {
      const short = d.sources.find((s) => s.clause === '七（一）')?.as;
      assert.ok(short && clause.includes(short), `${d.code}: ${short}`);
    }
    assert.equal(findDepartmentByName('市发展改革委')?.code, 'beijing-development-reform');
    assert.equal(findDepartmentByName('市科委中关村管委会')?.code, 'beijing-science-zgc');
  });

  it('includes the E-Town bureaus the measures assign', () => {
    const expect: Record<string, string> = {
      'city-operations': '城市运行局',
      'economic-development': '经济发展局',
      'development-construction': '开发建设局',
      'sci-tech-innovation': '科技创新局',
      'business-cooperation': '营商合作局',
      'commerce-finance': '商务金融局',
      'organization-personnel': '组织人事部',
    };
    for (const [code, zh] of Object.entries(expect)) {
      assert.equal(getDepartment(code).name.zh, zh);
      assert.equal(getDepartment(code).kind, 'etdz-bureau');
    }
    // There is no E-Town 生态环境 bureau in the texts; the municipal bureau and the ministry are named.
    assert.equal(getDepartment('beijing-ecology-environment').name.zh, '北京市生态环境局');
    assert.equal(getDepartment('ministry-ecology-environment').name.zh, '生态环境部');
    assert.equal(findDepartmentByName('工委宣传部')?.code, 'publicity-culture');
  });

  it('keeps group mentions out of aliases', () => {
    assert.equal(findDepartmentByName('各属地街镇'), undefined);
    const street = getDepartment('taihu-town');
    assert.equal(street.kind, 'street');
    assert.deepEqual(street.aliases, []);
    assert.ok(street.sources.some((s) => s.collective === true && s.as === '各属地街镇'));
  });

  it('getDepartment throws ZC_ERR_NOT_FOUND naming the field department', () => {
    try {
      getDepartment('no-such-bureau');
      assert.fail('expected a throw');
    } catch (e) {
      assert.ok(e instanceof ZhengceError);
      assert.equal(e.code, 'ZC_ERR_NOT_FOUND');
      assert.equal(e.field, 'department');
      assert.equal(e.value, 'no-such-bureau');
      assert.match(e.messageZh ?? '', /不是已知的部门代码/);
    }
  });
});
