/** What a template's year and blank rows may be, in the pane's 插入模板 and the page's 新建模板工作簿 alike (as the CLI checks them). */
export const yearOk = (n: number) => Number.isInteger(n) && n >= 2000 && n <= 2100;
export const rowsOk = (n: number) => Number.isInteger(n) && n >= 1 && n <= 200;
