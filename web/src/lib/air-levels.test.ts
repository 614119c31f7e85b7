/**
 * @module web/lib/air-levels.test
 * Level colours read: dark text on yellow and orange, white on the dark AQI colours.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  compareLevels,
  contrast,
  cssRgb,
  DARK_TEXT,
  LEVEL_RGB,
  LIGHT_TEXT,
  luminance,
  textOn,
} from './air-levels.ts';

test('dark text on yellow and orange banners, white on purple and maroon', () => {
  assert.equal(textOn(LEVEL_RGB.yellow), DARK_TEXT);
  assert.equal(textOn(LEVEL_RGB.orange), DARK_TEXT);
  assert.equal(textOn([153, 0, 76]), LIGHT_TEXT);
  assert.equal(textOn([126, 0, 35]), LIGHT_TEXT);
  assert.equal(textOn([0, 228, 0]), DARK_TEXT);
});

test('the chosen text always reaches at least 3:1 (large text) on the level colours', () => {
  for (const rgb of Object.values(LEVEL_RGB)) {
    const text = textOn(rgb) === DARK_TEXT ? luminance([29, 31, 35]) : 1;
    assert.ok(contrast(luminance(rgb), text) >= 3, cssRgb(rgb));
  }
});

test('luminance and contrast follow WCAG 2', () => {
  assert.equal(luminance([0, 0, 0]), 0);
  assert.equal(luminance([255, 255, 255]), 1);
  assert.equal(contrast(1, 0), 21);
  assert.equal(cssRgb([255, 126, 0]), 'rgb(255 126 0)');
});

test('levels compare by severity', () => {
  assert.equal(compareLevels('yellow', 'red'), -1);
  assert.equal(compareLevels('red', 'orange'), 1);
  assert.equal(compareLevels('orange', 'orange'), 0);
});
