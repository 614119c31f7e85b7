/**
 * @module web/lib/schema-form.test
 * From a facts JSON Schema to form fields and back to facts.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FactsSchema } from '../api.ts';
import { factsFromValues, fieldOfError, fieldsOf, valuesFromFacts } from './schema-form.ts';

const schema: FactsSchema = {
  type: 'object',
  required: ['area', 'qualified'],
  properties: {
    area: {
      type: 'number',
      minimum: 0,
      description: 'Leased area',
      'x-description-zh': '承租面积',
      'x-unit': '平方米',
    },
    days: { type: 'integer', description: 'Days', 'x-description-zh': '天数' },
    qualified: { type: 'boolean', description: 'Qualified', 'x-description-zh': '已认定' },
    tier: { type: 'string', enum: ['national', 'municipal'], description: 'Tier' },
    level: { type: 'integer', enum: [1, 2, 3], description: 'Level' },
    rent: { type: ['number', 'string'], pattern: '^\\d+(\\.\\d+)?$', minimum: 0, description: 'Rent' },
    zone: {
      type: 'string',
      enum: ['etdz_60', 'outside'],
      description: 'Zone',
      'x-enum-labels': { etdz_60: { zh: '经开区60平方公里', en: 'E-Town core' }, bogus: 1 },
    },
    signedOn: { type: 'string', format: 'date', description: 'Signed' },
    name: { type: 'string', description: 'Name' },
    buildings: { type: 'array', items: { type: 'object' }, description: 'Buildings' },
  },
};

test('reads kinds, labels, units and required from the schema', () => {
  const fields = fieldsOf(schema);
  assert.deepEqual(
    fields.map((f) => [f.name, f.kind]),
    [
      ['area', 'number'],
      ['days', 'integer'],
      ['qualified', 'boolean'],
      ['tier', 'enum'],
      ['level', 'enum'],
      ['rent', 'decimal'],
      ['zone', 'enum'],
      ['signedOn', 'date'],
      ['name', 'string'],
      ['buildings', 'json'],
    ],
  );
  const area = fields[0]!;
  assert.deepEqual(area.label, { zh: '承租面积', en: 'Leased area' });
  assert.equal(area.unit, '平方米');
  assert.equal(area.minimum, 0);
  assert.equal(area.required, true);
  assert.deepEqual(fields[3]!.label, { zh: 'Tier', en: 'Tier' });
  assert.deepEqual(fields[6]!.optionLabels, { etdz_60: { zh: '经开区60平方公里', en: 'E-Town core' } });
});

test('a number-or-string decimal is sent exactly as typed', () => {
  const fields = fieldsOf(schema);
  const base = { area: '1', qualified: 'true' };
  assert.equal(factsFromValues(fields, { ...base, rent: '2.10' }).facts.rent, '2.10');
  assert.deepEqual(factsFromValues(fields, { ...base, rent: '-2' }).problems, { rent: 'invalidPattern' });
  assert.deepEqual(factsFromValues(fields, { ...base, rent: 'x' }).problems, { rent: 'invalidNumber' });
  assert.equal(valuesFromFacts(fields, { rent: 800 }).rent, '800');
});

test('round-trips an example through the form', () => {
  const fields = fieldsOf(schema);
  const facts = {
    area: 480.5,
    days: 365,
    qualified: false,
    tier: 'national',
    level: 2,
    rent: '1.35',
    zone: 'outside',
    signedOn: '2024-01-02',
    name: '某公司',
    buildings: [{ a: 1 }],
  };
  const values = valuesFromFacts(fields, facts);
  assert.equal(values.level, '2');
  assert.equal(values.tier, '"national"');
  assert.deepEqual(factsFromValues(fields, values), { facts, problems: {} });
});

test('blank inputs are left out; bad numbers are reported', () => {
  const fields = fieldsOf(schema);
  const r = factsFromValues(fields, { area: 'abc', days: '1.5', buildings: '[', name: '' });
  assert.deepEqual(r.facts, {});
  assert.deepEqual(r.problems, {
    area: 'invalidNumber',
    days: 'invalidInteger',
    qualified: 'missing',
    buildings: 'invalidJson',
  });
});

test('numbers outside the schema bounds are reported', () => {
  const fields = fieldsOf(schema);
  const r = factsFromValues(fields, { area: '-1', qualified: 'true' });
  assert.deepEqual(r.problems, { area: 'belowMinimum' });
  assert.deepEqual(factsFromValues(fields, { area: '0', qualified: 'false' }).facts, {
    area: 0,
    qualified: false,
  });
});

test('finds the field an API error names', () => {
  const fields = fieldsOf(schema);
  assert.equal(fieldOfError(fields, '/facts/area'), 'area');
  assert.equal(fieldOfError(fields, 'facts.days'), 'days');
  assert.equal(fieldOfError(fields, 'qualified'), 'qualified');
  assert.equal(fieldOfError(fields, 'asOf'), null);
  assert.equal(fieldOfError(fields, null), null);
});
