/** What the pane needs of the engine, in one module the pane loads on demand (see `engine` in session.ts). */
export { analyzeSheet } from '../core/analyze';
export { buildTemplate } from '../core/templates/build';
export { rolloverDesign } from '../core/templates/rollover';
export { ruleTitle } from '../core/rule-titles';
