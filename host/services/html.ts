/**
 * HtmlService: pages read from the dist folder, HtmlOutput, and HtmlTemplate as far as the add-on
 * uses it (getRawContent: how src/gas/server-bundle.ts reads the server bundle from Server.html).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type EnumValue,
  Fake,
  type FakeRegistry,
  isEnumValue,
  makeEnum,
  signatureError,
} from './registry';

export const SandboxMode = makeEnum('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE', 'NONE']);
export const XFrameOptionsMode = makeEnum('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

export class HtmlOutputFake extends Fake {
  readonly apiName = 'HtmlOutput';
  title = '';
  width: number | undefined;
  height: number | undefined;
  sandboxMode: EnumValue = SandboxMode.IFRAME;
  xFrameOptionsMode: EnumValue = XFrameOptionsMode.DEFAULT;
  readonly metaTags: Array<{ name: string; content: string }> = [];
  constructor(
    reg: FakeRegistry,
    private content: string,
  ) {
    super(reg);
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: unknown): this {
    if (typeof content !== 'string') signatureError(this.reg, 'HtmlOutput.setContent', [content]);
    this.content = content;
    return this;
  }
  append(html: unknown): this {
    if (typeof html !== 'string') signatureError(this.reg, 'HtmlOutput.append', [html]);
    this.content += html;
    return this;
  }
  appendUntrusted(text: unknown): this {
    const escaped = String(text).replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
    );
    this.content += escaped;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setTitle(title: unknown): this {
    if (typeof title !== 'string') signatureError(this.reg, 'HtmlOutput.setTitle', [title]);
    this.title = title;
    return this;
  }
  getWidth(): number | null {
    return this.width ?? null;
  }
  setWidth(width: unknown): this {
    if (typeof width !== 'number') signatureError(this.reg, 'HtmlOutput.setWidth', [width]);
    this.width = width;
    return this;
  }
  getHeight(): number | null {
    return this.height ?? null;
  }
  setHeight(height: unknown): this {
    if (typeof height !== 'number') signatureError(this.reg, 'HtmlOutput.setHeight', [height]);
    this.height = height;
    return this;
  }
  setSandboxMode(mode: unknown): this {
    if (!isEnumValue(mode, 'SandboxMode'))
      signatureError(this.reg, 'HtmlOutput.setSandboxMode', [mode]);
    this.sandboxMode = mode;
    return this;
  }
  getSandboxMode(): EnumValue {
    return this.sandboxMode;
  }
  setXFrameOptionsMode(mode: unknown): this {
    if (!isEnumValue(mode, 'XFrameOptionsMode')) {
      signatureError(this.reg, 'HtmlOutput.setXFrameOptionsMode', [mode]);
    }
    this.xFrameOptionsMode = mode;
    return this;
  }
  addMetaTag(name: unknown, content: unknown): this {
    if (typeof name !== 'string' || typeof content !== 'string') {
      signatureError(this.reg, 'HtmlOutput.addMetaTag', [name, content]);
    }
    this.metaTags.push({ name, content });
    return this;
  }
}

/** A template made from a file; only its raw content is implemented (evaluate would run scriptlets). */
export class HtmlTemplateFake extends Fake {
  readonly apiName = 'HtmlTemplate';
  constructor(
    reg: FakeRegistry,
    private readonly content: string,
  ) {
    super(reg);
  }
  /** "The unprocessed content of this template": the file exactly as pushed. */
  getRawContent(): string {
    return this.content;
  }
}

export class HtmlServiceFake extends Fake {
  readonly apiName = 'HtmlService';
  constructor(
    reg: FakeRegistry,
    /** Where createHtmlOutputFromFile looks for `<name>.html`; loadAddon sets it to its distDir. */
    public htmlDir: string | undefined,
  ) {
    super(reg);
  }
  get SandboxMode() {
    return SandboxMode;
  }
  get XFrameOptionsMode() {
    return XFrameOptionsMode;
  }
  /** Reads `<htmlDir>/<name>.html` ("Sidebar" or "Sidebar.html"). */
  createHtmlOutputFromFile(name: unknown): HtmlOutputFake {
    return new HtmlOutputFake(this.reg, this._fileOf('createHtmlOutputFromFile', name));
  }
  /** A template of `<htmlDir>/<name>.html`; like Apps Script, a file that is not there throws. */
  createTemplateFromFile(name: unknown): HtmlTemplateFake {
    return new HtmlTemplateFake(this.reg, this._fileOf('createTemplateFromFile', name));
  }
  private _fileOf(method: string, name: unknown): string {
    if (typeof name !== 'string') signatureError(this.reg, `HtmlService.${method}`, [name]);
    if (this.htmlDir === undefined) {
      this.reg.fail(
        'Local Apps Script host: HtmlService has no dist folder (pass htmlDir to createLocalHost, or load the add-on with loadAddon)',
      );
    }
    const base = name.replace(/\.html$/, '');
    const file = join(this.htmlDir, `${base}.html`);
    if (!existsSync(file)) this.reg.fail(`No HTML file named ${base} was found.`);
    return readFileSync(file, 'utf8');
  }
  createHtmlOutput(html?: unknown): HtmlOutputFake {
    if (html !== undefined && typeof html !== 'string') {
      signatureError(this.reg, 'HtmlService.createHtmlOutput', [html]);
    }
    return new HtmlOutputFake(this.reg, html ?? '');
  }
}
