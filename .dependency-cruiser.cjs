/**
 * The pure core stays pure (STYLE.md, idea 1): src/domain and channels/ never import Nest,
 * TypeORM, nodemailer or sharp; src/domain imports only itself and small pure libraries.
 * config/ imports nothing from src/ (not even types) and no framework; errors/ imports nothing. Reading process.env outside config/ is caught by ESLint (eslint.config.js).
 */
module.exports = {
  forbidden: [
    {
      name: 'pure-core-no-frameworks',
      severity: 'error',
      comment: 'src/domain and channels/ must not import @nestjs/*, typeorm, nodemailer or sharp',
      from: { path: '^(src/domain|channels)/' },
      to: { path: 'node_modules/(@nestjs/|typeorm|nodemailer|sharp)' },
    },
    {
      name: 'domain-only-pure-libraries',
      severity: 'error',
      comment: 'src/domain imports only src/domain and small pure libraries (rrule, luxon, entities)',
      from: { path: '^src/domain/' },
      to: {
        pathNot: ['^src/domain/', '^errors/', 'node_modules/(rrule|luxon|tslib|entities)/', '^node:(util)$'],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'config-not-into-src',
      severity: 'error',
      comment:
        'config/ is data and its parsing: it imports nothing from src/, not even types (it may use errors/, channels/ types and small libraries such as zod)',
      from: { path: '^config/' },
      to: { path: '^src/' },
    },
    {
      name: 'config-no-frameworks',
      severity: 'error',
      comment: 'config/ imports no Nest, TypeORM, nodemailer or sharp',
      from: { path: '^config/' },
      to: { path: 'node_modules/(@nestjs/|typeorm|nodemailer|sharp)' },
    },
    {
      name: 'errors-import-nothing',
      severity: 'error',
      comment: 'errors/ (DomainError and the code catalogue) is shared by every layer, so it imports nothing but itself',
      from: { path: '^errors/' },
      to: { pathNot: '^errors/' },
    },
    {
      name: 'domain-not-into-app',
      severity: 'error',
      comment: 'nothing in src/domain or channels/ reaches into src/modules',
      from: { path: '^(src/domain|channels)/' },
      to: { path: '^src/(modules|cli)/' },
    },
    {
      name: 'no-circular',
      severity: 'warn',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
