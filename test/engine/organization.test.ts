import { compileOrganizations } from '../../src/engine/organization.js';
import { ConfigError } from '../../src/errors.js';

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map(({ path, message }) => `${path}: ${message}`);
    throw error;
  }
  return [];
};

describe('compileOrganizations', () => {
  const viewOf = compileOrganizations({
    '*': { corporateEgress: { providers: ['Zscaler'] } },
    'org-acme': {
      sanctionedRemoteTools: ['teamviewer'],
      sanctionedVpnClients: ['nordvpn'],
      corporateEgress: { asns: [64500], networks: ['198.51.100.0/24'] },
      offices: [
        '500 Main St, Springfield, IL 62701',
        { line1: '12 Harbor Rd Suite 300', postalCode: '02110', city: 'Boston', region: 'MA' },
      ],
      payrollProviders: ['Deel'],
    },
  });

  it("answers with the profile's own organisation merged over the shared one", () => {
    const acme = viewOf('org-acme');
    expect([acme.id, acme.declared]).toEqual(['org-acme', true]);
    expect(acme.isSanctionedRemoteTool('teamviewer')).toBe(true);
    expect(acme.isSanctionedRemoteTool('anydesk')).toBe(false);
    expect(acme.isSanctionedVpnClient('nordvpn')).toBe(true);
    expect(acme.isCorporateEgress({ provider: 'ZSCALER, Inc' })).toBe(false);
    expect(acme.isCorporateEgress({ provider: 'zscaler' })).toBe(true);
    expect(acme.isCorporateEgress({ asn: 64500 })).toBe(true);
    expect(acme.isCorporateEgress({ ip: '198.51.100.7' })).toBe(true);
    expect(acme.isCorporateEgress({ ip: '203.0.113.7', asn: 64501 })).toBe(false);
    expect(acme.isPayrollProvider('DEEL')).toBe(true);
  });

  it('matches an office by building when declared without a unit, and by unit when declared with one', () => {
    const acme = viewOf('org-acme');
    expect(
      acme.isOffice({
        line1: '500 Main Street',
        line2: 'Floor 3',
        city: 'Springfield',
        region: 'IL',
        postalCode: '62701',
      }),
    ).toBe(true);
    expect(
      acme.isOffice({
        line1: '12 Harbor Road',
        line2: 'Ste 300',
        city: 'Boston',
        region: 'MA',
        postalCode: '02110',
      }),
    ).toBe(true);
    expect(
      acme.isOffice({
        line1: '12 Harbor Road',
        line2: 'Ste 410',
        city: 'Boston',
        region: 'MA',
        postalCode: '02110',
      }),
    ).toBe(false);
    expect(
      acme.isOffice({ line1: '77 Lakeshore Blvd', city: 'Cleveland', region: 'OH', postalCode: '44114' }),
    ).toBe(false);
  });

  it('gives an organisation without a context the shared one, and nothing at all without any', () => {
    expect(viewOf('org-other').id).toBe('*');
    expect(viewOf(undefined).isCorporateEgress({ provider: 'Zscaler' })).toBe(true);
    const none = compileOrganizations(undefined)('org-acme');
    expect([
      none.declared,
      none.isSanctionedRemoteTool('teamviewer'),
      none.isOffice({ line1: '1 A St' }),
    ]).toEqual([false, false, false]);
  });

  it("answers an employer's identity-check practice, its own over the shared one, and names a wrong value", () => {
    const practiceOf = compileOrganizations({
      '*': { identityCheck: 'live' },
      'org-docs': { identityCheck: 'automated' },
      'org-tools': { sanctionedRemoteTools: ['teamviewer'] },
    });
    expect(['org-docs', 'org-tools', 'org-none'].map((id) => practiceOf(id).identityCheckPractice())).toEqual(
      ['automated', 'live', 'live'],
    );
    expect(compileOrganizations(undefined)('org-x').identityCheckPractice()).toBeUndefined();
    const [issue] = issuesOf(() =>
      compileOrganizations({ 'org-a': { identityCheck: 'live-video' } as never }),
    );
    expect(issue).toMatch(/^organizations\.org-a\.identityCheck: .*"live".*"automated"/);
  });

  it('suggests an office address field for a mistyped key in an office', () => {
    expect(
      issuesOf(() => compileOrganizations({ '*': { offices: [{ lin1: '500 Main St' }] } as never })),
    ).toEqual(['organizations.*.offices[0].lin1: unknown key "lin1"; did you mean "line1"?']);
  });

  it('reports every unknown key and catalog id at once, each with its path and a "did you mean"', () => {
    expect(
      issuesOf(() =>
        compileOrganizations({
          'org-acme': {
            sanctionedRemoteTool: ['teamviewer'],
            sanctionedRemoteTools: ['teamviewer', 'anydesc'],
            corporateEgress: { provider: ['Zscaler'], networks: ['not-a-cidr'] },
          } as never,
        }),
      ),
    ).toEqual([
      'organizations.org-acme.corporateEgress.provider: unknown key "provider"; did you mean "providers"?',
      'organizations.org-acme.sanctionedRemoteTool: unknown key "sanctionedRemoteTool"; did you mean "sanctionedRemoteTools"?',
    ]);
    expect(
      issuesOf(() =>
        compileOrganizations({
          'org-acme': {
            sanctionedRemoteTools: ['teamviewer', 'anydesc'],
            corporateEgress: { networks: ['not-a-cidr'] },
          },
        }),
      ),
    ).toEqual([
      'organizations.org-acme.sanctionedRemoteTools[1]: unknown catalog id "anydesc"; did you mean "anydesk"?',
      'organizations.org-acme.corporateEgress.networks: must be CIDR blocks, like 203.0.113.0/24',
    ]);
  });
});
