import { dondocTopicSpecs } from '@dondoc/messaging';
import { servers } from '@dondoc/testing';
import * as fs from 'node:fs';
import { commandLine, pidListeningOn } from './processes';

/** The pid of each local server the benchmark talks to, found by the port it listens on (null when not readable). */
export function serverPids(): { temporal: number | null; kafka: number | null; store: number | null } {
  const port = (hostPort: string) => Number(hostPort.split(':').pop());
  return {
    temporal: pidListeningOn(port(servers.temporalAddress)),
    kafka: pidListeningOn(port(servers.kafkaBrokers[0])),
    store: pidListeningOn(Number(new URL(servers.mongoUri).port || 27017)),
  };
}

/**
 * The settings the servers actually run with, read from their command lines (and Kafka's
 * properties file) rather than written by hand: a written line goes stale when a server is
 * replaced (it described FerretDB on SQLite long after SecantusDB became the store).
 */
export function serverSettings(storeVersion: string): Record<string, unknown> {
  const pids = serverPids();
  const args = (pid: number | null) => (pid === null ? [] : commandLine(pid));
  const valuesOf = (argv: string[], flag: string) => argv.flatMap((a, i) => (a === flag && i + 1 < argv.length ? [argv[i + 1]] : []));
  const unknown = 'not found (no process listening on its port was readable)';

  const temporal = args(pids.temporal);
  const store = args(pids.store);
  const kafka = args(pids.kafka);
  const storeFlags = (flag: string) => valuesOf(store, flag)[0];
  const kafkaProperties = kafka.find((a) => a.endsWith('.properties'));
  const properties = kafkaProperties && fs.existsSync(kafkaProperties) ? fs.readFileSync(kafkaProperties, 'utf8') : '';
  const property = (name: string) => new RegExp(`^${name.replace(/\./g, '\\.')}=(.*)$`, 'm').exec(properties)?.[1];

  return {
    temporal: temporal.length
      ? {
          command: temporal.slice(1, 3).join(' '),
          persistence: `SQLite${valuesOf(temporal, '--sqlite-pragma').length ? `, ${valuesOf(temporal, '--sqlite-pragma').join(', ')}` : ''}`,
          dynamicConfig: valuesOf(temporal, '--dynamic-config-value'),
        }
      : unknown,
    store: store.length
      ? {
          server: storeVersion,
          launcher: store.find((a) => /launch\.py$/.test(a)) ?? store.find((a) => /(secantusd-py|ferretdb)$/.test(a)) ?? store[0],
          // Every commit waits for the journal's fsync only with this flag (README: design decisions).
          syncOnCommit: store.includes('--sync-on-commit'),
          cacheSize: storeFlags('--cache-size') ?? null,
          oplog: !store.includes('--without-oplog'),
          selected: `DONDOC_STORE=${process.env.DONDOC_STORE ?? 'secantusdb'} (the default store; a server already running is reused as found)`,
        }
      : unknown,
    kafka: kafka.length
      ? {
          mode: property('process.roles') ? `KRaft, process.roles=${property('process.roles')}` : 'broker',
          heap: kafka.filter((a) => /^-Xm[sx]/.test(a)).join(' '),
          topics: dondocTopicSpecs()
            .map((t) => `${t.topic.replace(/^dondoc\./, '')} ${t.numPartitions ?? 3} partitions`)
            .join(', '),
        }
      : unknown,
  };
}
