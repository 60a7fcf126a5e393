import * as fs from 'node:fs';

// What /proc says about the processes a benchmark measures: which process listens on a
// server's port, its command line (the settings it actually runs with), and CPU time.

/** Linux clock ticks per second (USER_HZ): 100 on every kernel this runs on. */
const TICKS_PER_SECOND = 100;

/** The pid listening on 127.0.0.1/0.0.0.0:`port` (TCP, IPv4 or IPv6), or null when none is found or readable. */
export function pidListeningOn(port: number): number | null {
  const inodes = new Set<string>();
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = fs.readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT, st 0A is LISTEN, inode is column 9.
      if (cols.length > 9 && cols[3] === '0A' && parseInt(cols[1].split(':')[1], 16) === port) inodes.add(cols[9]);
    }
  }
  if (!inodes.size) return null;
  for (const pid of allPids()) {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(fs.readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1])) return pid;
      } catch {
        // closed meanwhile
      }
    }
  }
  return null;
}

/** The command line of a process as its arguments; [] when it is gone. */
export function commandLine(pid: number): string[] {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/** User + system CPU time of a process (all its threads) in milliseconds; NaN when it is gone. */
export function cpuMs(pid: number): number {
  try {
    // Fields after the command name in parentheses (which may hold spaces): utime is the 12th, stime the 13th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'latin1');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** The pids whose environment holds `marker` (e.g. a DondocStack's KAFKA_TOPIC_PREFIX=…), with their app name. */
export function processesWithEnv(marker: string): { app: string; pid: number }[] {
  const out: { app: string; pid: number }[] = [];
  for (const pid of allPids()) {
    try {
      if (!fs.readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(marker)) continue;
      const app = /apps\/([^/]+)\/src\/main\.ts/.exec(fs.readFileSync(`/proc/${pid}/cmdline`, 'latin1'))?.[1];
      if (app) out.push({ app, pid });
    } catch {
      // gone, or not ours to read
    }
  }
  return out;
}

function allPids(): number[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number);
}

/**
 * CPU used by named processes between `start()` and `stop()`, minus what they use when
 * idle: `idle()` measures each one's rate over a quiet stretch before, and that rate times
 * the measured time is taken off (a poller or a heartbeat is not work done per notice).
 */
export class CpuMeter {
  private idleRate = new Map<string, number>();
  private at0 = 0;
  private cpu0 = new Map<string, number>();

  constructor(private readonly processes: Record<string, number | null>) {}

  /**
   * Measures each process's idle CPU rate over `ms` (nothing of the benchmark happening
   * meanwhile), in one-second slices, keeping each process's quietest: a server still
   * finishing an earlier phase's work in the first seconds (Temporal after ESC-base: 30.9 s of
   * "idle" taken off a 31.1 s total) must not pass that work off as its idle rate.
   */
  async idle(ms: number): Promise<void> {
    this.idleRate.clear();
    for (let slice = 0; slice < Math.max(1, Math.round(ms / 1000)); slice++) {
      const t0 = Date.now();
      const before = this.read();
      await new Promise((r) => setTimeout(r, 1000));
      const after = this.read();
      const elapsed = Date.now() - t0;
      for (const [name, v] of after) {
        const rate = Math.max(0, (v - (before.get(name) ?? v)) / elapsed);
        this.idleRate.set(name, Math.min(rate, this.idleRate.get(name) ?? Number.POSITIVE_INFINITY));
      }
    }
  }

  start(): void {
    this.at0 = Date.now();
    this.cpu0 = this.read();
  }

  /** Per process: CPU ms over the measured time, the idle share taken off, and per unit of work. */
  stop(units: number): { elapsedMs: number; processes: Record<string, { cpuMs: number; idleMs: number; perUnitMs: number }> } {
    const elapsedMs = Date.now() - this.at0;
    const now = this.read();
    const processes: Record<string, { cpuMs: number; idleMs: number; perUnitMs: number }> = {};
    for (const [name, v] of now) {
      const used = v - (this.cpu0.get(name) ?? Number.NaN);
      if (Number.isNaN(used)) continue;
      const idleMs = (this.idleRate.get(name) ?? 0) * elapsedMs;
      const net = Math.max(0, used - idleMs);
      processes[name] = {
        cpuMs: Math.round(used),
        idleMs: Math.round(idleMs),
        perUnitMs: Math.round((net / Math.max(1, units)) * 100) / 100,
      };
    }
    return { elapsedMs, processes };
  }

  private read(): Map<string, number> {
    const out = new Map<string, number>();
    for (const [name, pid] of Object.entries(this.processes)) {
      if (pid === null) continue;
      const ms = cpuMs(pid);
      if (!Number.isNaN(ms)) out.set(name, ms);
    }
    return out;
  }
}
