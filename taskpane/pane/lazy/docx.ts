/**
 * The Word document, loaded only when asked for: webpack puts this module and the docx library in a
 * chunk of their own, so they are not part of what the task pane loads first.
 */
import { Packer } from 'docx';
import { buildDocx } from '../../../src/narrative/render/docx';
import type { Narrative } from '../../../src/narrative/types';

export function narrativeDocx(n: Narrative, title?: string): Promise<Blob> {
  return Packer.toBlob(buildDocx(n, title));
}
