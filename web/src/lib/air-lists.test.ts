/**
 * @module web/lib/air-lists.test
 * The list page's filters and choices, the content type of an upload, and the reading of an
 * import's rejected rows.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  CSV_TYPE,
  columnHeader,
  displayValue,
  entryMeasures,
  filterChoices,
  filterEntries,
  type ListEntry,
  NO_FILTER,
  uploadTypeOf,
  XLSX_TYPE,
} from './air-lists.ts';

function entry(id: number, over: Partial<ListEntry> = {}): ListEntry {
  return {
    id,
    kind: 'enterprise',
    creditCode: `91110302MA0000000${id}`,
    name: { zh: `企业${id}`, en: `Firm ${id}` },
    sector: '制造业',
    ownerDepartment: 'business-cooperation',
    grade: 'B',
    guarantee: false,
    measures: {},
    ...over,
  };
}

const entries = [
  entry(1, { sector: '出版物印刷', grade: 'A', measures: { red: '停产', yellow: '限产30%' } }),
  entry(2, { kind: 'site', creditCode: null, grade: null, ownerDepartment: 'development-construction' }),
  entry(3, { guarantee: true, grade: 'leading', name: { zh: '保供企业', en: 'Supply Co' } }),
];
const depts = new Map([
  ['development-construction', { zh: '开发建设局', en: 'Development and Construction' }],
]);
const ids = (f: Partial<typeof NO_FILTER>) =>
  filterEntries(entries, { ...NO_FILTER, ...f }, depts).map((e) => e.id);

test('no filter keeps every entry in the API order', () => {
  assert.deepEqual(ids({}), [1, 2, 3]);
});

test('filters by kind, sector, department, grade (or ungraded) and guarantee', () => {
  assert.deepEqual(ids({ kind: 'site' }), [2]);
  assert.deepEqual(ids({ sector: '出版物印刷' }), [1]);
  assert.deepEqual(ids({ owner: 'business-cooperation' }), [1, 3]);
  assert.deepEqual(ids({ grade: 'A' }), [1]);
  assert.deepEqual(ids({ grade: 'none' }), [2]);
  assert.deepEqual(ids({ guarantee: 'yes' }), [3]);
  assert.deepEqual(ids({ guarantee: 'no', kind: 'enterprise' }), [1]);
});

test('the text search reads both names, the credit code and the department name', () => {
  assert.deepEqual(ids({ text: 'supply' }), [3]);
  assert.deepEqual(ids({ text: '企业1' }), [1]);
  assert.deepEqual(ids({ text: 'ma00000002' }), []);
  assert.deepEqual(ids({ text: 'ma00000003' }), [3]);
  assert.deepEqual(ids({ text: '开发建设' }), [2]);
  assert.deepEqual(ids({ text: '  ' }), [1, 2, 3]);
});

test('the choices are what the entries have: grades in grade order, ungraded last', () => {
  const c = filterChoices([...entries, entry(4, { grade: 'X' })]);
  assert.deepEqual(c.grades, ['A', 'leading', 'X', 'none']);
  assert.deepEqual(c.owners, ['business-cooperation', 'development-construction']);
  assert.equal(c.sectors.length, 2);
  assert.ok(c.sectors.includes('制造业') && c.sectors.includes('出版物印刷'));
});

test('measures are listed mildest level first, missing levels left out', () => {
  assert.deepEqual(entryMeasures(entries[0]!), [
    ['yellow', '限产30%'],
    ['red', '停产'],
  ]);
  assert.deepEqual(entryMeasures(entries[1]!), []);
});

test('a file is sent as CSV or Excel by its extension, else by its own type', () => {
  assert.equal(uploadTypeOf({ name: '清单.CSV', type: '' }), CSV_TYPE);
  assert.equal(uploadTypeOf({ name: 'lists.xlsx', type: 'application/octet-stream' }), XLSX_TYPE);
  assert.equal(uploadTypeOf({ name: 'blob', type: XLSX_TYPE }), XLSX_TYPE);
  assert.equal(uploadTypeOf({ name: 'lists.xls', type: 'application/vnd.ms-excel' }), null);
});

test('a rejected row names its column by the sheet header, and its value as text', () => {
  assert.equal(columnHeader('creditCode'), '统一社会信用代码');
  assert.equal(columnHeader('red'), '红色预警措施');
  assert.equal(columnHeader('row'), null);
  assert.equal(displayValue(undefined), '');
  assert.equal(displayValue('工厂'), '工厂');
  assert.equal(displayValue(12), '12');
  assert.equal(displayValue({ a: 1 }), '{"a":1}');
});
