/**
 * @module api/routes/sheets
 * Spreadsheets over HTTP, the same for every module: uploads arrive as raw bytes (Excel or CSV,
 * size-limited), their format from `?format=` or the content type; downloads go out as `.xlsx`
 * attachments.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { invalidInput } from '../../engine/errors.ts';
import { formatOf, MAX_UPLOAD_BYTES, type SheetFormat } from '../../services/shared/excel.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Lets `app` take spreadsheet bodies as raw bytes (once, whichever module asks first). */
export function acceptSheets(app: FastifyInstance): void {
  for (const type of ['text/csv', XLSX_TYPE, 'application/octet-stream']) {
    if (!app.hasContentTypeParser(type))
      app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) =>
        done(null, body),
      );
  }
}

/** An upload's bytes and format; refuses a body that is not a spreadsheet upload. */
export function sheetUpload(
  body: unknown,
  format: string | undefined,
  contentType: unknown,
): { data: Buffer; format: SheetFormat } {
  if (!Buffer.isBuffer(body))
    throw invalidInput(
      'content-type',
      contentType,
      'must be text/csv or the xlsx type',
      '须为 text/csv 或 xlsx 类型',
    );
  return {
    data: body,
    format: format === 'csv' || format === 'xlsx' ? format : formatOf(String(contentType ?? '')),
  };
}

/** Sends `data` as an `.xlsx` attachment named `name`. */
export function sendXlsx(reply: FastifyReply, name: string, data: Buffer): FastifyReply {
  return reply.type(XLSX_TYPE).header('content-disposition', `attachment; filename="${name}"`).send(data);
}
