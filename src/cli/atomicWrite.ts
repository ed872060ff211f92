import { closeSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync, chmodSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Replaces a file so that a reader (or a crash, or Ctrl-C) only ever sees the old or the new content:
 * the new bytes go to a temporary file in the same folder (same file system, so rename is atomic),
 * are flushed to disk, get the original's mode, and then the temporary file is renamed over the original.
 */
export function writeFileAtomic(filePath: string, data: Uint8Array): void {
  const dir = path.dirname(filePath);
  const mode = statSync(filePath).mode & 0o7777;
  const tmp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', mode);
    let written = 0;
    while (written < data.length) written += writeSync(fd, data, written, data.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    // openSync's mode is filtered by the umask; set it exactly.
    chmodSync(tmp, mode);
    renameSync(tmp, filePath);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone or never created.
    }
    throw err;
  }
  // Flush the folder entry too, so the rename itself survives a power cut (not supported on Windows).
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Best effort.
  }
}
