/**
 * A generated Doc as the preview shows it: the Doc the add-on wrote (read from the DocumentApp
 * fake) turned back into the neutral document model of src/core/plan, then drawn as a readable page
 * and written as .docx from that one model. Every text is escaped: a plan quotes the seller's rows.
 */
import type { DocumentSnapshot } from '../../host';
import type { DocBlock, DocModel } from '../../src/core/plan/types';
import { escapeHtml } from './escape';

const headingLevels: Record<string, 1 | 2 | 3> = { HEADING1: 1, HEADING2: 2, HEADING3: 3 };

/** The document model of a Doc: headings, paragraphs, bullet and numbered lists, tables. */
export function docModelOf(doc: DocumentSnapshot): DocModel {
  const blocks: DocBlock[] = [];
  for (const element of doc.elements) {
    if (element.type === 'paragraph') {
      const level = headingLevels[element.heading] ?? (element.heading === 'TITLE' ? 1 : undefined);
      if (level) blocks.push({ type: 'heading', level, text: element.text });
      else if (element.text !== '') blocks.push({ type: 'paragraph', text: element.text });
    } else if (element.type === 'listItem') {
      const type = element.glyphType === 'NUMBER' ? 'numbered' : 'bullets';
      const last = blocks[blocks.length - 1];
      if (last?.type === type) last.items.push(element.text);
      else blocks.push({ type, items: [element.text] });
    } else if (element.type === 'table') {
      const [header = [], ...rows] = element.rows;
      blocks.push({ type: 'table', header, rows });
    }
  }
  return { title: doc.name, blocks };
}

function blockHtml(block: DocBlock): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`;
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'bullets':
    case 'numbered': {
      const tag = block.type === 'bullets' ? 'ul' : 'ol';
      return `<${tag}>${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const row = (cells: string[], tag: string) =>
        `<tr>${cells.map((c) => `<${tag}>${escapeHtml(c)}</${tag}>`).join('')}</tr>`;
      return `<table><thead>${row(block.header, 'th')}</thead><tbody>${block.rows.map((r) => row(r, 'td')).join('')}</tbody></table>`;
    }
  }
}

export function docPage(model: DocModel, id: string): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(model.title)} - Google Docs (preview)</title>
<style>
body { margin: 0; background: #f8f9fa; font: 11pt Arial, sans-serif; color: #202124; }
header { display: flex; align-items: center; gap: 12px; padding: 10px 20px; background: #fff; border-bottom: 1px solid #dadce0; }
header .name { font-size: 18px; flex: 1; }
header a { background: #1a73e8; color: #fff; border-radius: 4px; padding: 8px 16px; text-decoration: none; font-weight: 500; }
main { background: #fff; width: 816px; max-width: calc(100% - 40px); margin: 20px auto; padding: 72px 96px; box-sizing: border-box; box-shadow: 0 1px 3px rgba(60,64,67,.3); }
h2 { font-size: 20pt; font-weight: 400; margin: 0 0 12pt; }
h3 { font-size: 14pt; font-weight: 400; margin: 18pt 0 6pt; }
h4 { font-size: 12pt; color: #434343; margin: 14pt 0 4pt; }
p, li { line-height: 1.5; white-space: pre-wrap; }
table { border-collapse: collapse; width: 100%; margin: 8pt 0; }
th, td { border: 1px solid #000; padding: 5pt; text-align: left; vertical-align: top; }
</style></head>
<body><header><span class="name">${escapeHtml(model.title)}</span>
<a id="download" href="/doc/${encodeURIComponent(id)}.docx" download>Download .docx</a></header>
<main><h1 hidden>${escapeHtml(model.title)}</h1>${model.blocks.map(blockHtml).join('\n')}</main></body></html>`;
}
