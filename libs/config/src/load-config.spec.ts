import { z } from 'zod';
import { ConfigError } from './config-error';
import { connectionsEnv } from './connections.config';
import { optionalPositiveInt, port } from './env-fields';
import { loadConfig } from './load-config';

describe('loadConfig', () => {
  it('defaults to the local servers', () => {
    expect(loadConfig(connectionsEnv, {})).toEqual({
      TEMPORAL_ADDRESS: '127.0.0.1:7233',
      TEMPORAL_NAMESPACE: 'dondoc',
      TEMPORAL_TASK_QUEUE: 'dondoc-tasks',
      KAFKA_BROKERS: ['127.0.0.1:9092'],
      KAFKA_CLIENT_ID: 'dondoc',
      MONGODB_URI: 'mongodb://127.0.0.1:27017/dondoc',
    });
  });

  it('parses lists and treats empty strings as unset', () => {
    const cfg = loadConfig(connectionsEnv, { KAFKA_BROKERS: 'a:1, b:2', TEMPORAL_NAMESPACE: '' });
    expect(cfg.KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
    expect(cfg.TEMPORAL_NAMESPACE).toBe('dondoc');
  });

  it('names every bad variable and the value it got', () => {
    const schema = connectionsEnv.extend({ HTTP_PORT: port(3000) });
    let error: unknown;
    try {
      loadConfig(schema, { TEMPORAL_ADDRESS: 'localhost', KAFKA_BROKERS: 'a:1,nope', MONGODB_URI: 'http://x', HTTP_PORT: '70000' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const { problems, message } = error as ConfigError;
    expect(problems).toHaveLength(4);
    expect(message).toContain("TEMPORAL_ADDRESS: expected host:port, e.g. 127.0.0.1:7233 (got 'localhost')");
    expect(message).toContain('KAFKA_BROKERS: expected a comma-separated list of host:port (bad: nope)');
    expect(message).toContain("MONGODB_URI: expected a mongodb:// or mongodb+srv:// URI (got 'http://x')");
    expect(message).toContain("HTTP_PORT: expected a port from 1 to 65535 (got '70000')");
  });

  it('leaves an optional number unset when absent or empty, and names a bad one', () => {
    const schema = z.object({ HEAP_MIB: optionalPositiveInt() });
    expect(loadConfig(schema, {}).HEAP_MIB).toBeUndefined();
    expect(loadConfig(schema, { HEAP_MIB: '' }).HEAP_MIB).toBeUndefined();
    expect(loadConfig(schema, { HEAP_MIB: '512' }).HEAP_MIB).toBe(512);
    expect(() => loadConfig(schema, { HEAP_MIB: '0' })).toThrow("HEAP_MIB: expected a positive whole number (got '0')");
  });

  it('accepts app-specific schemas', () => {
    const schema = z.object({ FLAG: z.enum(['on', 'off']).default('off') });
    expect(loadConfig(schema, { FLAG: 'on' })).toEqual({ FLAG: 'on' });
  });
});

describe('boot errors never print a secret', () => {
  it('hides secret values and the credentials of URLs, and shows other values', () => {
    const schema = z.object({
      AUTH_JWT_SECRET: z.string().min(16),
      MONGODB_URI: z.string().startsWith('mongodb+srv://'),
      PORT: z.coerce.number().int(),
    });
    const error = (() => {
      try {
        loadConfig(schema, { AUTH_JWT_SECRET: 'short-secret', MONGODB_URI: 'mongodb://admin:hunter2@db:27017/x', PORT: 'x' });
      } catch (e) {
        return e as ConfigError;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error.message).not.toContain('short-secret');
    expect(error.message).not.toContain('hunter2');
    expect(error.problems.join('\n')).toContain('(got a hidden value of 12 characters)');
    expect(error.problems.join('\n')).toContain("(got 'mongodb://***@db:27017/x')");
    expect(error.problems.join('\n')).toContain("(got 'x')");
  });
});
