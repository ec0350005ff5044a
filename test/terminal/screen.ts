/**
 * What a person would see: a small terminal that understands what the chat and readline write
 * (text, CR, LF, and the cursor and erase sequences of node:readline), so tests can assert on
 * the screen instead of on escape codes. Colours (SGR) are ignored. A row is as wide as the
 * terminal: text past the last column continues on the next row, as in a real terminal.
 */
export const ESC = '\u001b';

export class Screen {
  private rows: string[][] = [[]];
  private row = 0;
  private col = 0;
  /** The last column was written: the next character goes to the next row (deferred wrap). */
  private pendingWrap = false;

  constructor(readonly width: number) {}

  write(data: string): void {
    const re = new RegExp(`${ESC}\\[([0-9;]*)([A-Za-z])|${ESC}[^[]|[\\s\\S]`, 'gu');
    for (const match of data.matchAll(re)) {
      const [all, params, command] = match;
      if (command !== undefined) this.csi(command, params ? params.split(';').map(Number) : []);
      else if (all === '\r') this.moveTo(this.row, 0);
      else if (all === '\n') this.moveTo(this.row + 1, 0);
      else if (all.startsWith(ESC) || /\p{Cc}/u.test(all)) continue;
      else this.put(all);
    }
  }

  /** The rows, without trailing spaces; empty rows at the bottom left out. */
  lines(): string[] {
    const lines = this.rows.map((r) => r.join('').trimEnd());
    while (lines.length > 0 && lines.at(-1) === '') lines.pop();
    return lines;
  }

  cursor(): { row: number; col: number } {
    return { row: this.row, col: this.col };
  }

  private put(char: string): void {
    if (this.pendingWrap) this.moveTo(this.row + 1, 0);
    const line = this.line();
    while (line.length < this.col) line.push(' ');
    line[this.col] = char;
    if (this.col === this.width - 1) this.pendingWrap = true;
    else this.col++;
  }

  private line(): string[] {
    while (this.rows.length <= this.row) this.rows.push([]);
    return this.rows[this.row] as string[];
  }

  private moveTo(row: number, col: number): void {
    this.row = Math.max(0, row);
    this.col = Math.min(Math.max(0, col), this.width - 1);
    this.pendingWrap = false;
    this.line();
  }

  private csi(command: string, params: number[]): void {
    const n = params[0] || 1;
    switch (command) {
      case 'A':
        this.moveTo(this.row - n, this.col);
        return;
      case 'B':
        this.moveTo(this.row + n, this.col);
        return;
      case 'C':
        this.moveTo(this.row, this.col + n);
        return;
      case 'D':
        this.moveTo(this.row, this.col - n);
        return;
      case 'G':
        this.moveTo(this.row, n - 1);
        return;
      case 'J':
        // 0 (default): from the cursor to the end of the screen.
        this.line().length = this.col;
        this.rows.length = this.row + 1;
        return;
      case 'K': {
        const line = this.line();
        const mode = params[0] ?? 0;
        if (mode === 0) line.length = Math.min(line.length, this.col);
        else if (mode === 1) for (let i = 0; i <= this.col && i < line.length; i++) line[i] = ' ';
        else line.length = 0;
        return;
      }
      default:
        // m (colours) and anything else: no effect on the text.
        return;
    }
  }
}

/** Colour and other SGR sequences. */
export const SGR = new RegExp(`${ESC}\\[[0-9;]*m`);
