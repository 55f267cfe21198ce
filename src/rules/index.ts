// `hirescreen/rules`: every built-in rule by name, and the list of all of them.
export { allRules } from './all.js';
export * from './activity/index.js';
export * from './address/index.js';
export * from './contact/index.js';
export * from './hiring/index.js';
export * from './identity/index.js';
export * from './links/index.js';
export * from './network/index.js';
export * from './payroll/index.js';
export * from './remote-access/index.js';
