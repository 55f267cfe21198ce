/**
 * How a provider folds addresses onto one mailbox. Conservative: only behaviour the provider
 * documents for its consumer service is applied; anything unsure stays significant.
 * - Gmail: dots in the local part are ignored and "+tag" is a sub-address (Google Help "Dots don't
 *   matter in Gmail addresses"); googlemail.com is the same service.
 * - Outlook.com/Hotmail/Live/MSN: "+tag" plus addressing; dots are significant.
 * - iCloud (icloud.com, me.com, mac.com): "+tag" plus addressing; dots are significant.
 * - Proton (proton.me, protonmail.com/.ch, pm.me): "+tag" plus addressing. Proton is also reported
 *   to ignore dots, hyphens and underscores, but we did not confirm that, so they are kept.
 * - Fastmail: "+tag" plus addressing (its subdomain addressing, user@tag.fastmail.com, is not folded).
 * - Yahoo: no plus addressing; its "disposable addresses" are "basename-keyword", where basename is
 *   chosen by the account holder. Folding "-keyword" gives a per-account key, not a deliverable address.
 */
export interface ProviderRule {
  readonly canonicalDomain: string;
  readonly dropDots: boolean;
  readonly tagSeparator: '+' | '-';
}

const GMAIL: ProviderRule = { canonicalDomain: 'gmail.com', dropDots: true, tagSeparator: '+' };
const plus = (domain: string): ProviderRule => ({
  canonicalDomain: domain,
  dropDots: false,
  tagSeparator: '+',
});
const dash = (domain: string): ProviderRule => ({
  canonicalDomain: domain,
  dropDots: false,
  tagSeparator: '-',
});

export const PROVIDER_RULES: ReadonlyMap<string, ProviderRule> = new Map<string, ProviderRule>([
  ['gmail.com', GMAIL],
  ['googlemail.com', GMAIL],
  ...['outlook.com', 'hotmail.com', 'live.com', 'msn.com'].map((d) => [d, plus(d)] as const),
  ...['icloud.com', 'me.com', 'mac.com'].map((d) => [d, plus(d)] as const),
  ...['proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me'].map((d) => [d, plus(d)] as const),
  ...['fastmail.com', 'fastmail.fm'].map((d) => [d, plus(d)] as const),
  ...['yahoo.com', 'ymail.com', 'rocketmail.com'].map((d) => [d, dash(d)] as const),
]);

/**
 * Large consumer mailbox providers where anyone can open an account for free. A short, stable list
 * of the biggest services (the disposable list covers throwaway ones); not exhaustive.
 */
export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'outlook.fr',
  'live.co.uk',
  'yahoo.com',
  'ymail.com',
  'rocketmail.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'yahoo.co.jp',
  'yahoo.co.in',
  'aol.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'tutanota.com',
  'tuta.io',
  'zoho.com',
  'zohomail.com',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'mail.com',
  'fastmail.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'daum.net',
  'hanmail.net',
]);
