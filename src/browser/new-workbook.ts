/**
 * A new workbook holding one standard template, made in the page without a file opened first: the same
 * template the CLI's `jixiao template` writes to a new file (one sheet, written by ExcelJS).
 */
import ExcelJS from 'exceljs';
import type { ProfileId } from '../core';
import { buildTemplate, type TemplateOptions } from '../core/templates/build';
import { writeDesign } from '../xlsx/write-design';

/** Characters no file name may hold on Windows, the strictest of the systems a download lands on. */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]/gu;

export async function templateWorkbook(kind: ProfileId, options: TemplateOptions): Promise<{ fileName: string; bytes: Uint8Array }> {
  const design = buildTemplate(kind, options);
  const workbook = new ExcelJS.Workbook();
  writeDesign(workbook, design);
  const project = options.project?.trim();
  const fileName = `${project ? `${project}-` : ''}${design.name}`.replace(NOT_IN_FILE_NAMES, '_') + '.xlsx';
  return { fileName, bytes: new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer) };
}
