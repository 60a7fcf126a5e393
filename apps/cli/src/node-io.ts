import { promises as fs } from 'node:fs';

/** The CLI's window on the world; commands take it as a parameter so tests can pass their own. */
export const nodeIo = {
  readFile: (path: string): Promise<Uint8Array> => fs.readFile(path),
  stdout: (text: string): void => void process.stdout.write(text),
  stderr: (text: string): void => void process.stderr.write(text),
  listFiles: (dir: string): Promise<string[]> => fs.readdir(dir),
};
