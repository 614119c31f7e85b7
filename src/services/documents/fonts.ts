/**
 * @module services/documents/fonts
 * The Chinese fonts of the printable documents. Debian's `fonts-noto-cjk` puts Noto Sans CJK in
 * TrueType collections (`.ttc`) holding one face per region; pdfkit opens a collection by the
 * face's PostScript name and embeds a subset of its CFF outlines (CIDFontType0C, Identity-H, with a
 * ToUnicode map, so `pdftotext` gives the Chinese text back). The simplified-Chinese faces
 * (`NotoSansCJKsc-*`) are the ones used: the same characters take the mainland glyph forms.
 *
 * Configuration: `ZHENGCE_PDF_FONT` and `ZHENGCE_PDF_FONT_BOLD`, each a font file, optionally
 * followed by `#PostScriptName` to pick a face of a collection (`/x/NotoSerifCJK-Regular.ttc#NotoSerifCJKsc-Regular`).
 * For Debian's Noto CJK collections the face is inferred. {@link loadPdfFonts} is the only place
 * that reads the environment or the file system for fonts; a missing file is `ZC_ERR_CONFIG`.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ZhengceError } from '../../engine/errors.ts';

/** Where Debian's fonts-noto-cjk installs the regular and bold faces. */
export const DEFAULT_PDF_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const DEFAULT_PDF_FONT_BOLD = '/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc';
/** The Debian package that provides the default fonts. */
export const FONT_PACKAGE = 'fonts-noto-cjk';

/** One face: the file's bytes and, for a collection, the PostScript name of the face. */
export interface FontFace {
  readonly path: string;
  readonly face: string | undefined;
  readonly data: Buffer;
}

export interface PdfFonts {
  readonly regular: FontFace;
  readonly bold: FontFace;
}

const cache = new Map<string, FontFace>();

function configError(field: string, message: string, messageZh: string): ZhengceError {
  return new ZhengceError('ZC_ERR_CONFIG', `${field}: ${message}`, {
    field,
    messageZh: `${field}：${messageZh}`,
  });
}

/** `Noto{Sans,Serif}CJK-{Weight}.ttc` → `Noto{Sans,Serif}CJKsc-{Weight}` (simplified Chinese). */
function inferredFace(path: string): string | undefined {
  const m = /^Noto(Sans|Serif)CJK-(\w+)\.tt[cf]$/.exec(basename(path));
  return m ? `Noto${m[1]}CJKsc-${m[2]}` : undefined;
}

function loadFace(spec: string, field: string): FontFace {
  const hit = cache.get(spec);
  if (hit) return hit;
  const hash = spec.lastIndexOf('#');
  const path = hash > 0 ? spec.slice(0, hash) : spec;
  const face = hash > 0 ? spec.slice(hash + 1) : inferredFace(path);
  let data: Buffer;
  try {
    data = readFileSync(path);
  } catch (e) {
    throw configError(
      field,
      `cannot read the PDF font ${path} (${(e as NodeJS.ErrnoException).code ?? 'error'}); install the Debian package ${FONT_PACKAGE} (apt-get install ${FONT_PACKAGE}) or set ${field} to a CJK font file`,
      `无法读取 PDF 字体 ${path}；请安装 Debian 软件包 ${FONT_PACKAGE}（apt-get install ${FONT_PACKAGE}），或将 ${field} 设为中文字体文件`,
    );
  }
  if (face === undefined && path.toLowerCase().endsWith('.ttc'))
    throw configError(
      field,
      `${path} is a font collection: name the face, ${path}#PostScriptName`,
      `${path} 是字体集合，请指明字形名称：${path}#PostScript名称`,
    );
  const loaded = { path, face, data };
  cache.set(spec, loaded);
  return loaded;
}

/**
 * The regular and bold faces from `ZHENGCE_PDF_FONT` / `ZHENGCE_PDF_FONT_BOLD` (defaults: Debian's
 * Noto Sans CJK). The bold face defaults to the regular one when only `ZHENGCE_PDF_FONT` is set.
 * @throws ZC_ERR_CONFIG naming the path and the Debian package when a file cannot be read.
 */
export function loadPdfFonts(env: NodeJS.ProcessEnv = process.env): PdfFonts {
  const regularSpec = env.ZHENGCE_PDF_FONT || DEFAULT_PDF_FONT;
  const boldSpec = env.ZHENGCE_PDF_FONT_BOLD || (env.ZHENGCE_PDF_FONT ? regularSpec : DEFAULT_PDF_FONT_BOLD);
  return {
    regular: loadFace(regularSpec, 'ZHENGCE_PDF_FONT'),
    bold: loadFace(boldSpec, env.ZHENGCE_PDF_FONT_BOLD ? 'ZHENGCE_PDF_FONT_BOLD' : 'ZHENGCE_PDF_FONT'),
  };
}

/** The error for a face pdfkit cannot open (a wrong PostScript name, a file that is not a font). */
export function fontOpenError(face: FontFace, field: string, cause: unknown): ZhengceError {
  const what = face.face ? `${face.path}#${face.face}` : face.path;
  return configError(
    field,
    `cannot open the PDF font ${what}: ${(cause as Error).message}; install the Debian package ${FONT_PACKAGE} or set ${field} to a CJK font file (a collection with #PostScriptName)`,
    `无法打开 PDF 字体 ${what}；请安装 Debian 软件包 ${FONT_PACKAGE}，或将 ${field} 设为中文字体文件（字体集合须加 #PostScript名称）`,
  );
}
