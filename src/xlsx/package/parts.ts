/** Where a package keeps its workbook, its sheets and their relationships, as the package itself says. */
import { WorkbookError } from '../errors';
import { attr, elements } from './xml';
import type { OpenedPackage } from './zip';

export interface SheetPart {
  name: string;
  /** The sheet's part, `xl/worksheets/sheet1.xml`. */
  path: string;
  /** The sheetId of workbook.xml, which calcChain.xml's `i` refers to. */
  sheetId: string;
}

export interface WorkbookParts {
  /** `xl/workbook.xml`, or wherever the package's root relationship points. */
  workbook: string;
  sheets: SheetPart[];
  /** The workbook's relationships: id → part path. */
  related: Map<string, { type: string; path: string }>;
}

/** The part a relationship's Target names, relative to the part that holds the relationship. */
export function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

/** The relationships part of a part: `xl/_rels/workbook.xml.rels` for `xl/workbook.xml`. */
export function relsOf(path: string): string {
  const at = path.lastIndexOf('/');
  return `${path.slice(0, at + 1)}_rels/${path.slice(at + 1)}.rels`;
}

export async function relationships(pkg: OpenedPackage, of: string): Promise<Map<string, { type: string; path: string }>> {
  const out = new Map<string, { type: string; path: string }>();
  const xml = (await pkg.text(relsOf(of))) ?? '';
  for (const r of elements(xml, 'Relationship')) {
    const id = attr(r.tag, 'Id');
    const target = attr(r.tag, 'Target');
    if (!id || !target || attr(r.tag, 'TargetMode') === 'External') continue;
    out.set(id, { type: attr(r.tag, 'Type') ?? '', path: resolveTarget(of, target) });
  }
  return out;
}

const NOT_A_WORKBOOK = {
  zh: '这是一个压缩包，但不是 .xlsx 工作簿（其中没有工作簿部件 xl/workbook.xml）',
  en: 'This is a zip archive but not an .xlsx workbook (it has no workbook part xl/workbook.xml)',
};

/** The workbook part and its worksheets, in the workbook's order. */
export async function workbookParts(pkg: OpenedPackage): Promise<WorkbookParts> {
  const root = await relationships(pkg, '');
  const office = [...root.values()].find((r) => /\/officeDocument$/.test(r.type));
  const workbook = office?.path ?? 'xl/workbook.xml';
  const xml = await pkg.text(workbook);
  if (xml === null || !/<(\w+:)?workbook[\s>]/.test(xml)) throw new WorkbookError('not-xlsx', NOT_A_WORKBOOK);
  const related = await relationships(pkg, workbook);
  const sheets: SheetPart[] = [];
  for (const s of elements(xml, 'sheet')) {
    const rel = related.get(attr(s.tag, 'r:id') ?? '');
    if (!rel || !/\/worksheet$/.test(rel.type)) continue; // chart sheets and dialog sheets hold no cells
    sheets.push({ name: attr(s.tag, 'name') ?? '', path: rel.path, sheetId: attr(s.tag, 'sheetId') ?? '' });
  }
  return { workbook, sheets, related };
}
