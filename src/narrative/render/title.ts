/** The title line of the 情况说明 document (kept apart from the Word writer, so the pane loads no docx for it). */

/**
 * The document's title line, the same whichever way the document is made (command, pane, offline page):
 * "阳城县政务服务中心2024年度决算公开"; none without the unit's name.
 */
export function documentTitle(department: string | undefined, year: string): string | undefined {
  if (!department) return undefined;
  return `${department}${/^\d{4}$/.test(year) ? `${year}年度` : ''}决算公开`;
}
