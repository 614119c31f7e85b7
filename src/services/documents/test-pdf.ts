/**
 * @module services/documents/test-pdf
 * For the tests: the text of a PDF as `pdftotext -layout` (poppler-utils) gives it back, and the
 * same with all white space removed (a line may wrap anywhere in Chinese). A machine without
 * pdftotext fails the test, saying what to install; it never skips.
 */
import { execFileSync } from 'node:child_process';

/** The PDF's text, page by page (pages separated by form feeds). */
export function pdfText(pdf: Buffer): string {
  try {
    return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
      input: pdf,
      maxBuffer: 64 * 1024 * 1024,
    }).toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error('pdftotext is not installed: install poppler-utils (apt-get install poppler-utils)');
    throw e;
  }
}

/** `text` without any white space, for matching sentences that wrap across lines. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');

/** The pages of `pdfText`'s answer (the last form feed ends the last page). */
export const pages = (text: string): string[] => text.split('\f').slice(0, -1);
