/** The --json shape of one workbook's check. */
import type { CheckResult } from '../engine';
import type { Narrative } from '../narrative/types';
import type { Finding } from '../core/findings';

export function toJson(r: CheckResult, narrative?: Narrative, selfCheck?: Finding[]) {
  return {
    file: r.file,
    family: r.family,
    unit: r.unit,
    department: r.department,
    year: r.year,
    tables: r.tables.map((t) => ({ id: t.id, key: t.key, title: t.title, sheet: t.sheet, range: t.range, unit: t.unit })),
    unrecognized: r.unrecognized,
    attachments: r.attachments.map((a) => ({ sheet: a.sheet, range: a.range, project: a.projectName })),
    unrecognizedReasons: r.unrecognizedReasons,
    counts: r.counts,
    findings: r.findings,
    // selfCheck: the generated text read back by the narrative-vs-table rules (no error expected).
    ...(narrative
      ? { narrative: { year: narrative.year, sections: narrative.sections, missing: narrative.missing, selfCheck: selfCheck ?? [] } }
      : {}),
  };
}
