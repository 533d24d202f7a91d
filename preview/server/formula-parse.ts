/**
 * Parses the formulas the add-on writes (cell formulas such as `=ACCOUNT_HEALTH('All Orders'!A1:AG,
 * ,Health!$F$3)` and conditional-format custom formulas such as `=AND($E8="Breach","x"<>"")`) into
 * a small tree the preview evaluates. Only the grammar Sheets formulas share with these is read:
 * numbers, "strings", TRUE/FALSE, references with an optional sheet name, function calls (an empty
 * argument is allowed), & + - * / and the comparisons. Anything else is a FormulaSyntaxError.
 */

/** One end of a reference; a missing row or column is open-ended (`A2:C`, `A:A`). */
export interface RefEnd {
  column?: number;
  columnAbsolute: boolean;
  row?: number;
  rowAbsolute: boolean;
}

export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'text'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'reference'; sheet?: string; start: RefEnd; end?: RefEnd }
  | { kind: 'call'; name: string; args: (FormulaNode | null)[] }
  | { kind: 'operator'; operator: string; left: FormulaNode; right: FormulaNode }
  | { kind: 'negate'; operand: FormulaNode };

export class FormulaSyntaxError extends Error {}

type Token =
  | { type: 'number'; value: number }
  | { type: 'text'; value: string }
  | { type: 'sheet'; value: string }
  | { type: 'word'; value: string }
  | { type: 'symbol'; value: string };

const symbols = ['<>', '<=', '>=', '<', '>', '=', '&', '+', '-', '*', '/', '(', ')', ',', ':'];

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '"' || ch === "'") {
      // "text" with "" for a quote; 'Sheet name' with '' for an apostrophe, then "!".
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) throw new FormulaSyntaxError('A quote is not closed.');
        if (source[i] === ch) {
          if (source[i + 1] === ch) {
            value += ch;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += source[i];
        i++;
      }
      if (ch === '"') tokens.push({ type: 'text', value });
      else {
        if (source[i] !== '!') throw new FormulaSyntaxError('A quoted sheet name needs "!".');
        i++;
        tokens.push({ type: 'sheet', value });
      }
      continue;
    }
    const number = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(source.slice(i));
    if (number && !/^\d+[A-Za-z$]/.test(source.slice(i))) {
      tokens.push({ type: 'number', value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_.$]*/.exec(source.slice(i)) ?? /^\d+/.exec(source.slice(i));
    if (word) {
      i += word[0].length;
      if (source[i] === '!') {
        i++;
        tokens.push({ type: 'sheet', value: word[0] });
      } else tokens.push({ type: 'word', value: word[0] });
      continue;
    }
    const symbol = symbols.find((s) => source.startsWith(s, i));
    if (!symbol) throw new FormulaSyntaxError(`Unexpected "${ch}".`);
    tokens.push({ type: 'symbol', value: symbol });
    i += symbol.length;
  }
  return tokens;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `$A$1`, `A1`, `A`, `$C`, `12` (a whole row) as a reference end, or undefined. */
function refEnd(word: string): RefEnd | undefined {
  const m = /^(\$?)([A-Za-z]{0,3})(\$?)(\d*)$/.exec(word);
  if (!m || (m[2] === '' && m[4] === '')) return undefined;
  if (m[2] === '' && m[1] === '$') return undefined;
  const end: RefEnd = { columnAbsolute: m[1] === '$', rowAbsolute: m[3] === '$' };
  if (m[2]) end.column = columnNumber(m[2]);
  if (m[4]) end.row = Number(m[4]);
  return end;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }
  private isSymbol(value: string): boolean {
    const t = this.peek();
    return t?.type === 'symbol' && t.value === value;
  }
  private expect(value: string): void {
    if (!this.isSymbol(value)) throw new FormulaSyntaxError(`Expected "${value}".`);
    this.at++;
  }

  parseAll(): FormulaNode {
    const node = this.comparison();
    if (this.peek()) throw new FormulaSyntaxError('Unexpected text after the formula.');
    return node;
  }

  private binary(next: () => FormulaNode, operators: string[]): FormulaNode {
    let left = next();
    for (;;) {
      const t = this.peek();
      if (t?.type !== 'symbol' || !operators.includes(t.value)) return left;
      this.at++;
      left = { kind: 'operator', operator: t.value, left, right: next() };
    }
  }
  private comparison = (): FormulaNode =>
    this.binary(this.concatenation, ['=', '<>', '<', '<=', '>', '>=']);
  private concatenation = (): FormulaNode => this.binary(this.additive, ['&']);
  private additive = (): FormulaNode => this.binary(this.multiplicative, ['+', '-']);
  private multiplicative = (): FormulaNode => this.binary(this.unary, ['*', '/']);
  private unary = (): FormulaNode => {
    if (this.isSymbol('-')) {
      this.at++;
      return { kind: 'negate', operand: this.unary() };
    }
    if (this.isSymbol('+')) this.at++;
    return this.primary();
  };

  private primary(): FormulaNode {
    const t = this.peek();
    if (!t) throw new FormulaSyntaxError('The formula ends too early.');
    this.at++;
    if (t.type === 'number') return { kind: 'number', value: t.value };
    if (t.type === 'text') return { kind: 'text', value: t.value };
    if (t.type === 'symbol') {
      if (t.value !== '(') throw new FormulaSyntaxError(`Unexpected "${t.value}".`);
      const inner = this.comparison();
      this.expect(')');
      return inner;
    }
    if (t.type === 'sheet') {
      const next = this.peek();
      if (next?.type !== 'word' && next?.type !== 'number') {
        throw new FormulaSyntaxError(`A reference must follow ${t.value}!.`);
      }
      this.at++;
      return this.reference(String(next.value), t.value);
    }
    if (this.isSymbol('(')) {
      this.at++;
      return { kind: 'call', name: t.value.toUpperCase(), args: this.args() };
    }
    const upper = t.value.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'boolean', value: upper === 'TRUE' };
    return this.reference(t.value);
  }

  private args(): (FormulaNode | null)[] {
    const args: (FormulaNode | null)[] = [];
    if (this.isSymbol(')')) {
      this.at++;
      return args;
    }
    for (;;) {
      args.push(this.isSymbol(',') || this.isSymbol(')') ? null : this.comparison());
      if (this.isSymbol(')')) {
        this.at++;
        return args;
      }
      this.expect(',');
    }
  }

  private reference(word: string, sheet?: string): FormulaNode {
    const start = refEnd(word);
    if (!start) throw new FormulaSyntaxError(`Unknown name "${word}".`);
    let end: RefEnd | undefined;
    if (this.isSymbol(':')) {
      this.at++;
      const t = this.peek();
      if (t?.type !== 'word' && t?.type !== 'number') throw new FormulaSyntaxError('A range end.');
      this.at++;
      end = refEnd(String(t.value));
      if (!end) throw new FormulaSyntaxError(`Not a range end: "${t.value}".`);
    } else if (start.row === undefined || start.column === undefined) {
      throw new FormulaSyntaxError(`Unknown name "${word}".`);
    }
    const node: FormulaNode = { kind: 'reference', start };
    if (end) node.end = end;
    if (sheet !== undefined) node.sheet = sheet;
    return node;
  }
}

/** The tree of a formula, its leading "=" optional. */
export function parseFormula(formula: string): FormulaNode {
  const source = formula.startsWith('=') ? formula.slice(1) : formula;
  return new Parser(tokenize(source)).parseAll();
}
