/**
 * @module cli/commands/catalog
 * `policies`, `policy`, `rules`, `schema` and `evaluate`: the catalog and the engine, no database.
 */
import type { Command } from 'commander';
import type { DecisionJson } from '../../engine/decision.ts';
import { ZhengceError } from '../../engine/errors.ts';
import type { Locale } from '../../engine/messages.ts';
import { formatValidity, parseCalendarDate } from '../../engine/period.ts';
import type { ClauseNode } from '../../policies/types.ts';
import { systemActor } from '../../services/accounts/actor.ts';
import {
  evaluateRuleView,
  listPolicies,
  listRules,
  showClause,
  showPolicy,
  showRule,
} from '../../services/catalog/index.ts';
import { answerJsonLines, asOfOption, type CliIo, EXIT_OK, out, outJson, readJson } from '../io.ts';
import type { RunState } from '../main.ts';
import { renderTable } from '../table.ts';
import { run } from './run.ts';

const CLI = systemActor('cli');

function lang(v: string | undefined): Locale {
  if (v === undefined || v === 'zh' || v === 'zh-CN') return 'zh-CN';
  if (v === 'en') return 'en';
  throw new ZhengceError('ZC_ERR_INVALID_INPUT', `--lang: ${JSON.stringify(v)} must be zh or en`, {
    field: 'lang',
    value: v,
    messageZh: `--lang：${JSON.stringify(v)} 须为 zh 或 en`,
  });
}

export function catalogCommands(program: Command, io: CliIo, state: RunState): void {
  program
    .command('policies')
    .description('List the seven policies with their status as of a date / 列出政策及其状态')
    .option('--as-of <date>', 'as-of date YYYY-MM-DD (default today, Asia/Shanghai)')
    .option('--status <status>', 'only in_force | not_yet | expired | repealed')
    .option('-q, --query <text>', 'search titles, numbers and clause text')
    .option('--json', 'one JSON document')
    .action((o: { asOf?: string; status?: string; query?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () => {
        const asOf = asOfOption(io, o.asOf);
        const status = o.status;
        if (status !== undefined && !['in_force', 'not_yet', 'expired', 'repealed'].includes(status)) {
          throw new ZhengceError(
            'ZC_ERR_INVALID_INPUT',
            `--status: ${JSON.stringify(status)} must be in_force, not_yet, expired or repealed`,
            {
              field: 'status',
              value: status,
              messageZh: `--status：${JSON.stringify(status)} 须为 in_force、not_yet、expired 或 repealed`,
            },
          );
        }
        const policies = listPolicies(CLI, asOf, {
          ...(o.query === undefined ? {} : { q: o.query }),
          ...(status === undefined ? {} : { status: status as 'in_force' }),
        });
        if (o.json) outJson(io, { asOf, policies });
        else {
          out(io, `As of ${asOf} (Asia/Shanghai) / 截至 ${asOf}`);
          out(
            io,
            renderTable(
              ['ID', '文号 Number', '状态 Status', '有效期 Validity', '规则 Rules', '标题 Title'],
              policies.map((p) => [
                p.id,
                p.number,
                `${p.statusLabel.zh} ${p.statusLabel.en}`,
                formatValidity(p.validity),
                String(p.ruleCount),
                p.measureTitle?.zh ?? p.title.zh,
              ]),
            ),
          );
        }
        return EXIT_OK;
      }),
    );

  program
    .command('policy <id>')
    .description('Show one policy: metadata and clause outline, or one clause / 显示政策及条款')
    .option('--as-of <date>', 'as-of date for the status')
    .option(
      '--clause <ref>',
      'one clause, by outline path (第一章/一/（十三）) or citation (第一章 一（十三）)',
    )
    .option('--json', 'one JSON document')
    .action((id: string, o: { asOf?: string; clause?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () => {
        const asOf = asOfOption(io, o.asOf);
        if (o.clause !== undefined) {
          const c = showClause(CLI, id, o.clause);
          if (o.json) outJson(io, c);
          else out(io, renderClauseText(c.clause));
          return EXIT_OK;
        }
        const p = showPolicy(CLI, id, asOf);
        if (o.json) {
          outJson(io, { asOf, ...p });
          return EXIT_OK;
        }
        out(
          io,
          [
            `${p.number}  ${p.numberEn}`,
            p.title.zh,
            p.title.en,
            `状态 Status (${asOf}): ${p.statusLabel.zh} / ${p.statusLabel.en}`,
            `有效期 Validity: ${formatValidity(p.validity)}  — ${p.validityNote.zh}`,
            `发文 Issuers: ${p.issuers.map((i) => i.zh).join('、')}`,
            `签发 Signed: ${p.signedOn}   公报页码 Gazette page: ${p.gazettePage}`,
            ...(p.repeals.length ? [`废止 Repeals: ${p.repeals.map((r) => r.number).join('、')}`] : []),
            '',
            '条款 Outline:',
            ...outlineLines(p.outline, 1),
            ...(p.rules.length
              ? ['', '规则 Rules:', ...p.rules.map((r) => `  ${r.id}  ${r.title.zh} / ${r.title.en}`)]
              : []),
          ].join('\n'),
        );
        return EXIT_OK;
      }),
    );

  program
    .command('rules')
    .description('List rules with citations and validity / 列出规则')
    .option('--policy <id>', 'only the rules of one policy')
    .option('--json', 'one JSON document')
    .action((o: { policy?: string; json?: boolean }) =>
      run(io, state, o.json ? 'json' : 'text', () => {
        const rules = listRules(CLI, o.policy);
        if (o.json) outJson(io, { rules });
        else
          out(
            io,
            renderTable(
              ['Rule', '标题 Title', '条款 Clause', '有效期 Validity', '免申即享'],
              rules.map((r) => [
                r.id,
                r.title.zh,
                [...new Set(r.citations.map((c) => c.clause))].join('; '),
                formatValidity(r.validity),
                r.noApplication ? '是 yes' : '否 no',
              ]),
            ),
          );
        return EXIT_OK;
      }),
    );

  program
    .command('schema <ruleId>')
    .description("Print a rule's facts JSON Schema / 输出规则的事实格式")
    .option('--json', 'one JSON document (the default)')
    .action((ruleId: string) =>
      run(io, state, 'json', () => {
        outJson(io, showRule(CLI, ruleId).factsSchema);
        return EXIT_OK;
      }),
    );

  program
    .command('evaluate <ruleId>')
    .description('Evaluate a rule on facts (JSON on stdin) as of a date / 按事实计算规则')
    .option('--as-of <date>', 'the date of the facts (default today, Asia/Shanghai)')
    .option('--json', 'one JSON document')
    .option('--jsonl', 'one JSON object of facts per input line, one decision per output line')
    .option('--lang <lang>', 'zh or en for the text output', 'zh')
    .action((ruleId: string, o: { asOf?: string; json?: boolean; jsonl?: boolean; lang?: string }) =>
      run(io, state, o.jsonl ? 'jsonl' : o.json ? 'json' : 'text', async () => {
        const asOf = asOfOption(io, o.asOf);
        const locale = lang(o.lang);
        showRule(CLI, ruleId); // an unknown rule fails before reading stdin
        if (o.jsonl) return evaluateLines(io, ruleId, asOf);
        const facts = await readJson(io);
        const d = evaluateRuleView(CLI, ruleId, facts, asOf);
        if (o.json) outJson(io, d);
        else out(io, renderDecision(d, locale));
        return EXIT_OK;
      }),
    );
}

/** `--jsonl`: each line is `{...facts}` or `{"asOf":…, "facts":{…}}`; bad lines answer with their error. */
function evaluateLines(io: CliIo, ruleId: string, asOf: ReturnType<typeof asOfOption>): Promise<number> {
  return answerJsonLines(io, (v, line) => {
    const w =
      v !== null && typeof v === 'object' && 'facts' in v ? (v as { facts: unknown; asOf?: unknown }) : null;
    const facts = w ? w.facts : v;
    const at = w && w.asOf !== undefined ? parseCalendarDate(w.asOf, `stdin:${line}.asOf`) : asOf;
    return evaluateRuleView(CLI, ruleId, facts, at);
  });
}

function outlineLines(nodes: readonly ClauseNode[], depth: number): string[] {
  return nodes.flatMap((n) => [
    `${'  '.repeat(depth)}${n.label}${n.heading ? ` ${n.heading}` : ''}`,
    ...(depth < 3 ? outlineLines(n.children, depth + 1) : []),
  ]);
}

function renderClauseText(n: ClauseNode): string {
  return [n.text, ...n.children.map(renderClauseText)].join('\n');
}

const MARK = { true: '✓', false: '✗', null: '?' } as const;

/** A decision as text in one language. */
export function renderDecision(d: DecisionJson, locale: Locale): string {
  const pick = (b: { zh: string; en: string }) => (locale === 'en' ? b.en : b.zh);
  const lines = [
    `${d.ruleId}  (${locale === 'en' ? 'as of' : '截至'} ${d.asOf})`,
    `${locale === 'en' ? 'Outcome' : '结论'}: ${pick(d.outcomeLabel)}${d.amount === null ? '' : `  ${locale === 'en' ? 'Amount' : '金额'}: ${d.amount} ${locale === 'en' ? 'yuan' : '元'}`}`,
    '',
    locale === 'en' ? 'Conditions:' : '条件：',
    ...d.reasons.map(
      (r) =>
        `  ${MARK[String(r.passed) as 'true']} ${pick(r.message)}${r.citation ? `  [${r.citation.clause}]` : ''}`,
    ),
  ];
  if (d.trace.length)
    lines.push(
      '',
      locale === 'en' ? 'Computation:' : '计算过程：',
      ...d.trace.map((s) => `  - ${pick(s.message)}${s.citation ? `  [${s.citation.clause}]` : ''}`),
    );
  if (d.interpretations.length)
    lines.push(
      '',
      `${locale === 'en' ? 'Interpretations applied' : '适用的解释'}: ${d.interpretations.join(', ')}`,
    );
  lines.push(
    '',
    locale === 'en' ? 'Citations:' : '依据：',
    ...d.citations.map((c) => `  ${c.policyId} ${c.clause}：${c.quote}`),
  );
  return lines.join('\n');
}
