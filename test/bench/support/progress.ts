// Progress on stderr, one line that rewrites itself on a terminal, plain lines otherwise.
const tty = process.stderr.isTTY;
let last = 0;

export function progress(text: string, force = false): void {
  const now = Date.now();
  if (!force && !tty && now - last < 5000) return;
  last = now;
  if (tty) process.stderr.write(`\r\x1b[2K${text}`);
  else process.stderr.write(`${text}\n`);
}

export function progressDone(text: string): void {
  if (tty) process.stderr.write('\r\x1b[2K');
  process.stderr.write(`${text}\n`);
}
