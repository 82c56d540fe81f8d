/** Workbooks and sheets for the benchmark, generated from the transcribed seed forms. */
import ExcelJS from 'exceljs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { GridCell, SheetGrid } from '../src/core';
import { layoutForm } from '../test/fixtures/layout';
import { forms as seed000 } from '../test/fixtures/source/seed-000';
import { forms as seed001 } from '../test/fixtures/source/seed-001';
import { forms as seed003 } from '../test/fixtures/source/seed-003';
import type { SeedForm } from '../test/fixtures/source/types';

const POOL: SeedForm[] = [...seed000, ...seed001, ...seed003];

/** A deterministic pseudo-random sequence, so every run benchmarks the same files. */
function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** `count` workbooks of 2 to 4 forms each, scores shifted a little so that findings vary. */
export async function writeWorkbooks(dir: string, count: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const next = random(42);
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const wb = new ExcelJS.Workbook();
    const sheets = 2 + Math.floor(next() * 3);
    for (let k = 0; k < sheets; k++) {
      const form: SeedForm = structuredClone(POOL[Math.floor(next() * POOL.length)]);
      for (const x of form.indicators) if (next() < 0.1 && Number(x.score) > 1) x.score = String(Number(x.score) - 1);
      layoutForm(wb.addWorksheet(`${k + 1}-${form.sheet}`.slice(0, 31)), form);
    }
    const file = join(dir, `workbook-${String(i + 1).padStart(3, '0')}.xlsx`);
    await wb.xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

/** One form B sheet with `rows` indicator rows, as the grid a host hands the engine. */
export function bigSheet(rows: number): SheetGrid {
  const grid: GridCell[][] = [];
  const put = (r: number, values: (string | number | null)[]) => (grid[r] = values.map((value) => ({ value })));
  put(0, ['财政项目支出绩效自评表']);
  put(1, ['项目名称', '基准测试项目']);
  put(2, ['主管部门', '某局', null, null, null, '实施单位', '某中心']);
  put(3, ['项目资金（元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  put(4, [null, '年度资金总额', 1000000, 1000000, 987654.32, 10, 0.9877, 9.88]);
  put(5, ['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  const groups: [string, string, number][] = [
    ['产出指标', '数量指标', 0.5],
    ['效益指标', '社会效益指标', 0.3],
    ['满意度指标', '服务对象满意度指标', 0.1],
  ];
  const weight = 90 / rows;
  let r = 6;
  let total = 9.88;
  for (const [group, level2, share] of groups) {
    const n = Math.round((rows * share) / 0.9);
    for (let i = 0; i < n && r - 6 < rows; i++, r++) {
      const w = Number(weight.toFixed(6));
      put(r, [null, i === 0 ? group : null, i === 0 ? level2 : null, `指标${r - 5}`, '>=90%', i % 7 === 0 ? '85%' : '95%', w, w, '']);
      total += w;
    }
  }
  put(r, [null, '总分', null, null, null, null, 100, Number(total.toFixed(2))]);
  return { name: '基准', rows: grid, merges: [] };
}
