/** The app's validated configuration object (each app declares its own schema). */
export const APP_CONFIG = Symbol('AppConfig');
