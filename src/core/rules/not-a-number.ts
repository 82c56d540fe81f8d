import { a1 } from '../address';
import { describeCell, numericCells } from './cells';
import { defineRule } from './types';

export default defineRule({
  id: 'not-a-number',
  severity: 'error',
  title: '应为数字的单元格无法读成数字',
  description: '权重、得分、金额、执行率或总分的单元格里是无法读成数字的文字（如“十”），它不计入任何合计。',
  check({ form, report }) {
    for (const cell of numericCells(form)) {
      const at = cell[0];
      if (at?.value.kind !== 'invalid') continue;
      report(at.row, at.col, `${describeCell(form, cell)}（${a1(at.row, at.col)}）为“${at.value.text}”，无法读成数字；应填写数字`);
    }
  },
});
