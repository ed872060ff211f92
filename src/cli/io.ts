/** Where a command writes; a parameter so commands do not reach for process.stdout themselves. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly outIsTTY: boolean;
  readonly errIsTTY: boolean;
}

export const processIo: Io = {
  out: (t) => void process.stdout.write(t),
  err: (t) => void process.stderr.write(t),
  // NO_COLOR (https://no-color.org) turns colours off even on a terminal.
  outIsTTY: !!process.stdout.isTTY && !process.env.NO_COLOR,
  errIsTTY: !!process.stderr.isTTY,
};
