/** The .docx: headings keep with their next paragraph, page numbers in the footer, one title line everywhere. */
import assert from 'node:assert/strict';
import JSZip from 'jszip';
import { check, narrate } from '../src/engine';
import { docxBuffer } from '../src/narrative/render/docx';
import { documentTitle } from '../src/narrative/render/title';
import { documentNames } from '../src/pane/narrative';
import { sampleGrid } from './helpers/sample';

describe('the 情况说明 as a Word document', () => {
  it('keeps each heading with its paragraph and numbers the pages in the footer', async () => {
    const result = check(await sampleGrid());
    const { narrative } = narrate(result);
    const zip = await JSZip.loadAsync(await docxBuffer(narrative, documentTitle(result.department, narrative.year)));
    const doc = await zip.file('word/document.xml')!.async('string');
    const paragraphs = doc.split('</w:p>');
    const headings = paragraphs.filter((p) => /<w:pStyle w:val="Heading[12]"\/>/.test(p));
    assert.ok(headings.length >= 10, `${headings.length} headings`);
    for (const h of headings) assert.match(h, /<w:keepNext\/>/);
    assert.match(doc, /阳城县政务服务中心2024年度决算公开/);
    const footers = Object.keys(zip.files).filter((f) => /^word\/footer\d*\.xml$/.test(f));
    assert.equal(footers.length, 1);
    const footer = await zip.file(footers[0])!.async('string');
    assert.match(footer, /PAGE/);
    assert.match(footer, /— /);
  });

  it('has one title line, made the same by the command and the pane', () => {
    assert.equal(documentTitle('阳城县政务服务中心', '2024'), '阳城县政务服务中心2024年度决算公开');
    assert.equal(documentNames('阳城县政务服务中心', '2024').title, documentTitle('阳城县政务服务中心', '2024'));
    assert.equal(documentTitle(undefined, '2024'), undefined);
  });
});
