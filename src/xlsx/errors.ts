/** The one error every .xlsx reader throws for a file it cannot read; its message names the file, in plain Chinese. */
export class UnreadableWorkbookError extends Error {}
