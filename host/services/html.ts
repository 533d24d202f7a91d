/** HtmlService: pages read from the dist folder, and HtmlOutput. */
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
    if (typeof name !== 'string')
      signatureError(this.reg, 'HtmlService.createHtmlOutputFromFile', [name]);
    if (this.htmlDir === undefined) {
      this.reg.fail(
        'Local Apps Script host: HtmlService has no dist folder (pass htmlDir to createLocalHost, or load the add-on with loadAddon)',
      );
    }
    const base = name.replace(/\.html$/, '');
    const file = join(this.htmlDir, `${base}.html`);
    if (!existsSync(file)) this.reg.fail(`No HTML file named ${base} was found.`);
    return new HtmlOutputFake(this.reg, readFileSync(file, 'utf8'));
  }
  createHtmlOutput(html?: unknown): HtmlOutputFake {
    if (html !== undefined && typeof html !== 'string') {
      signatureError(this.reg, 'HtmlService.createHtmlOutput', [html]);
    }
    return new HtmlOutputFake(this.reg, html ?? '');
  }
}
