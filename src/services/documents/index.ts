/**
 * @module services/documents
 * Printable documents (PDF, Chinese fonts from Debian's fonts-noto-cjk): the alert order with its
 * receipt list (29号), the award decision of an approved application (31号), and the work-relief
 * wage sheet of a project and month (1336号). Each service gathers its data with the same
 * permission checks as the JSON route that shows it; `pdf.ts` draws.
 */
export { alertOrderPdf } from './alert-order.ts';
export { awardDecisionPdf } from './award-decision.ts';
export { DEFAULT_PDF_FONT, DEFAULT_PDF_FONT_BOLD, FONT_PACKAGE, loadPdfFonts } from './fonts.ts';
export type { DocLang, PdfFile } from './pdf.ts';
export { wageSheetPdf } from './wage-sheet.ts';
