import { execFileSync } from 'node:child_process';
import { chmodSync } from 'node:fs';

// Makes a folder or a file read-only for this process. Root ignores permission bits, so as root the path is
// bind-mounted read-only onto itself (EROFS, as a read-only share or a full-disk remount gives); otherwise
// its mode bits are cleared. `restore()` undoes it.

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function makeReadOnly(path: string, kind: 'folder' | 'file'): { restore: () => void } {
  if (isRoot) {
    execFileSync('mount', ['--bind', path, path]);
    execFileSync('mount', ['-o', 'remount,ro,bind', path]);
    return { restore: () => execFileSync('umount', [path]) };
  }
  const mode = kind === 'folder' ? 0o500 : 0o400;
  chmodSync(path, mode);
  return { restore: () => chmodSync(path, kind === 'folder' ? 0o700 : 0o600) };
}
