/** Read a text file, turning every file-system failure into one sentence that names the file. */
import { readFileSync, statSync } from 'node:fs';
import { BuildError } from './errors.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'file not found',
  EISDIR: 'is a directory, not a file',
  EACCES: 'cannot be read: permission denied',
  EPERM: 'cannot be read: operation not permitted',
  ELOOP: 'cannot be read: too many symbolic links',
  ENOTDIR: 'cannot be read: a folder in its path is a file',
};

export function readTextFile(file: string): string {
  try {
    if (statSync(file).isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    throw new BuildError(file, '(whole file)', REASONS[code] ?? `cannot be read (${code || (err as Error).message})`);
  }
}
