/**
 * The task pane's own texts, Chinese by default and English when Office runs in English. Every string
 * the pane shows goes through `translator`; the engine's findings and the narrative stay Chinese, since
 * they are about a Chinese document.
 */

const zh = {
  appTitle: '决算助手',
  appSubtitle: '部门决算公开报表检查',
  check: '检查',
  clearMarks: '清除标记',
  generate: '生成情况说明',
  busyReading: '正在读取工作簿…',
  busyReadingLong: '仍在读取工作簿…如果某个单元格正处于编辑状态，请按 Enter 结束编辑，检查随即继续。',
  busyChecking: '正在检查…',
  busyMarking: '正在标记单元格…',
  busyClearing: '正在清除标记…',
  busyGenerating: '正在生成情况说明…',
  busyWriting: '正在写入工作表…',
  busyDocx: '正在生成 Word 文档…',
  tabFindings: '检查结果',
  tabNarrative: '情况说明',
  startHint: '点击“检查”核对本工作簿的公开表格；点击“生成情况说明”按表中数字撰写第三部分情况说明。',
  countErrors: '错误',
  countWarnings: '警告',
  countTails: '尾数差异',
  workbookOf: '{department} {year}年度',
  tablesRecognized: '已识别 {n} 张表。',
  unrecognized: '未识别的工作表：{sheets}',
  noProblems: '未发现错误或警告。',
  noTables: '没有识别出任何决算公开表格。请确认工作簿中有“收入支出决算总表”等标准表格。',
  generalGroup: '整体',
  severityError: '错误',
  severityWarning: '警告',
  severityInfo: '尾数差异',
  expected: '应为',
  actual: '实际',
  difference: '差额',
  tolerance: '容差',
  goToCell: '定位到 {sheet}!{cell}',
  explain: '出错说明',
  explained: '已说明',
  explainedCount: '已说明 {n}',
  explainedReason: '已说明：{reason}',
  lapsed: '原说明已失效（相关数字已变动），请重新核对：{reason}',
  withdraw: '撤销说明',
  dialogTitle: '出错说明',
  dialogHint: '警告须写明原因后才能忽略。说明保存在工作簿中；有关数字一旦变动，说明自动失效。',
  reasonLabel: '原因',
  reasonPlaceholder: '例如：该项目经批准跨年度执行，支出在上年列支。',
  reasonRequired: '请填写出错说明。',
  cancel: '取消',
  save: '保存',
  tailsGroup: '尾数差异（{n}）',
  tailsHint: '金额单位换算造成的尾数差异，在容差之内，一般无需处理。',
  marksCleared: '已清除本加载项所做的标记。',
  marked: '已标记 {n} 个单元格（红色为错误，黄色为警告）。',
  narrativeHeading: '第三部分 情况说明（预览）',
  insert: '插入到工作表',
  copy: '复制',
  download: '下载 .docx',
  copied: '已复制到剪贴板。',
  inserted: '已写入工作表“{sheet}”。',
  downloaded: '已开始下载 {file}，请在浏览器的下载中查看。',
  replaceTitle: '替换工作表？',
  replaceBody: '工作表“{sheet}”已存在。要用新生成的情况说明替换其中的内容吗？',
  replace: '替换',
  missingCount: '还有 {n} 项待补充：点击文中的【待补充】处，或在下方“补充信息”中填写。',
  noneMissing: '补充信息已齐全。',
  errorsBeforeNarrative: '工作簿还有 {n} 个错误，更正后情况说明中的数字会随之变化。',
  figureSource: '{table} {sheet}!{cell} {label}（点击定位）',
  placeholderHint: '点击填写：{label}',
  supplementTitle: '补充信息',
  supplementHint: '表格给不出的内容：上年数、年初预算、原因、用途、数量等。金额以万元为单位。填写后自动保存到工作簿，情况说明随之更新。',
  supplementFilled: '已填 {filled}/{total}',
  supplementOther: '其他',
  unitWan: '万元',
  invalidAmount: '请填写金额（万元），如 461.57',
  invalidCount: '请填写非负整数',
  saving: '正在保存…',
  saved: '已保存',
  close: '关闭',
  failed: '{what}失败',
  opReadWorkbook: '读取工作簿',
  opCheck: '检查',
  opMark: '标记单元格',
  opClearMarks: '清除标记',
  opSelect: '定位单元格',
  opLoadState: '读取保存的补充信息和出错说明',
  opSaveState: '保存补充信息和出错说明',
  opGenerate: '生成情况说明',
  opWriteSheet: '写入工作表',
  opCopy: '复制到剪贴板',
  opDocx: '生成 Word 文档',
  unsupportedTitle: '此版本的 Excel 无法运行决算助手',
  unsupportedBody:
    '决算助手需要 Excel JavaScript API（ExcelApi）{version} 或更高版本，即 Microsoft 365、Excel 2021 及以后的版本或 Excel 网页版。请更新 Excel 后重新打开本加载项。',
  notExcelTitle: '请在 Excel 中使用',
  notExcelBody: '决算助手是 Excel 加载项，请在 Excel（Microsoft 365、Excel 2021 及以后的版本或 Excel 网页版）中打开。',
  officeMissingTitle: '未能加载 Office.js',
  officeMissingBody: '无法从 appsforoffice.microsoft.com 加载 Office.js。请检查网络连接后重新打开本加载项。',
  startFailedTitle: '决算助手启动失败',
  harnessWaiting: '等待载入工作簿…',
  protectedNotMarked: '工作表{sheets}受保护，其中的单元格未标记（检查结果照常列出）。如需标记，请在“审阅”→“撤消工作表保护”后重新检查。',
  protectedMarksLeft: '工作表{sheets}受保护，其中的标记未能清除。请在“审阅”→“撤消工作表保护”后再点“清除标记”。',
  mergesUnread: '工作表{sheets}的合并单元格超过 512 处，Excel 无法给出合并信息，已按未合并读取（不影响标准表格的检查）。',
  rechecked: '检查期间工作簿有改动（输入了数值、插入了行列或改了表名），已重新检查后再标记。',
  keepsChanging: '工作簿在检查期间一直在变动，单元格未标记。请停止编辑后再点“检查”。',
  userFormatsChanged: '标记后，工作表{sheets}上您自己的条件格式与之前不同。请检查“开始”→“条件格式”→“管理规则”，必要时按 Ctrl+Z 撤消。',
  markFailedHint: '可能已有部分单元格被标记，点“清除标记”即可全部清除。',
  sheetHidden: '工作表“{sheet}”是隐藏的，无法定位到 {cell}。',
  showSheet: '显示该工作表并定位',
  structureLockedReveal: '工作簿结构受保护，无法显示隐藏的工作表“{sheet}”。请在“审阅”→“保护工作簿”中取消保护。',
  structureLockedInsert: '工作簿结构受保护，无法插入工作表“{sheet}”。请在“审阅”→“保护工作簿”中取消保护，或改用“复制”。',
  sheetLockedInsert: '工作表“{sheet}”受保护，无法写入。请撤消该工作表的保护，或改用“复制”。',
  downloadUnavailable: 'Mac 和 iPad 版 Excel 的任务窗格不能下载文件。请使用“插入到工作表”或“复制”，再粘贴到 Word 中。',
  scriptFailedTitle: '决算助手未能启动',
  scriptFailedBody:
    '此 Excel 的浏览器组件无法运行决算助手的脚本（版本过旧或脚本未能载入）。请将 Excel 和操作系统更新到最新版本后重新打开本加载项；也可以改用离线网页版。',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  appTitle: 'Final Accounts Assistant',
  appSubtitle: 'Checks the 部门决算公开 tables',
  check: 'Check',
  clearMarks: 'Clear marks',
  generate: 'Write narrative',
  busyReading: 'Reading the workbook…',
  busyReadingLong: 'Still reading the workbook… If a cell is being edited, press Enter to finish; the check then goes on.',
  busyChecking: 'Checking…',
  busyMarking: 'Marking cells…',
  busyClearing: 'Clearing marks…',
  busyGenerating: 'Writing the narrative…',
  busyWriting: 'Writing the sheet…',
  busyDocx: 'Making the Word document…',
  tabFindings: 'Findings',
  tabNarrative: 'Narrative',
  startHint:
    'Click “Check” to reconcile the disclosure tables of this workbook; “Write narrative” writes part three (情况说明) from their figures.',
  countErrors: 'Errors',
  countWarnings: 'Warnings',
  countTails: 'Rounding tails',
  workbookOf: '{department} {year}',
  tablesRecognized: '{n} tables recognised.',
  unrecognized: 'Sheets not recognised: {sheets}',
  noProblems: 'No errors or warnings.',
  noTables: 'No disclosure table was recognised. The workbook should hold the standard tables such as 收入支出决算总表.',
  generalGroup: 'Workbook',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Rounding tail',
  expected: 'Expected',
  actual: 'Actual',
  difference: 'Difference',
  tolerance: 'Tolerance',
  goToCell: 'Go to {sheet}!{cell}',
  explain: 'Explain',
  explained: 'Explained',
  explainedCount: '{n} explained',
  explainedReason: 'Explained: {reason}',
  lapsed: 'The explanation lapsed because a figure changed; check again: {reason}',
  withdraw: 'Withdraw',
  dialogTitle: 'Explain this warning',
  dialogHint:
    'A warning can be set aside only with a written reason. It is stored in the workbook and lapses as soon as one of its figures changes.',
  reasonLabel: 'Reason',
  reasonPlaceholder: 'E.g. the project was approved to run over two years; it was paid last year.',
  reasonRequired: 'Please write the reason.',
  cancel: 'Cancel',
  save: 'Save',
  tailsGroup: 'Rounding tails ({n})',
  tailsHint: 'Differences from converting units, inside the rounding tolerance; usually nothing to do.',
  marksCleared: 'The marks this add-in made are cleared.',
  marked: '{n} cells marked (red: errors, amber: warnings).',
  narrativeHeading: 'Part three: 情况说明 (preview)',
  insert: 'Insert into a sheet',
  copy: 'Copy',
  download: 'Download .docx',
  copied: 'Copied to the clipboard.',
  inserted: 'Written to the sheet “{sheet}”.',
  downloaded: 'The download of {file} has started; see the browser’s downloads.',
  replaceTitle: 'Replace the sheet?',
  replaceBody: 'The sheet “{sheet}” exists. Replace its content with the new narrative?',
  replace: 'Replace',
  missingCount: '{n} items still to fill in: click a 【待补充】 mark in the text, or use “Supplement” below.',
  noneMissing: 'The supplement is complete.',
  errorsBeforeNarrative: 'The workbook still has {n} errors; the narrative’s figures change as they are corrected.',
  figureSource: '{table} {sheet}!{cell} {label} (click to go there)',
  placeholderHint: 'Click to fill in: {label}',
  supplementTitle: 'Supplement',
  supplementHint:
    'What the tables cannot give: last year’s figures, budgets, reasons, purposes, counts. Amounts in 万元. Saved in the workbook as you type; the narrative follows.',
  supplementFilled: '{filled}/{total} filled',
  supplementOther: 'Other',
  unitWan: '万元',
  invalidAmount: 'Enter an amount in 万元, e.g. 461.57',
  invalidCount: 'Enter a whole number',
  saving: 'Saving…',
  saved: 'Saved',
  close: 'Dismiss',
  failed: '{what} failed',
  opReadWorkbook: 'Reading the workbook',
  opCheck: 'Checking',
  opMark: 'Marking cells',
  opClearMarks: 'Clearing marks',
  opSelect: 'Selecting the cell',
  opLoadState: 'Loading the saved supplement and explanations',
  opSaveState: 'Saving the supplement and explanations',
  opGenerate: 'Writing the narrative',
  opWriteSheet: 'Writing the sheet',
  opCopy: 'Copying to the clipboard',
  opDocx: 'Making the Word document',
  unsupportedTitle: 'This version of Excel cannot run the add-in',
  unsupportedBody:
    'The Final Accounts Assistant needs the Excel JavaScript API (ExcelApi) {version} or later: Microsoft 365, Excel 2021 or later, or Excel on the web. Please update Excel and open the add-in again.',
  notExcelTitle: 'Open it in Excel',
  notExcelBody:
    'The Final Accounts Assistant is an Excel add-in: open it in Excel (Microsoft 365, Excel 2021 or later, or Excel on the web).',
  officeMissingTitle: 'Office.js did not load',
  officeMissingBody:
    'Office.js could not be loaded from appsforoffice.microsoft.com. Check the network connection and open the add-in again.',
  startFailedTitle: 'The add-in failed to start',
  harnessWaiting: 'Waiting for a workbook…',
  protectedNotMarked:
    'The sheets {sheets} are protected: their cells are not marked (the findings are listed as usual). To mark them, unprotect them (Review → Unprotect Sheet) and check again.',
  protectedMarksLeft:
    'The sheets {sheets} are protected: their marks could not be cleared. Unprotect them (Review → Unprotect Sheet), then clear the marks again.',
  mergesUnread:
    'The sheets {sheets} have more than 512 merged areas, which Excel does not report: they were read as unmerged (the standard tables are checked all the same).',
  rechecked:
    'The workbook changed during the check (a value typed, rows or columns inserted, a sheet renamed): it was checked again before marking.',
  keepsChanging: 'The workbook kept changing during the check, so no cell was marked. Stop editing, then click Check again.',
  userFormatsChanged:
    'After marking, your own conditional formats on {sheets} differ from before. Please look at Home → Conditional Formatting → Manage Rules, and press Ctrl+Z if needed.',
  markFailedHint: 'Some cells may have been marked already; Clear marks removes them all.',
  sheetHidden: 'The sheet “{sheet}” is hidden, so {cell} cannot be shown.',
  showSheet: 'Show the sheet and go there',
  structureLockedReveal:
    'The workbook structure is protected, so the hidden sheet “{sheet}” cannot be shown. Unprotect it under Review → Protect Workbook.',
  structureLockedInsert:
    'The workbook structure is protected, so the sheet “{sheet}” cannot be inserted. Unprotect it under Review → Protect Workbook, or use Copy.',
  sheetLockedInsert: 'The sheet “{sheet}” is protected and cannot be written. Unprotect it, or use Copy.',
  downloadUnavailable:
    'The task pane of Excel for Mac and iPad cannot download files. Use “Insert into a sheet” or “Copy”, then paste into Word.',
  scriptFailedTitle: 'The Final Accounts Assistant could not start',
  scriptFailedBody:
    'The browser inside this Excel cannot run the add-in’s script (too old, or the script did not load). Update Excel and the operating system, then open the add-in again; or use the offline web page.',
};

export const MESSAGES = { zh, en } as const;

export type Locale = keyof typeof MESSAGES;

/** English for an Office display language starting with "en", Chinese for everything else. */
export function localeOf(language: string | undefined | null): Locale {
  return language && /^en\b/i.test(language) ? 'en' : 'zh';
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** Sheet names inside a message: “公开01表”、“公开03表” in Chinese, “Sheet1”, “Sheet2” in English. */
export function quotedList(language: string | undefined | null, names: string[]): string {
  return names.map((name) => `“${name}”`).join(localeOf(language) === 'en' ? ', ' : '、');
}

export function translator(language: string | undefined | null): Translate {
  const table = MESSAGES[localeOf(language)];
  return (key, vars) => {
    const s = table[key];
    return vars ? s.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : s;
  };
}
