import { a1 } from '../address';
import { PARTS, type Part } from '../model';
import { defineRule } from './types';

/** What a message calls each part of a form. */
export const PART_NAMES: Record<Part, string> = {
  budget: '项目资金（预算执行）栏',
  target: '年度指标值列',
  actual: '实际完成值列',
  weight: '权重（分值）列',
  score: '得分列',
  note: '偏差原因（备注）列',
  total: '合计行',
};

export default defineRule({
  id: 'part-unread',
  severity: 'error',
  title: '表的某一部分未能读出',
  description: '找到了表，但它的某一部分（项目资金栏，年度指标值、实际完成值、权重、得分或备注列，合计行）未能读出；依赖它的检查未做，总分与等级不作为结论。',
  check({ form, skipped, report }) {
    for (const part of PARTS) {
      const at = form.unread[part];
      if (form.parts[part] !== 'unread' || !at) continue;
      const cell = a1(at.row, at.col);
      const why = at.isValue ? `${cell} 的“${at.text}”${part === 'total' ? '' : '等'}无法读成数字` : at.text ? `${cell} 的“${at.text}”不是已知的写法` : `${cell} 无法读出`;
      const fix = at.isValue ? '应填写数字' : '请按标准写法填写该部分，或在词汇表中加入这一写法';
      const rules = skipped.get(part) ?? [];
      const skippedText = rules.length ? `，因此未检查：${rules.map((r) => `${r.title}（${r.id}）`).join('、')}` : '';
      const noTotal = part === 'budget' || part === 'score' ? '；总分、预算执行得分与等级均不作为结论' : '';
      report(at.row, at.col, `未能读出${PART_NAMES[part]}（${why}）${skippedText}${noTotal}；${fix}`);
    }
  },
});
