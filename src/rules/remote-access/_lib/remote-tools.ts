import { z } from 'zod';
import { REMOTE_ACCESS_TOOLS } from '../../../intel/catalogs/remote-access-tools.js';
import type { OrganizationView } from '../../../engine/organization.js';
import type { RemoteAccessTool } from '../../../intel/catalogs/types.js';
import type { Profile } from '../../../schema/profile.js';
import { catalogIdList, softwareHits, type SoftwareHit } from './software.js';

/** Options the remote-tool rules share: what the organisation sanctions. */
export const remoteToolOptions = {
  allowedTools: catalogIdList(
    REMOTE_ACCESS_TOOLS,
    'Remote-access catalog ids the organisation sanctions (its help-desk tool), e.g. ["teamviewer"].',
  ),
  // Built-in OS tools (the RDP client mstsc, Quick Assist) sit on every Windows laptop; inventories that
  // list them would flag everyone. mstsc is also a client: it reaches out, it does not let anyone in.
  includeBuiltIn: z
    .boolean()
    .default(false)
    .describe('Also flag tools built into the operating system (Remote Desktop Connection, Quick Assist).'),
};

export interface RemoteToolOptions {
  allowedTools: readonly string[];
  includeBuiltIn: boolean;
}

/**
 * Remote-access tools on the profile's devices that the organisation has not sanctioned, either in the
 * rule's `allowedTools` or in its declared context (`sanctionedRemoteTools`).
 *
 * @example
 * unsanctionedRemoteTools(profile, { allowedTools: ['teamviewer'], includeBuiltIn: false }, context.organization).map((h) => h.entry.id) // ['anydesk']
 */
export function unsanctionedRemoteTools(
  profile: Profile,
  options: RemoteToolOptions,
  organization?: Pick<OrganizationView, 'isSanctionedRemoteTool'>,
): SoftwareHit<RemoteAccessTool>[] {
  const hits = softwareHits(profile, REMOTE_ACCESS_TOOLS);
  // Most inventories hold no remote-access tool: nothing to filter.
  if (hits.length === 0) return hits;
  return hits.filter(
    ({ entry }) =>
      !options.allowedTools.includes(entry.id) &&
      organization?.isSanctionedRemoteTool(entry.id) !== true &&
      (options.includeBuiltIn || !entry.builtIn),
  );
}
