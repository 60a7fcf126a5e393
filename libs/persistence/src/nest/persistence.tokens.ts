// DI tokens of the persistence module (repositories have their own beside their classes).
export const MONGO_CONNECTION = Symbol('MongoConnection');
