import type { LinkAttribute } from '../lookup.js';

/**
 * Independent kinds of evidence a tie can be. Two ties of one kind (a shipping address and a home
 * address) are the same evidence seen twice; ties of two kinds are corroboration.
 */
export type TieKind = 'place' | 'line' | 'money' | 'hardware' | 'photo' | 'resume' | 'contact' | 'ssn';

/** Physical kinds hold a farm together: where the laptops are, the line they use, where the pay lands. */
export const PHYSICAL_KINDS: readonly TieKind[] = ['place', 'line', 'money', 'hardware'];

/** Identity-material kinds join farms into a network: the same photo, résumé, contact or SSN reused. */
export const IDENTITY_KINDS: readonly TieKind[] = ['photo', 'resume', 'contact', 'ssn'];

const KIND: Record<LinkAttribute, TieKind> = {
  'shipping-address': 'place',
  'home-address': 'place',
  'login-network': 'line',
  'bank-account': 'money',
  'device-serial': 'hardware',
  'photo-hash': 'photo',
  resume: 'resume',
  email: 'contact',
  phone: 'contact',
  ssn: 'ssn',
  // Reference contacts never tie a cluster (policy linkFrom); listed for completeness.
  'reference-phone': 'contact',
  'reference-email': 'contact',
};

const KIND_LABEL: Record<TieKind, string> = {
  place: 'a shared address',
  line: 'one residential home line',
  money: 'one pay account',
  hardware: 'one device serial',
  photo: 'a reused photo',
  resume: 'near-identical résumé text',
  contact: 'a shared phone number or e-mail',
  ssn: 'a shared SSN',
};

const LACK_LABEL: Record<TieKind, string> = {
  place: 'address',
  line: 'home line',
  money: 'pay account',
  hardware: 'device serial',
  photo: 'photo',
  resume: 'résumé text',
  contact: 'phone number or e-mail',
  ssn: 'SSN',
};

/** The kind of evidence a tie on this attribute is. */
export function kindOf(attribute: LinkAttribute): TieKind {
  return KIND[attribute];
}

/** Whether a tie on this attribute can hold a farm together (rather than join farms into a network). */
export function isPhysical(attribute: LinkAttribute): boolean {
  return PHYSICAL_KINDS.includes(KIND[attribute]);
}

/** "one residential home line": a kind in words, for explanations. */
export function kindLabel(kind: TieKind): string {
  return KIND_LABEL[kind];
}

/** "home line": the thing a kind shares, for "lacks a shared …". */
export function lackLabel(kind: TieKind): string {
  return LACK_LABEL[kind];
}
