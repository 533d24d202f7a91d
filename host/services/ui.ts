/** The Ui fake (menus, sidebars, dialogs, alerts) and what it showed, for tests. */
import type { HtmlOutputFake } from './html';
import {
  type EnumValue,
  Fake,
  type FakeRegistry,
  isEnumValue,
  makeEnum,
  signatureError,
} from './registry';

export type MenuEntry =
  | { kind: 'item'; caption: string; functionName: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; menu: MenuModel };

export interface MenuModel {
  /** The title; null for the add-on menu (Sheets shows the add-on's name). */
  title: string | null;
  addon: boolean;
  entries: MenuEntry[];
}

export interface ShownPage {
  kind: 'sidebar' | 'modal' | 'modeless';
  title: string;
  content: string;
  width?: number;
  height?: number;
}

export interface AlertRecord {
  title: string | null;
  prompt: string;
  buttons: string;
  response: string;
}

export interface ToastRecord {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

/** What the add-on showed. Tests read it; `respondToNextAlert` scripts the user's answers. */
export class UiState {
  readonly menus: MenuModel[] = [];
  readonly sidebars: ShownPage[] = [];
  readonly dialogs: ShownPage[] = [];
  readonly alerts: AlertRecord[] = [];
  readonly toasts: ToastRecord[] = [];
  /** Answers for the next alerts, by Button name ("OK", "CANCEL", "YES", "NO", "CLOSE"). */
  readonly pendingAlertResponses: string[] = [];

  respondToNextAlert(button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'): void {
    this.pendingAlertResponses.push(button);
  }

  /** The menu items added to the UI, flattened: "Menu title > Caption" -> function name. */
  menuItems(): Array<{ path: string; functionName: string }> {
    const out: Array<{ path: string; functionName: string }> = [];
    const walk = (menu: MenuModel, prefix: string) => {
      for (const e of menu.entries) {
        if (e.kind === 'item')
          out.push({ path: `${prefix}${e.caption}`, functionName: e.functionName });
        if (e.kind === 'submenu') walk(e.menu, `${prefix}${e.menu.title ?? ''} > `);
      }
    };
    for (const m of this.menus) walk(m, `${m.title ?? '(add-on)'} > `);
    return out;
  }
}

export const ButtonSet = makeEnum('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const Button = makeEnum('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);

export class MenuFake extends Fake {
  readonly apiName = 'Menu';
  readonly model: MenuModel;
  constructor(
    reg: FakeRegistry,
    private readonly state: UiState,
    title: string | null,
  ) {
    super(reg);
    this.model = { title, addon: title === null, entries: [] };
  }
  addItem(caption: unknown, functionName: unknown): this {
    if (typeof caption !== 'string' || typeof functionName !== 'string') {
      signatureError(this.reg, 'Menu.addItem', [caption, functionName]);
    }
    this.model.entries.push({ kind: 'item', caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.model.entries.push({ kind: 'separator' });
    return this;
  }
  addSubMenu(menu: unknown): this {
    if (!(menu instanceof MenuFake)) signatureError(this.reg, 'Menu.addSubMenu', [menu]);
    this.model.entries.push({ kind: 'submenu', menu: menu.model });
    return this;
  }
  addToUi(): void {
    this.state.menus.push(this.model);
  }
}

export class UiFake extends Fake {
  readonly apiName = 'Ui';
  constructor(
    reg: FakeRegistry,
    private readonly state: UiState,
    private readonly htmlOutput: new (...a: never[]) => HtmlOutputFake,
  ) {
    super(reg);
  }
  get ButtonSet() {
    return ButtonSet;
  }
  get Button() {
    return Button;
  }
  createAddonMenu(): MenuFake {
    return new MenuFake(this.reg, this.state, null);
  }
  createMenu(title: unknown): MenuFake {
    if (typeof title !== 'string') signatureError(this.reg, 'Ui.createMenu', [title]);
    return new MenuFake(this.reg, this.state, title);
  }
  _page(kind: ShownPage['kind'], output: unknown, title: unknown, method: string): ShownPage {
    if (!(output instanceof this.htmlOutput)) signatureError(this.reg, method, [output, title]);
    const page: ShownPage = {
      kind,
      title: typeof title === 'string' ? title : output.getTitle(),
      content: output.getContent(),
    };
    if (output.width !== undefined) page.width = output.width;
    if (output.height !== undefined) page.height = output.height;
    return page;
  }
  showSidebar(output: unknown): void {
    this.state.sidebars.push(this._page('sidebar', output, undefined, 'Ui.showSidebar'));
  }
  showModalDialog(output: unknown, title: unknown): void {
    if (typeof title !== 'string') signatureError(this.reg, 'Ui.showModalDialog', [output, title]);
    this.state.dialogs.push(this._page('modal', output, title, 'Ui.showModalDialog'));
  }
  showModelessDialog(output: unknown, title: unknown): void {
    if (typeof title !== 'string')
      signatureError(this.reg, 'Ui.showModelessDialog', [output, title]);
    this.state.dialogs.push(this._page('modeless', output, title, 'Ui.showModelessDialog'));
  }
  /** alert(prompt), alert(prompt, buttons), alert(title, prompt, buttons). Answers OK by default. */
  alert(a: unknown, b?: unknown, c?: unknown): EnumValue {
    let title: string | null = null;
    let prompt: unknown = a;
    let buttons: unknown = b;
    if (c !== undefined) {
      title = typeof a === 'string' ? a : String(a);
      prompt = b;
      buttons = c;
    }
    if (typeof prompt !== 'string') signatureError(this.reg, 'Ui.alert', [a, b, c]);
    const set = buttons === undefined ? ButtonSet.OK : buttons;
    if (!isEnumValue(set, 'ButtonSet')) signatureError(this.reg, 'Ui.alert', [a, b, c]);
    const answer =
      this.state.pendingAlertResponses.shift() ?? (String(set).startsWith('YES') ? 'YES' : 'OK');
    const response = Button[answer as keyof typeof Button];
    this.state.alerts.push({ title, prompt, buttons: String(set), response: String(response) });
    return response;
  }
}
