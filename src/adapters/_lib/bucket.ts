import type { ProfileInput } from '../../schema/profile.js';
import type { ProfileFragment } from '../types.js';
import { isObject } from './values.js';

type Login = NonNullable<ProfileFragment['logins']>[number];
type Device = NonNullable<ProfileFragment['devices']>[number];

/** One value a source gave for a scalar path, with every source that gave the same value. */
export interface Claim {
  value: unknown;
  /** The value folded for comparison: case, spacing and Unicode form do not make a conflict. */
  folded: string;
  sources: string[];
  observedAt?: string;
}

interface DeviceState {
  base: Map<string, unknown>;
  usb: Map<string, NonNullable<Device['usb']>[number]>;
  displays: Map<string, NonNullable<Device['displays']>[number]>;
  software: Map<string, NonNullable<Device['software']>[number]>;
}

const fold = (value: unknown): string =>
  typeof value === 'string'
    ? value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase()
    : JSON.stringify(value);

/** A stable text for an object, its keys sorted, so that equal list items deduplicate. */
function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  if (isObject(value))
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${key}:${stableKey(value[key])}`)
      .join(',')}}`;
  return fold(value);
}

function itemKey(path: string, item: unknown): string {
  if (path === 'emails' && isObject(item) && typeof item.address === 'string') return fold(item.address);
  if (path === 'phones' && isObject(item) && typeof item.number === 'string')
    return item.number.replace(/[^\d+]/g, '');
  return stableKey(item);
}

const earlier = (a: string | undefined, b: string | undefined): string | undefined =>
  a === undefined ? b : b === undefined ? a : a <= b ? a : b;

// Later stages of the hiring lifecycle win: an ATS says candidate, the HRIS employee, and both are true.
const KIND_RANK: Readonly<Record<string, number>> = { candidate: 0, contractor: 1, employee: 2 };

/**
 * What the sources said about one person so far, folded as it arrives: scalars as claims per path,
 * lists deduplicated, logins collapsed to one per address, device and hour, devices merged by id. Its
 * size grows with distinct facts, not with records.
 */
export class Bucket {
  readonly keys = new Set<string>();
  readonly employeeIds: string[] = [];
  readonly scalars = new Map<string, Claim[]>();
  readonly lists = new Map<string, Map<string, unknown>>();
  readonly sources = new Map<string, Set<string>>();
  readonly logins = new Map<string, Login>();
  readonly devices = new Map<string, DeviceState & { id: string }>();
  kind: string | undefined;
  droppedLogins = 0;

  constructor(readonly maxLogins: number) {}

  private noteSource(path: string, source: string): void {
    let set = this.sources.get(path);
    if (!set) this.sources.set(path, (set = new Set()));
    set.add(source);
  }

  addFragment(fragment: ProfileFragment, source: string, observedAt: string | undefined): void {
    this.walk(fragment as Record<string, unknown>, '', source, observedAt);
  }

  private walk(
    object: Record<string, unknown>,
    prefix: string,
    source: string,
    observedAt: string | undefined,
  ): void {
    for (const [key, value] of Object.entries(object)) {
      if (value === undefined || value === null) continue;
      const path = prefix ? `${prefix}.${key}` : key;
      if (path === 'kind' && typeof value === 'string') {
        if ((KIND_RANK[value] ?? -1) > (KIND_RANK[this.kind ?? ''] ?? -1)) this.kind = value;
        this.noteSource(path, source);
      } else if (path === 'logins' && Array.isArray(value)) {
        for (const login of value) if (isObject(login)) this.addLogin(login as Login);
        this.noteSource(path, source);
      } else if (path === 'devices' && Array.isArray(value)) {
        for (const device of value) if (isObject(device)) this.addDevice(device as Device);
        this.noteSource(path, source);
      } else if (Array.isArray(value)) {
        let items = this.lists.get(path);
        if (!items) this.lists.set(path, (items = new Map()));
        for (const item of value) {
          const k = itemKey(path, item);
          if (!items.has(k)) items.set(k, item);
        }
        this.noteSource(path, source);
      } else if (isObject(value)) {
        this.walk(value, path, source, observedAt);
      } else {
        this.addClaim(path, {
          value,
          folded: fold(value),
          sources: [source],
          ...(observedAt && { observedAt }),
        });
        this.noteSource(path, source);
      }
    }
  }

  private addClaim(path: string, claim: Claim): void {
    const claims = this.scalars.get(path);
    if (!claims) {
      this.scalars.set(path, [claim]);
      return;
    }
    const same = claims.find((c) => c.folded === claim.folded);
    if (!same) claims.push(claim);
    else for (const source of claim.sources) if (!same.sources.includes(source)) same.sources.push(source);
  }

  addLogin(login: Login): void {
    // One sign-in per address, device and hour keeps where and when a person works (the network keys,
    // travel speed, hours of day) while a chatty IdP's thousands of token refreshes collapse.
    const key = `${login.ip ?? ''}|${login.deviceId ?? ''}|${login.at.slice(0, 13)}`;
    const kept = this.logins.get(key);
    if (kept) {
      if (login.geo) kept.geo = { ...login.geo, ...kept.geo };
      if (login.at < kept.at) kept.at = login.at;
      return;
    }
    this.logins.set(key, { ...login, ...(login.geo && { geo: { ...login.geo } }) });
    // Trimmed in batches of a tenth so that the sort runs once per many additions.
    if (this.logins.size > this.maxLogins + Math.ceil(this.maxLogins / 10)) this.trimLogins();
  }

  private trimLogins(): void {
    // Newest first, so the oldest sign-ins are the ones dropped.
    const newestFirst = [...this.logins.entries()].sort((a, b) =>
      a[1].at < b[1].at ? 1 : a[1].at > b[1].at ? -1 : 0,
    );
    for (const [key] of newestFirst.slice(this.maxLogins)) this.logins.delete(key);
    this.droppedLogins += newestFirst.length - Math.min(newestFirst.length, this.maxLogins);
  }

  private device(id: string): DeviceState & { id: string } {
    const key = id.toLowerCase();
    let state = this.devices.get(key);
    if (!state) {
      state = { id, base: new Map(), usb: new Map(), displays: new Map(), software: new Map() };
      this.devices.set(key, state);
    }
    return state;
  }

  addDevice(device: Device): void {
    if (typeof device.id !== 'string') return;
    const state = this.device(device.id);
    for (const [field, value] of Object.entries(device)) {
      if (field === 'id' || value === undefined) continue;
      if (field === 'usb' || field === 'displays') {
        const map = field === 'usb' ? state.usb : state.displays;
        for (const item of value as Array<Record<string, unknown>>) {
          const { firstSeenAt, ...rest } = item;
          const k = stableKey(rest);
          const kept = map.get(k) as { firstSeenAt?: string } | undefined;
          if (!kept) map.set(k, { ...item } as never);
          else {
            const first = earlier(kept.firstSeenAt, firstSeenAt as string | undefined);
            if (first) kept.firstSeenAt = first;
          }
        }
      } else if (field === 'software') {
        for (const item of value as NonNullable<Device['software']>) {
          const k = fold(item.name);
          const kept = state.software.get(k);
          if (!kept) state.software.set(k, { ...item });
          else {
            const first = earlier(kept.firstSeenAt, item.firstSeenAt);
            if (first) kept.firstSeenAt = first;
          }
        }
      } else if (!state.base.has(field)) state.base.set(field, value);
    }
  }

  /** Folds another bucket into this one (two keys turned out to name one person). */
  absorb(other: Bucket): void {
    for (const key of other.keys) this.keys.add(key);
    for (const id of other.employeeIds) if (!this.employeeIds.includes(id)) this.employeeIds.push(id);
    for (const [path, claims] of other.scalars) for (const claim of claims) this.addClaim(path, claim);
    for (const [path, items] of other.lists) {
      let mine = this.lists.get(path);
      if (!mine) this.lists.set(path, (mine = new Map()));
      for (const [k, item] of items) if (!mine.has(k)) mine.set(k, item);
    }
    for (const [path, sources] of other.sources) for (const source of sources) this.noteSource(path, source);
    for (const login of other.logins.values()) this.addLogin(login);
    for (const device of other.devices.values()) this.addDevice(materializeDevice(device));
    if ((KIND_RANK[other.kind ?? ''] ?? -1) > (KIND_RANK[this.kind ?? ''] ?? -1)) this.kind = other.kind;
    this.droppedLogins += other.droppedLogins;
  }

  /** The merged profile: each scalar from its first claim, lists in arrival order, logins by time. */
  toProfile(id: string): ProfileInput {
    if (this.logins.size > this.maxLogins) this.trimLogins();
    const profile: Record<string, unknown> = { id };
    if (this.kind) profile.kind = this.kind;
    const put = (path: string, value: unknown): void => {
      const parts = path.split('.');
      let target = profile;
      for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
      target[parts[parts.length - 1] as string] = value;
    };
    for (const [path, claims] of this.scalars) put(path, claims[0]?.value);
    for (const [path, items] of this.lists) put(path, [...items.values()]);
    if (this.devices.size > 0) profile.devices = [...this.devices.values()].map(materializeDevice);
    if (this.logins.size > 0)
      profile.logins = [...this.logins.values()].sort((a, b) =>
        a.at < b.at ? -1 : a.at > b.at ? 1 : (a.ip ?? '').localeCompare(b.ip ?? ''),
      );
    return profile as ProfileInput;
  }
}

function materializeDevice(state: DeviceState & { id: string }): Device {
  const device: Record<string, unknown> = { id: state.id, ...Object.fromEntries(state.base) };
  if (state.software.size > 0) device.software = [...state.software.values()];
  if (state.usb.size > 0) device.usb = [...state.usb.values()];
  if (state.displays.size > 0) device.displays = [...state.displays.values()];
  return device as Device;
}
