// Nest DI tokens of the audit app.
export const MONGO_CONNECTION = Symbol('MongoConnection');
export const TEMPORAL_CLIENT = Symbol('TemporalClient');
export const HISTORY_ARCHIVE = Symbol('HistoryArchive');
export const AUDIT_TRAIL = Symbol('AuditTrail');
export const AS_OF = Symbol('AsOf');
export const REPLAY = Symbol('Replay');
export const VERIFIER = Symbol('Verifier');
export const FINAL_RUN_ARCHIVER = Symbol('FinalRunArchiver');
export const AUDIT_CONFIG = Symbol('AuditConfig');
