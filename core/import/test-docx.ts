/**
 * Word files for tests, made the way Word lays them out: a zip of XML parts
 * ([Content_Types].xml, _rels/.rels, word/document.xml, word/styles.xml,
 * docProps/core.xml), written with JSZip (the zip library mammoth reads with).
 */
import JSZip from 'jszip';

export type DocxParagraph = string | { text: string; style?: 'Title' | 'Heading1' | 'Heading2' | 'ListParagraph'; runs?: string[] };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function paragraphXml(p: DocxParagraph): string {
  const { text, style, runs } = typeof p === 'string' ? { text: p, style: undefined, runs: undefined } : p;
  // Word splits a paragraph into runs wherever formatting or an edit changed: the text is their concatenation.
  const pieces = runs ?? [text];
  const props = style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : '';
  return `<w:p>${props}${pieces.map((r, i) => `<w:r>${i % 2 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(r)}</w:t></w:r>`).join('')}</w:p>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="${W}">
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style>
  <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
</w:styles>`;

/** A part's relationships file: [type, target] pairs, numbered rId1, rId2, … */
function relationships(links: Array<[string, string]>): string {
  const entries = links.map(([type, target], i) => `  <Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
${entries.join('\n')}
</Relationships>`;
}

/** A .docx holding these paragraphs, as bytes. */
export async function makeDocx(paragraphs: DocxParagraph[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
  <Default Extension="xml" ContentType="application/xml"/>
  <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
  <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
  <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`,
  );
  zip.file('_rels/.rels', relationships([
    ['http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument', 'word/document.xml'],
    ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
  ]));
  zip.file('word/_rels/document.xml.rels', relationships([['http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles', 'styles.xml']]));
  zip.file('word/styles.xml', STYLES);
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Test Desk</dc:creator></cp:coreProperties>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}"><w:body>${paragraphs.map(paragraphXml).join('')}<w:sectPr/></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A zip that is not a Word document (a spreadsheet export, a folder of photos). */
export async function makeOtherZip(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('report/figures.csv', 'district,families\nDadu,1200\n');
  zip.file('report/readme.txt', 'Figures from the relief authority.');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
