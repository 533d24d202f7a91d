/** DocumentApp: documents with a body of paragraphs, list items, tables, rules and page breaks. */
import {
  type EnumValue,
  Fake,
  type FakeRegistry,
  isEnumValue,
  isPlainObject,
  makeEnum,
  signatureError,
} from './registry';

export const ParagraphHeading = makeEnum('ParagraphHeading', [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
]);
export const GlyphType = makeEnum('GlyphType', [
  'BULLET',
  'HOLLOW_BULLET',
  'SQUARE_BULLET',
  'NUMBER',
  'LATIN_UPPER',
  'LATIN_LOWER',
  'ROMAN_UPPER',
  'ROMAN_LOWER',
]);
export const HorizontalAlignment = makeEnum('HorizontalAlignment', [
  'LEFT',
  'CENTER',
  'RIGHT',
  'JUSTIFY',
]);
export const ElementType = makeEnum('ElementType', [
  'BODY_SECTION',
  'PARAGRAPH',
  'LIST_ITEM',
  'TABLE',
  'TABLE_ROW',
  'TABLE_CELL',
  'TEXT',
  'HORIZONTAL_RULE',
  'PAGE_BREAK',
]);
const ATTRIBUTES = [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const;
export const Attribute = makeEnum('Attribute', ATTRIBUTES);

/** A text attribute applied to characters start..end (inclusive, as Apps Script counts). */
export interface TextSpan {
  start: number;
  end: number;
  attribute: string;
  value: unknown;
}

export type DocElement =
  | {
      type: 'paragraph';
      heading: string;
      text: string;
      alignment: string | null;
      attributes: Record<string, unknown>;
      spans: TextSpan[];
    }
  | {
      type: 'listItem';
      text: string;
      glyphType: string;
      nestingLevel: number;
      attributes: Record<string, unknown>;
      spans: TextSpan[];
    }
  | { type: 'table'; rows: string[][]; attributes: Record<string, unknown> }
  | { type: 'horizontalRule' }
  | { type: 'pageBreak' };

/** A created document as plain data, for tests. */
export interface DocumentSnapshot {
  id: string;
  name: string;
  url: string;
  /** saveAndClose() was called (and the document not reopened since). */
  saved: boolean;
  /** Every body element in order. A new body starts with one empty paragraph, as in Docs. */
  elements: DocElement[];
  /** Paragraphs with a heading other than NORMAL. */
  headings: Array<{ heading: string; text: string }>;
  /** Texts of NORMAL paragraphs that are not empty. */
  paragraphs: string[];
  listItems: Array<{ text: string; glyphType: string; nestingLevel: number }>;
  tables: string[][][];
  /** Body text: elements joined by "\n". */
  text: string;
}

/** Something holding editable text: paragraphs, list items, table cells. */
class TextHolder {
  text = '';
  spans: TextSpan[] = [];
}

function attrsFrom(fake: Fake, method: string, attributes: unknown): Record<string, unknown> {
  if (!isPlainObject(attributes)) signatureError(fake.reg, method, [attributes]);
  for (const key of Object.keys(attributes)) {
    if (!(ATTRIBUTES as readonly string[]).includes(key)) {
      fake.reg.fail(
        `Local Apps Script host: ${method}: unknown attribute "${key}" (use DocumentApp.Attribute)`,
      );
    }
  }
  return { ...attributes };
}

export class TextFake extends Fake {
  readonly apiName = 'Text';
  constructor(
    reg: FakeRegistry,
    private readonly doc: DocumentFake,
    private readonly holder: TextHolder,
    private readonly from: number,
  ) {
    super(reg);
  }
  _style(method: string, attribute: string, args: unknown[], check: (v: unknown) => boolean): this {
    this.doc._checkOpen();
    const last = this.holder.text.length - 1;
    if (args.length === 1 && check(args[0])) {
      if (last >= this.from)
        this.holder.spans.push({ start: this.from, end: last, attribute, value: args[0] });
      return this;
    }
    const [s, e, v] = args;
    if (args.length === 3 && typeof s === 'number' && typeof e === 'number' && check(v)) {
      const start = this.from + s;
      const end = this.from + e;
      if (s < 0 || start > end || end > last) this._fail('Invalid text offsets.');
      this.holder.spans.push({ start, end, attribute, value: v });
      return this;
    }
    return signatureError(this.reg, `DocumentApp.Text.${method}`, args);
  }
  setBold(...args: unknown[]): this {
    return this._style('setBold', 'BOLD', args, (v) => typeof v === 'boolean' || v === null);
  }
  setItalic(...args: unknown[]): this {
    return this._style('setItalic', 'ITALIC', args, (v) => typeof v === 'boolean' || v === null);
  }
  setUnderline(...args: unknown[]): this {
    return this._style(
      'setUnderline',
      'UNDERLINE',
      args,
      (v) => typeof v === 'boolean' || v === null,
    );
  }
  setForegroundColor(...args: unknown[]): this {
    return this._style(
      'setForegroundColor',
      'FOREGROUND_COLOR',
      args,
      (v) => typeof v === 'string' || v === null,
    );
  }
  setLinkUrl(...args: unknown[]): this {
    return this._style('setLinkUrl', 'LINK_URL', args, (v) => typeof v === 'string' || v === null);
  }
  setFontSize(...args: unknown[]): this {
    return this._style(
      'setFontSize',
      'FONT_SIZE',
      args,
      (v) => typeof v === 'number' || v === null,
    );
  }
  getText(): string {
    return this.holder.text.slice(this.from);
  }
  setText(text: unknown): this {
    if (typeof text !== 'string') signatureError(this.reg, 'DocumentApp.Text.setText', [text]);
    this.doc._checkOpen();
    this.holder.text = this.holder.text.slice(0, this.from) + text;
    this.holder.spans = this.holder.spans.filter((s) => s.end < this.from);
    return this;
  }
  appendText(text: unknown): TextFake {
    if (typeof text !== 'string') signatureError(this.reg, 'DocumentApp.Text.appendText', [text]);
    this.doc._checkOpen();
    const start = this.holder.text.length;
    this.holder.text += text;
    return new TextFake(this.reg, this.doc, this.holder, start);
  }
  getType(): EnumValue {
    return ElementType.TEXT;
  }
}

type Container = BodyFake;

abstract class ElementFake extends Fake {
  parent: Container | null = null;
  constructor(
    reg: FakeRegistry,
    readonly doc: DocumentFake,
  ) {
    super(reg);
  }
  abstract _snapshot(): DocElement;
  abstract _text(): string;
  removeFromParent(): this {
    this.parent?.removeChild(this);
    return this;
  }
  getParent(): Container | null {
    return this.parent;
  }
}

abstract class TextElementFake extends ElementFake {
  readonly holder = new TextHolder();
  attributes: Record<string, unknown> = {};
  alignment: EnumValue | null = null;
  _text(): string {
    return this.holder.text;
  }
  getText(): string {
    return this.holder.text;
  }
  setText(text: unknown): this {
    if (typeof text !== 'string')
      signatureError(this.reg, `DocumentApp.${this.apiName}.setText`, [text]);
    this.doc._checkOpen();
    this.holder.text = text;
    this.holder.spans = [];
    return this;
  }
  appendText(text: unknown): TextFake {
    return new TextFake(this.reg, this.doc, this.holder, 0).appendText(text);
  }
  editAsText(): TextFake {
    return new TextFake(this.reg, this.doc, this.holder, 0);
  }
  setAttributes(attributes: unknown): this {
    this.doc._checkOpen();
    Object.assign(this.attributes, attrsFrom(this, `${this.apiName}.setAttributes`, attributes));
    return this;
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.attributes };
  }
  setAlignment(alignment: unknown): this {
    if (!isEnumValue(alignment, 'HorizontalAlignment')) {
      signatureError(this.reg, `DocumentApp.${this.apiName}.setAlignment`, [alignment]);
    }
    this.doc._checkOpen();
    this.alignment = alignment;
    return this;
  }
  getAlignment(): EnumValue | null {
    return this.alignment;
  }
  setLinkUrl(url: unknown): this {
    this.editAsText().setLinkUrl(url);
    return this;
  }
  setSpacingAfter(points: unknown): this {
    return this.setAttributes({ SPACING_AFTER: points });
  }
  setSpacingBefore(points: unknown): this {
    return this.setAttributes({ SPACING_BEFORE: points });
  }
}

export class ParagraphFake extends TextElementFake {
  readonly apiName = 'Paragraph';
  heading: EnumValue = ParagraphHeading.NORMAL;
  setHeading(heading: unknown): this {
    if (!isEnumValue(heading, 'ParagraphHeading')) {
      signatureError(this.reg, 'DocumentApp.Paragraph.setHeading', [heading]);
    }
    this.doc._checkOpen();
    this.heading = heading;
    return this;
  }
  getHeading(): EnumValue {
    return this.heading;
  }
  getType(): EnumValue {
    return ElementType.PARAGRAPH;
  }
  _snapshot(): DocElement {
    return {
      type: 'paragraph',
      heading: String(this.heading),
      text: this.holder.text,
      alignment: this.alignment === null ? null : String(this.alignment),
      attributes: { ...this.attributes },
      spans: this.holder.spans.map((s) => ({ ...s })),
    };
  }
}

export class ListItemFake extends TextElementFake {
  readonly apiName = 'ListItem';
  glyphType: EnumValue = GlyphType.BULLET;
  nestingLevel = 0;
  setGlyphType(glyphType: unknown): this {
    if (!isEnumValue(glyphType, 'GlyphType')) {
      signatureError(this.reg, 'DocumentApp.ListItem.setGlyphType', [glyphType]);
    }
    this.doc._checkOpen();
    this.glyphType = glyphType;
    return this;
  }
  getGlyphType(): EnumValue {
    return this.glyphType;
  }
  setNestingLevel(level: unknown): this {
    if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 8) {
      signatureError(this.reg, 'DocumentApp.ListItem.setNestingLevel', [level]);
    }
    this.doc._checkOpen();
    this.nestingLevel = level;
    return this;
  }
  getNestingLevel(): number {
    return this.nestingLevel;
  }
  getType(): EnumValue {
    return ElementType.LIST_ITEM;
  }
  _snapshot(): DocElement {
    return {
      type: 'listItem',
      text: this.holder.text,
      glyphType: String(this.glyphType),
      nestingLevel: this.nestingLevel,
      attributes: { ...this.attributes },
      spans: this.holder.spans.map((s) => ({ ...s })),
    };
  }
}

function childIndexError(reg: FakeRegistry, index: unknown, count: number): never {
  return reg.fail(
    `Child index (${String(index)}) must be less than the number of child elements (${count}).`,
  );
}

export class TableCellFake extends Fake {
  readonly apiName = 'TableCell';
  readonly holder = new TextHolder();
  attributes: Record<string, unknown> = {};
  constructor(
    reg: FakeRegistry,
    private readonly doc: DocumentFake,
    text: string,
  ) {
    super(reg);
    this.holder.text = text;
  }
  getText(): string {
    return this.holder.text;
  }
  setText(text: unknown): this {
    if (typeof text !== 'string') signatureError(this.reg, 'DocumentApp.TableCell.setText', [text]);
    this.doc._checkOpen();
    this.holder.text = text;
    this.holder.spans = [];
    return this;
  }
  editAsText(): TextFake {
    return new TextFake(this.reg, this.doc, this.holder, 0);
  }
  setBackgroundColor(color: unknown): this {
    if (typeof color !== 'string')
      signatureError(this.reg, 'DocumentApp.TableCell.setBackgroundColor', [color]);
    return this.setAttributes({ BACKGROUND_COLOR: color });
  }
  setAttributes(attributes: unknown): this {
    this.doc._checkOpen();
    Object.assign(this.attributes, attrsFrom(this, 'TableCell.setAttributes', attributes));
    return this;
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.attributes };
  }
  getType(): EnumValue {
    return ElementType.TABLE_CELL;
  }
}

export class TableRowFake extends Fake {
  readonly apiName = 'TableRow';
  readonly cells: TableCellFake[] = [];
  constructor(
    reg: FakeRegistry,
    private readonly doc: DocumentFake,
  ) {
    super(reg);
  }
  getNumCells(): number {
    return this.cells.length;
  }
  getCell(index: unknown): TableCellFake {
    const cell = typeof index === 'number' ? this.cells[index] : undefined;
    return cell ?? childIndexError(this.reg, index, this.cells.length);
  }
  appendTableCell(text?: unknown): TableCellFake {
    if (text !== undefined && typeof text !== 'string') {
      signatureError(this.reg, 'DocumentApp.TableRow.appendTableCell', [text]);
    }
    this.doc._checkOpen();
    const cell = new TableCellFake(this.reg, this.doc, text ?? '');
    this.cells.push(cell);
    return cell;
  }
  getText(): string {
    return this.cells.map((c) => c.getText()).join('\t');
  }
  getType(): EnumValue {
    return ElementType.TABLE_ROW;
  }
}

export class TableFake extends ElementFake {
  readonly apiName = 'Table';
  readonly rows: TableRowFake[] = [];
  attributes: Record<string, unknown> = {};
  _text(): string {
    return this.rows.map((r) => r.getText()).join('\n');
  }
  _snapshot(): DocElement {
    return {
      type: 'table',
      rows: this.rows.map((r) => r.cells.map((c) => c.getText())),
      attributes: { ...this.attributes },
    };
  }
  getNumRows(): number {
    return this.rows.length;
  }
  getRow(index: unknown): TableRowFake {
    const row = typeof index === 'number' ? this.rows[index] : undefined;
    return row ?? childIndexError(this.reg, index, this.rows.length);
  }
  getCell(rowIndex: unknown, cellIndex: unknown): TableCellFake {
    return this.getRow(rowIndex).getCell(cellIndex);
  }
  appendTableRow(): TableRowFake {
    this.doc._checkOpen();
    const row = new TableRowFake(this.reg, this.doc);
    this.rows.push(row);
    return row;
  }
  getText(): string {
    return this._text();
  }
  setAttributes(attributes: unknown): this {
    this.doc._checkOpen();
    Object.assign(this.attributes, attrsFrom(this, 'Table.setAttributes', attributes));
    return this;
  }
  getAttributes(): Record<string, unknown> {
    return { ...this.attributes };
  }
  setBorderWidth(width: unknown): this {
    if (typeof width !== 'number')
      signatureError(this.reg, 'DocumentApp.Table.setBorderWidth', [width]);
    return this.setAttributes({ BORDER_WIDTH: width });
  }
  setBorderColor(color: unknown): this {
    if (typeof color !== 'string')
      signatureError(this.reg, 'DocumentApp.Table.setBorderColor', [color]);
    return this.setAttributes({ BORDER_COLOR: color });
  }
  getType(): EnumValue {
    return ElementType.TABLE;
  }
}

export class HorizontalRuleFake extends ElementFake {
  readonly apiName = 'HorizontalRule';
  _text(): string {
    return '';
  }
  _snapshot(): DocElement {
    return { type: 'horizontalRule' };
  }
  getType(): EnumValue {
    return ElementType.HORIZONTAL_RULE;
  }
}

export class PageBreakFake extends ElementFake {
  readonly apiName = 'PageBreak';
  _text(): string {
    return '';
  }
  _snapshot(): DocElement {
    return { type: 'pageBreak' };
  }
  getType(): EnumValue {
    return ElementType.PAGE_BREAK;
  }
}

export class BodyFake extends Fake {
  readonly apiName = 'Body';
  readonly children: ElementFake[] = [];
  constructor(
    reg: FakeRegistry,
    private readonly doc: DocumentFake,
  ) {
    super(reg);
    this._add(new ParagraphFake(reg, doc));
  }
  _add<T extends ElementFake>(el: T, index = this.children.length): T {
    this.doc._checkOpen();
    el.parent = this;
    this.children.splice(index, 0, el);
    return el;
  }
  _paragraph(method: string, text: unknown): ParagraphFake {
    if (typeof text !== 'string') signatureError(this.reg, `DocumentApp.Body.${method}`, [text]);
    const p = new ParagraphFake(this.reg, this.doc);
    p.holder.text = text;
    return p;
  }
  appendParagraph(text: unknown): ParagraphFake {
    return this._add(this._paragraph('appendParagraph', text));
  }
  insertParagraph(childIndex: unknown, text: unknown): ParagraphFake {
    if (typeof childIndex !== 'number' || childIndex < 0 || childIndex > this.children.length) {
      return childIndexError(this.reg, childIndex, this.children.length);
    }
    return this._add(this._paragraph('insertParagraph', text), childIndex);
  }
  appendListItem(text: unknown): ListItemFake {
    if (typeof text !== 'string')
      signatureError(this.reg, 'DocumentApp.Body.appendListItem', [text]);
    const item = new ListItemFake(this.reg, this.doc);
    item.holder.text = text;
    return this._add(item);
  }
  /** appendTable() or appendTable(cells: string[][]): Apps Script takes String[][] (checked). */
  appendTable(cells?: unknown): TableFake {
    const table = new TableFake(this.reg, this.doc);
    if (cells !== undefined) {
      const ok =
        Array.isArray(cells) &&
        cells.length > 0 &&
        cells.every(
          (r) => Array.isArray(r) && r.length > 0 && r.every((c) => typeof c === 'string'),
        );
      if (!ok) signatureError(this.reg, 'DocumentApp.Body.appendTable', [cells]);
      for (const r of cells as string[][]) {
        const row = new TableRowFake(this.reg, this.doc);
        for (const c of r) row.cells.push(new TableCellFake(this.reg, this.doc, c));
        table.rows.push(row);
      }
    }
    return this._add(table);
  }
  appendHorizontalRule(): HorizontalRuleFake {
    return this._add(new HorizontalRuleFake(this.reg, this.doc));
  }
  appendPageBreak(): PageBreakFake {
    return this._add(new PageBreakFake(this.reg, this.doc));
  }
  /** Leaves one empty paragraph, as Docs does. */
  clear(): this {
    this.doc._checkOpen();
    this.children.length = 0;
    this._add(new ParagraphFake(this.reg, this.doc));
    return this;
  }
  getText(): string {
    return this.children.map((c) => c._text()).join('\n');
  }
  getParagraphs(): Array<ParagraphFake | ListItemFake> {
    return this.children.filter(
      (c): c is ParagraphFake | ListItemFake => c instanceof TextElementFake,
    );
  }
  getListItems(): ListItemFake[] {
    return this.children.filter((c): c is ListItemFake => c instanceof ListItemFake);
  }
  getTables(): TableFake[] {
    return this.children.filter((c): c is TableFake => c instanceof TableFake);
  }
  getNumChildren(): number {
    return this.children.length;
  }
  getChild(index: unknown): ElementFake {
    const child = typeof index === 'number' ? this.children[index] : undefined;
    return child ?? childIndexError(this.reg, index, this.children.length);
  }
  getChildIndex(child: unknown): number {
    const i = this.children.indexOf(child as ElementFake);
    if (i < 0) this._fail('Element does not contain the specified child element.');
    return i;
  }
  removeChild(child: unknown): this {
    this.doc._checkOpen();
    const i = this.getChildIndex(child);
    if (i === this.children.length - 1 && child instanceof ParagraphFake) {
      this._fail("Can't remove the last paragraph in a document section.");
    }
    this.children.splice(i, 1);
    (child as ElementFake).parent = null;
    return this;
  }
  getType(): EnumValue {
    return ElementType.BODY_SECTION;
  }
}

export class DocumentFake extends Fake {
  readonly apiName = 'Document';
  static readonly testOnly = ['snapshot'];
  closed = false;
  saved = false;
  readonly body: BodyFake;
  constructor(
    reg: FakeRegistry,
    readonly id: string,
    public name: string,
  ) {
    super(reg);
    this.body = new BodyFake(reg, this);
  }
  _checkOpen(): void {
    if (this.closed) this._fail('Document is closed, its contents cannot be updated.');
  }
  snapshot(): DocumentSnapshot {
    const elements = this.body.children.map((c) => c._snapshot());
    const headings: DocumentSnapshot['headings'] = [];
    const paragraphs: string[] = [];
    const listItems: DocumentSnapshot['listItems'] = [];
    const tables: string[][][] = [];
    for (const e of elements) {
      if (e.type === 'paragraph' && e.heading !== 'NORMAL')
        headings.push({ heading: e.heading, text: e.text });
      if (e.type === 'paragraph' && e.heading === 'NORMAL' && e.text !== '')
        paragraphs.push(e.text);
      if (e.type === 'listItem') {
        listItems.push({ text: e.text, glyphType: e.glyphType, nestingLevel: e.nestingLevel });
      }
      if (e.type === 'table') tables.push(e.rows);
    }
    return {
      id: this.id,
      name: this.name,
      url: this.getUrl(),
      saved: this.saved,
      elements,
      headings,
      paragraphs,
      listItems,
      tables,
      text: this.body.getText(),
    };
  }
  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  setName(name: unknown): this {
    if (typeof name !== 'string') signatureError(this.reg, 'DocumentApp.Document.setName', [name]);
    this.name = name;
    return this;
  }
  getUrl(): string {
    return `https://docs.google.com/document/d/${this.id}/edit`;
  }
  getBody(): BodyFake {
    this._checkOpen();
    return this.body;
  }
  saveAndClose(): void {
    this.closed = true;
    this.saved = true;
  }
}

export class DocumentAppFake extends Fake {
  readonly apiName = 'DocumentApp';
  readonly documents: DocumentFake[] = [];
  get ParagraphHeading() {
    return ParagraphHeading;
  }
  get GlyphType() {
    return GlyphType;
  }
  get Attribute() {
    return Attribute;
  }
  get HorizontalAlignment() {
    return HorizontalAlignment;
  }
  get ElementType() {
    return ElementType;
  }
  create(name: unknown): DocumentFake {
    if (typeof name !== 'string' || name === '')
      signatureError(this.reg, 'DocumentApp.create', [name]);
    const id = `local-doc-${String(this.documents.length + 1).padStart(4, '0')}`;
    const doc = new DocumentFake(this.reg, id, name);
    this.documents.push(doc);
    return doc;
  }
  /** Opens a document created in this host; reopening a closed one makes it editable again. */
  openById(id: unknown): DocumentFake {
    if (typeof id !== 'string') signatureError(this.reg, 'DocumentApp.openById', [id]);
    const doc = this.documents.find((d) => d.id === id);
    if (!doc) this._fail(`No item with the given ID could be found. (${id})`);
    doc.closed = false;
    doc.saved = false;
    return doc;
  }
}
