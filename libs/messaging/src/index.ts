export * from './kafka-client.factory';
