/** Where the add-in's ribbon page keeps the id of the task pane it opened (shared by the add-in's pages). */
export const TASKPANE_ID_KEY = 'jixiao_taskpane_id';
