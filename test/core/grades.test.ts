import { Decimal } from '../../src/core/decimal';
import { gradeFormula, gradeOf, parseBands, sameGrade } from '../../src/core/grades';
import { PROFILES } from '../../src/core/profiles';

const FOOTER = '2、绩效等级说明：自评分合计90（含）-100分为优秀，75（含）-90分为良好，60（含）-75分为合格，0-60分为不合格。';

test('reads the bands a 说明 states', () => {
  expect(parseBands(FOOTER)).toEqual([
    { min: 90, grade: '优秀' },
    { min: 75, grade: '良好' },
    { min: 60, grade: '合格' },
    { min: 0, grade: '不合格' },
  ]);
  expect(parseBands('说明：1、依据本项目应实现的绩效目标进行绩效自评。')).toBeNull();
});

test('lower bounds are included', () => {
  const bands = PROFILES['mof-2020'].bands;
  expect(gradeOf(new Decimal(90), bands)).toBe('优');
  expect(gradeOf(new Decimal('89.99'), bands)).toBe('良');
  expect(gradeOf(new Decimal(80), bands)).toBe('良');
  expect(gradeOf(new Decimal(60), bands)).toBe('中');
  expect(gradeOf(new Decimal('59.99'), bands)).toBe('差');
  expect(gradeOf(new Decimal(75), parseBands(FOOTER)!)).toBe('良好');
});

test('优 and 优秀 name the same band, 优 and 良 do not', () => {
  expect(sameGrade('优', '优秀')).toBe(true);
  expect(sameGrade('良好', '良')).toBe(true);
  expect(sameGrade('优', '良好')).toBe(false);
  expect(sameGrade('合格', '中')).toBe(false);
});

test('the grade formula gives what gradeOf gives, also below a lowest band that does not start at 0', () => {
  expect(gradeFormula('H30', PROFILES['mof-2020'].bands)).toBe('IF(H30>=90,"优",IF(H30>=80,"良",IF(H30>=60,"中","差")))');
  const stated = [
    { min: 90, grade: '优秀' },
    { min: 80, grade: '良好' },
    { min: 60, grade: '合格' },
  ];
  expect(gradeOf(new Decimal(50), stated)).toBeNull();
  expect(gradeFormula('H30', stated)).toBe('IF(H30>=90,"优秀",IF(H30>=80,"良好",IF(H30>=60,"合格","")))');
});
