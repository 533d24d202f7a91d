/**
 * The local preview's writer: the same neutral document model the add-on writes into a Google Doc
 * (src/core/plan), written as a .docx with the `docx` package so a seller or a developer can read
 * a Plan of Action without Google's servers. Node-only: it is never bundled into the add-on.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { DocBlock, DocModel } from '../../src/core/plan/types';

const headingLevels = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

const numberingReference = 'plan-numbered';

function tableOf(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (text) =>
          new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

function blockToDocx(block: DocBlock, listIndex: number): (Paragraph | Table)[] {
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: headingLevels[block.level] })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'bullets':
      return block.items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));
    case 'numbered':
      // Each numbered list restarts at 1: one numbering instance per list.
      return block.items.map(
        (text) =>
          new Paragraph({
            text,
            numbering: { reference: numberingReference, level: 0, instance: listIndex },
          }),
      );
    case 'table':
      return [tableOf(block.header, block.rows)];
  }
}

export async function docModelToDocx(model: DocModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
  ];
  model.blocks.forEach((block, index) => {
    children.push(...blockToDocx(block, index));
  });
  const document = new Document({
    title: model.title,
    numbering: {
      config: [
        {
          reference: numberingReference,
          levels: [{ level: 0, format: 'decimal', text: '%1.', alignment: 'left' }],
        },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
