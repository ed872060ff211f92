/** A one-line progress bar on stderr, only for a terminal and only when there are enough files to wait for. */
export class Progress {
  private done = 0;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly enabled: boolean,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 80 && this.done < this.total) return;
    this.lastDraw = now;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 30));
    const filled = Math.round((this.done / this.total) * width);
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${this.done}/${this.total} files`);
  }

  clear(): void {
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }
}
