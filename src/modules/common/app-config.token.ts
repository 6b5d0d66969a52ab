/** Injection token for the parsed AppConfig (config/env.schema.ts). */
export const APP_CONFIG = Symbol('APP_CONFIG');
