import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { domainOf } from './match-entity.js';
import type { OfacSdnOptions, OfacSdnResult } from './ofac-sdn.js';
import type { KnownEntity, ListReject } from './types.js';

/** What the advanced-XML reader takes: the CSV reader's options, less `alt` (aliases are in the file). */
export type OfacSdnAdvancedOptions = Omit<OfacSdnOptions, 'alt'>;

/** The XML as a string, or as chunks (a file stream): the published file is about 100 MB. */
export type XmlSource = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

interface PartyDraft {
  profileId: string;
  line: number;
  subTypeId: string | undefined;
  /** Each alias: its type, whether primary, and its documented names (one per script). */
  aliases: Array<{ typeId: string | undefined; primary: boolean; names: string[] }>;
  /** Feature values by feature type id (website, e-mail address, ...). */
  features: Array<{ typeId: string | undefined; values: string[] }>;
}

interface EntryDraft {
  profileId: string | undefined;
  line: number;
  /** `[sanctions type id, comment]` of each measure: programme measures carry the tag as the comment. */
  measures: Array<[string | undefined, string]>;
}

/** Reference value sets the reader resolves ids through: `AliasTypeValues`, `FeatureTypeValues`, ... */
const VALUE_SETS = new Set([
  'AliasTypeValues',
  'FeatureTypeValues',
  'PartyTypeValues',
  'PartySubTypeValues',
  'SanctionsTypeValues',
]);

const isDprkProgram = (program: string) => program.startsWith('DPRK');

/** Text in a name part or value as published: runs of white space are one space. */
const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Parses the document, keeping what the reader needs per party and per sanctions entry. Reference
 * values come first in OFAC's file but are resolved only at the end, so the reader holds raw ids.
 */
class AdvancedXmlReader {
  readonly parser = new SaxesParser<{ xmlns: false; position: true }>({ xmlns: false, position: true });
  readonly values = new Map<string, Map<string, { text: string; partyTypeId?: string }>>();
  readonly parties: PartyDraft[] = [];
  readonly entries: EntryDraft[] = [];
  readonly rejects: ListReject[] = [];
  readonly issued: string[] = [];
  private readonly stack: string[] = [];
  private text = '';
  private party: PartyDraft | undefined;
  private entry: EntryDraft | undefined;
  private names: string[] | undefined;
  private parts: string[] | undefined;
  private feature: PartyDraft['features'][number] | undefined;
  private measureType: string | undefined;
  private valueAttributes: { set: string; id: string; partyTypeId?: string } | undefined;
  /** The first well-formedness error: events after it are ignored. */
  failed: ListReject | undefined;

  constructor() {
    this.parser.on('opentag', (tag) => this.open(tag));
    this.parser.on('closetag', (tag) => this.close(tag.name));
    this.parser.on('text', (text) => {
      if (!this.failed) this.text += text;
    });
    this.parser.on('cdata', (text) => {
      if (!this.failed) this.text += text;
    });
    // After a well-formedness error (a truncated download, most often) nothing later can be placed
    // in the tree, so reading stops there and says so; what was read before it stands.
    this.parser.on('error', (error) => {
      if (this.failed) return;
      this.failed = {
        line: this.parser.line,
        reason: `malformed XML (${error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '')}): the file was not read past this line`,
      };
    });
  }

  private open(tag: SaxesTagPlain): void {
    if (this.failed) return;
    const parent = this.stack[this.stack.length - 1];
    this.stack.push(tag.name);
    this.text = '';
    const id = tag.attributes.ID;
    const line = this.parser.line;
    switch (tag.name) {
      case 'Profile':
        this.party = {
          profileId: id ?? '',
          line,
          subTypeId: tag.attributes.PartySubTypeID,
          aliases: [],
          features: [],
        };
        return;
      case 'Alias':
        this.party?.aliases.push({
          typeId: tag.attributes.AliasTypeID,
          primary: tag.attributes.Primary === 'true',
          names: (this.names = []),
        });
        return;
      case 'DocumentedName':
        this.parts = [];
        return;
      case 'Feature':
        if (this.party)
          this.party.features.push((this.feature = { typeId: tag.attributes.FeatureTypeID, values: [] }));
        return;
      case 'SanctionsEntry':
        this.entry = { profileId: tag.attributes.ProfileID, line, measures: [] };
        return;
      case 'SanctionsMeasure':
        this.measureType = tag.attributes.SanctionsTypeID;
        return;
    }
    if (parent && VALUE_SETS.has(parent) && id !== undefined)
      this.valueAttributes = {
        set: parent,
        id,
        ...(tag.attributes.PartyTypeID !== undefined && { partyTypeId: tag.attributes.PartyTypeID }),
      };
  }

  private close(name: string): void {
    if (this.failed) return;
    this.stack.pop();
    const text = clean(this.text);
    this.text = '';
    switch (name) {
      case 'NamePartValue':
        if (text !== '') this.parts?.push(text);
        return;
      case 'DocumentedName':
        if (this.parts && this.parts.length > 0) this.names?.push(this.parts.join(' '));
        this.parts = undefined;
        return;
      case 'VersionDetail':
        if (text !== '') this.feature?.values.push(text);
        return;
      case 'Feature':
        this.feature = undefined;
        return;
      case 'Profile':
        if (this.party) this.parties.push(this.party);
        this.party = undefined;
        return;
      case 'Comment':
        if (this.entry && this.stack[this.stack.length - 1] === 'SanctionsMeasure')
          this.entry.measures.push([this.measureType, text]);
        return;
      case 'SanctionsEntry':
        if (this.entry) this.entries.push(this.entry);
        this.entry = undefined;
        return;
      case 'Year':
      case 'Month':
      case 'Day':
        if (this.stack.length === 2 && this.stack[1] === 'DateOfIssue') this.issued.push(text);
        return;
    }
    const value = this.valueAttributes;
    if (value) {
      let set = this.values.get(value.set);
      if (!set) this.values.set(value.set, (set = new Map()));
      set.set(value.id, { text, ...(value.partyTypeId !== undefined && { partyTypeId: value.partyTypeId }) });
      this.valueAttributes = undefined;
    }
  }

  /** The value of an id in one reference value set, or undefined. */
  value(set: string, id: string | undefined): { text: string; partyTypeId?: string } | undefined {
    return id === undefined ? undefined : this.values.get(set)?.get(id);
  }

  /** The ids in one value set whose text is one of `texts`. */
  idsOf(set: string, texts: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (const [id, value] of this.values.get(set) ?? []) if (texts.includes(value.text)) out.add(id);
    return out;
  }
}

async function feed(parser: SaxesParser, source: XmlSource): Promise<void> {
  if (typeof source === 'string') {
    parser.write(source);
    return;
  }
  // A multi-byte character can be split between two chunks: the decoder carries it over.
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source as AsyncIterable<string | Uint8Array>)
    parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  const rest = decoder.decode();
  if (rest !== '') parser.write(rest);
}

/** `2026-11-28` from the document's DateOfIssue parts, when complete. */
function dateOf(parts: readonly string[]): string | undefined {
  const [year, month, day] = parts;
  if (!year || !month || !day || !/^\d{4}$/.test(year)) return undefined;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * Reads OFAC's SDN list in its advanced XML layout (`SDN_ADVANCED.XML`, the "advanced sanctions data"
 * schema) into the same known-entity list the CSV reader gives, streaming it so the ~100 MB file is
 * never held whole. Names and aliases come from each profile's identity (A.K.A., F.K.A. and N.K.A.
 * aliases, every script's documented name), programmes from the sanctions entries' programme
 * measures, web and e-mail domains from Website and Email Address features. The DPRK programmes are
 * kept by default; entries it cannot read are returned with their line, and the list is dated by the
 * file's DateOfIssue unless `asOf` is given.
 *
 * @example
 * const { list, rejects } = await readOfacSdnAdvancedXml(createReadStream('SDN_ADVANCED.XML'));
 * list.entities.length; // the DPRK-programme entries
 */
export async function readOfacSdnAdvancedXml(
  source: XmlSource,
  options: OfacSdnAdvancedOptions = {},
): Promise<OfacSdnResult> {
  const reader = new AdvancedXmlReader();
  await feed(reader.parser, source);
  reader.parser.close();
  const { rejects, failed } = reader;
  if (failed) rejects.push(failed);
  const keep = options.programs === 'all' ? () => true : (options.programs ?? isDprkProgram);
  const skipped = { outsidePrograms: 0, vesselsAndAircraft: 0 };

  // Programme measures are those whose sanctions type is "Program"; files without the value set use 1.
  const programTypes = reader.idsOf('SanctionsTypeValues', ['Program']);
  if (programTypes.size === 0) programTypes.add('1');
  const programsOf = new Map<string, string[]>();
  for (const entry of reader.entries) {
    if (entry.profileId === undefined || entry.profileId === '') {
      rejects.push({ line: entry.line, reason: 'a sanctions entry needs a ProfileID' });
      continue;
    }
    const programs = programsOf.get(entry.profileId) ?? [];
    for (const [type, comment] of entry.measures)
      if (type !== undefined && programTypes.has(type) && comment !== '' && !programs.includes(comment))
        programs.push(comment);
    programsOf.set(entry.profileId, programs);
  }

  const websites = reader.idsOf('FeatureTypeValues', ['Website']);
  const emails = reader.idsOf('FeatureTypeValues', ['Email Address']);
  const otherNames = reader.idsOf('AliasTypeValues', ['A.K.A.', 'F.K.A.', 'N.K.A.']);
  const entities: KnownEntity[] = [];
  let unplaced = 0;
  const seen = new Set<string>();
  for (const party of reader.parties) {
    seen.add(party.profileId);
    const subType = reader.value('PartySubTypeValues', party.subTypeId);
    const partyType = reader.value('PartyTypeValues', subType?.partyTypeId)?.text ?? subType?.text;
    if (!/^\d+$/.test(party.profileId) || subType === undefined) {
      rejects.push({
        line: party.line,
        reason:
          subType === undefined
            ? `profile ${party.profileId || '(no ID)'}: party subtype ${party.subTypeId ?? '(none)'} is not in the reference values`
            : 'a profile needs a numeric ID',
      });
      continue;
    }
    const primary = party.aliases.find((alias) => alias.primary && alias.names.length > 0);
    const name = primary?.names[0];
    if (!primary || name === undefined) {
      rejects.push({ line: party.line, reason: `profile ${party.profileId}: no primary name` });
      continue;
    }
    const programs = programsOf.get(party.profileId);
    // A file cut short before its sanctions entries gives profiles whose programmes are unknown.
    if (programs === undefined && failed) {
      unplaced++;
      continue;
    }
    if (!(programs ?? []).some(keep)) {
      skipped.outsidePrograms++;
      continue;
    }
    if (partyType === 'Vessel' || partyType === 'Aircraft') {
      skipped.vesselsAndAircraft++;
      continue;
    }
    const aliases = [
      ...primary.names.slice(1),
      ...party.aliases
        .filter((alias) => alias !== primary && (alias.typeId === undefined || otherNames.has(alias.typeId)))
        .flatMap((alias) => alias.names),
    ].filter((alias, i, all) => alias !== name && all.indexOf(alias) === i);
    const domains = [
      ...new Set(
        party.features
          .filter(
            (feature) =>
              feature.typeId !== undefined && (websites.has(feature.typeId) || emails.has(feature.typeId)),
          )
          .flatMap((feature) => feature.values.map(domainOf))
          .filter((domain): domain is string => domain !== undefined),
      ),
    ];
    entities.push({
      id: `ofac-${party.profileId}`,
      kind: partyType === 'Individual' ? 'individual' : 'organization',
      name,
      aliases,
      domains,
      programs: programs ?? [],
      sources: [],
    });
  }
  if (failed && unplaced > 0)
    rejects.push({
      line: failed.line,
      reason: `${unplaced} profile(s) read before the malformed XML were not loaded: their sanctions entries come after it`,
    });
  for (const entry of reader.entries)
    if (entry.profileId && !seen.has(entry.profileId))
      rejects.push({
        line: entry.line,
        reason: `sanctions entry for profile ${entry.profileId}, which the file does not hold`,
      });

  const asOf = options.asOf ?? dateOf(reader.issued);
  return {
    list: { name: 'OFAC SDN', kind: 'sanctions', ...(asOf !== undefined && { asOf }), entities },
    rejects: rejects.sort((a, b) => a.line - b.line),
    skipped,
  };
}
