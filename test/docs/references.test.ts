import { allRules } from '../../src/rules/all.js';
import { SOURCES } from '../../src/rules/_lib/references.js';

/**
 * Hosts that the research behind docs/indicators.md read only as copies, mirrors, aggregators or summaries of a
 * primary document ("read via", "copy", "stored copy"). A rule cites the primary (DOJ, FBI IC3,
 * Microsoft, Google/Mandiant, MITRE, the vendor) instead. News outlets that did their own reporting
 * and are the only public account of a source (The Register on Secureworks' research, S27) are not on
 * the list.
 */
export const REPOST_DOMAINS = [
  'anisim.org',
  'archive.orkl.eu',
  'assured.co.uk',
  'au.news.yahoo.com',
  'azc.news',
  'b2bdaily.com',
  'benzinga.com',
  'californiainsider.com',
  'carder.market',
  'cnhnews.com',
  'coinfeather.com',
  'coinrss.org',
  'cryptoradarnews.blogspot.com',
  'cybernoz.com',
  'cyber-pages.net',
  'cyberwarriorsmiddleeast.com',
  'dea.einnews.com',
  'dev.lazarus.day',
  'discuss.privacyguides.net',
  'eastcoastdaily.in',
  'financialcrime.world',
  'fraudoftheday.com',
  'gokawiil.com',
  'imdpc.com',
  'imtr.net',
  'informationmanagementtoday.com',
  'investindo365.com',
  'isec.news',
  'johansen.se',
  'koreadailyus.com',
  'lifestyle.swishinteractiv.com',
  'manhattandaily.com',
  'meilu.jpshuntong.com',
  'nasniconsultants.com',
  'news.cloudpandas.com',
  'news.outsourceaccelerator.com',
  'newsblost.com',
  'newslinker.co',
  'newz9.com',
  'officiumdc.com',
  'owossoindependent.com',
  'pakinomist.com',
  'pivottestudio.com',
  'poncapost.com',
  'publicnow.com',
  'sanctionsnews.bakermckenzie.com',
  'scyscan.com',
  'securebulletin.com',
  'securitybrief.com.au',
  'securitysolutionsmedia.com',
  'singh2005.github.io',
  'techecho.bigdataflowing.com',
  'technologyforyou.org',
  'tennesseeconservativenews.com',
  'theamazinglawyer.co.uk',
  'thedailytechfeed.com',
  'theedgemalaysia.com',
  'thinkbymore.com',
  'threatshub.org',
  'twistedsifter.com',
  'udumbara.net',
  'veroot.com',
  'worldecr.com',
  'xynik.com',
  'aroged.com',
  'yahoo.com',
  'mondaq.com',
  'gist.github.com',
  'johnseanson.github.io',
];

function host(url: string): string {
  return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
}

function isRepost(url: string): boolean {
  const h = host(url);
  return REPOST_DOMAINS.some((domain) => h === domain || h.endsWith(`.${domain}`));
}

describe('rule references', () => {
  it('recognises a repost host and its subdomains', () => {
    expect(isRepost('https://www.threatshub.org/blog/x')).toBe(true);
    expect(isRepost('https://news.yahoo.com/x')).toBe(true);
    expect(isRepost('https://www.justice.gov/opa/pr/x')).toBe(false);
  });

  it('cites no repost in any rule\u2019s meta', () => {
    const bad = allRules.flatMap((rule) =>
      rule.meta.references.filter((ref) => isRepost(ref.url)).map((ref) => `${rule.id}: ${ref.url}`),
    );
    expect(bad).toEqual([]);
  });

  it('keeps no repost in the shared source list', () => {
    expect(
      Object.values(SOURCES)
        .filter((source) => isRepost(source.url))
        .map((s) => s.key),
    ).toEqual([]);
  });

  it('gives every rule at least one https reference', () => {
    const missing = allRules.filter(
      (rule) =>
        rule.meta.references.length === 0 ||
        rule.meta.references.some((ref) => !ref.url.startsWith('https://')),
    );
    expect(missing.map((rule) => rule.id)).toEqual([]);
  });
});
