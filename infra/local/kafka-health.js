// Exit 0 when a Kafka broker answers metadata requests at KAFKA_HEALTH_BROKER (host:port).
// Used by kafka.sh so that a broker started by another checkout or by hand is recognised.
const { Kafka, logLevel } = require('kafkajs');

const broker = process.env.KAFKA_HEALTH_BROKER || '127.0.0.1:9092';
const admin = new Kafka({
  clientId: 'dondoc-health',
  brokers: [broker],
  logLevel: logLevel.NOTHING,
  connectionTimeout: 1000,
  requestTimeout: 2000,
  retry: { retries: 0 },
}).admin();

admin
  .connect()
  .then(() => admin.describeCluster())
  .then(() => admin.disconnect())
  .then(() => process.exit(0))
  .catch(() => process.exit(1));
