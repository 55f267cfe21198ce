// The public names of hirescreen/adapters, listed explicitly.
export { assembleProfiles, ProfileAssembler } from './assemble.js';
export type { AssembleOptions, AssembleResult, Conflict, SharedKey, SourceSummary } from './assemble.js';
export { bamboohrAdapter, fromBamboohr } from './bamboohr.js';
export { defenderAdapter, fromDefender, streamDefender } from './defender.js';
export { entraAdapter, fromEntra, streamEntra } from './entra.js';
export { fromGoogleWorkspace, googleWorkspaceAdapter, streamGoogleWorkspace } from './google-workspace.js';
export { fromGreenhouse, greenhouseAdapter } from './greenhouse.js';
export { fromJamf, jamfAdapter } from './jamf.js';
export { fromLever, leverAdapter } from './lever.js';
export { fromOkta, oktaAdapter, streamOkta } from './okta.js';
export { fromOsquery, osqueryAdapter, streamOsquery } from './osquery.js';
export { fromPeople, peopleAdapter } from './people.js';
export { fromPersona, personaAdapter } from './persona.js';
export { mapLines, readWith } from './_lib/run.js';
export { asn as parseAsn } from './_lib/values.js';
export { edidManufacturer } from './_lib/hardware.js';
export { countryCode as countryCodeOf } from './_lib/country.js';
export type {
  Adapter,
  AdapterItem,
  AdapterResult,
  MalformedRecord,
  Mapped,
  PartialProfile,
  PersonRef,
  ProfileFragment,
  RecordWhere,
} from './types.js';
