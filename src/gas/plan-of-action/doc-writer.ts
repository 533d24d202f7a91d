/**
 * Writes the neutral document model from `src/core/plan` into a new Google Doc. Every block maps
 * to one Docs element; text goes in as plain text (a Doc never runs it), so nothing here decides
 * what the plan says.
 */
import type { DocBlock, DocModel } from '../../core/plan/types';

type Body = GoogleAppsScript.Document.Body;

export interface WrittenDoc {
  id: string;
  url: string;
  title: string;
}

function headingFor(level: 1 | 2 | 3): GoogleAppsScript.Document.ParagraphHeading {
  const headings = DocumentApp.ParagraphHeading;
  return level === 1 ? headings.HEADING1 : level === 2 ? headings.HEADING2 : headings.HEADING3;
}

function appendList(body: Body, items: string[], glyph: GoogleAppsScript.Document.GlyphType): void {
  for (const item of items) body.appendListItem(item).setGlyphType(glyph);
}

function appendBlock(body: Body, block: DocBlock): void {
  switch (block.type) {
    case 'heading':
      body.appendParagraph(block.text).setHeading(headingFor(block.level));
      return;
    case 'paragraph':
      body.appendParagraph(block.text);
      return;
    case 'bullets':
      appendList(body, block.items, DocumentApp.GlyphType.BULLET);
      return;
    case 'numbered':
      appendList(body, block.items, DocumentApp.GlyphType.NUMBER);
      return;
    case 'table': {
      const table = body.appendTable([block.header, ...block.rows]);
      const header = table.getRow(0);
      for (let cell = 0; cell < header.getNumCells(); cell += 1) {
        header.getCell(cell).editAsText().setBold(true);
      }
      return;
    }
  }
}

/** Creates a new Doc (never reuses one) titled `model.title`, with the model's blocks. */
export function writeDoc(model: DocModel): WrittenDoc {
  const doc = DocumentApp.create(model.title);
  const body = doc.getBody();
  // A new Doc starts with one empty paragraph; it is dropped once the plan follows it.
  const [blank] = body.getParagraphs();
  for (const block of model.blocks) appendBlock(body, block);
  if (blank && blank.getText() === '' && body.getNumChildren() > 1) blank.removeFromParent();
  doc.saveAndClose();
  return { id: doc.getId(), url: doc.getUrl(), title: doc.getName() };
}
