// `npm run golden:record`: runs only the golden-history recorder (never part of npm test).
const base = require('./jest.config.js').projects.find((p) => p.displayName === 'integration');

module.exports = { ...base, displayName: 'golden-record', testMatch: ['<rootDir>/test/**/*.record.ts'] };
