/**
 * Every rule in the catalog, whatever its policy: its citations quote the gazette verbatim, inside
 * the clause they name; its id belongs to its policy; its window lies inside the policy's; its
 * facts schema compiles and describes every fact in both languages; and its examples evaluate,
 * with wording for every reason and step they produce.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ENGINE_MESSAGES, hasMessage } from '../engine/messages.ts';
import { validatorFor } from '../engine/rule.ts';
import { allRules, evaluate, findClause, fullText, getPolicy } from './index.ts';

const rules = allRules();

test('the catalog has rules, with unique ids', () => {
  assert.ok(rules.length > 0);
  assert.equal(new Set(rules.map((r) => r.id)).size, rules.length);
});

for (const rule of rules) {
  describe(rule.id, () => {
    const policy = getPolicy(rule.policyId);

    test('id is <policy-id>/<rule> of its own policy, and the policy lists it', () => {
      assert.ok(rule.id.startsWith(`${rule.policyId}/`));
      assert.ok(policy.rules.includes(rule));
    });

    test('every citation quotes the text of the clause it names, verbatim', () => {
      assert.ok(rule.citations.length > 0);
      for (const c of rule.citations) {
        assert.equal(c.policyId, rule.policyId);
        const clause = findClause(policy, c.clause);
        assert.ok(fullText(clause).includes(c.quote), `${c.clause}: quote not found verbatim`);
      }
    });

    test("its window lies inside the policy's", () => {
      assert.ok(rule.validity.from >= policy.validity.from);
      if (policy.validity.to !== undefined)
        assert.ok(rule.validity.to !== undefined && rule.validity.to <= policy.validity.to);
    });

    test('the facts schema compiles and every fact is described in English and Chinese', () => {
      validatorFor(rule.factsSchema);
      for (const [name, node] of Object.entries(rule.factsSchema.properties)) {
        assert.equal(typeof node.description, 'string', `${name} description`);
        assert.equal(typeof node['x-description-zh'], 'string', `${name} x-description-zh`);
      }
    });

    test('examples evaluate, and every code they produce has wording in both languages', () => {
      for (const ex of rule.examples ?? []) {
        const d = evaluate(rule.id, ex.facts, ex.asOf);
        for (const code of [...d.reasons.map((r) => r.code), ...d.trace.map((s) => s.code)]) {
          assert.ok(hasMessage(code, rule.messages, ENGINE_MESSAGES), `no wording for ${code}`);
          const m = rule.messages[code] ?? ENGINE_MESSAGES[code]!;
          assert.ok(m.zh.length > 0 && m.en.length > 0);
        }
      }
    });
  });
}
