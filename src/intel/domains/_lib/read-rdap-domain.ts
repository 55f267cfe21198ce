import type { DomainAnswer } from '../types.js';

const isoOf = (value: unknown): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
};

/** The registrar's name from an RDAP entity's jCard (`["fn", {}, "text", "Name"]`, RFC 7095). */
function registrarOf(entities: unknown): string | undefined {
  if (!Array.isArray(entities)) return undefined;
  for (const entity of entities as Array<{ roles?: unknown; vcardArray?: unknown }>) {
    if (!Array.isArray(entity?.roles) || !entity.roles.includes('registrar')) continue;
    const card = Array.isArray(entity.vcardArray) ? (entity.vcardArray[1] as unknown) : undefined;
    if (!Array.isArray(card)) continue;
    for (const property of card as unknown[]) {
      if (Array.isArray(property) && property[0] === 'fn' && typeof property[3] === 'string')
        return property[3];
    }
  }
  return undefined;
}

/**
 * Reads an RDAP domain object's body (RFC 9083): `objectClassName: "domain"`, and the `events` array's
 * `registration` and `last changed` dates. Text that is not JSON is `malformed`; JSON that is not a
 * domain object (an error page, another object class) is `not-rdap`.
 */
export function readRdapDomain(domain: string, body: string, source: string, asOf: string): DomainAnswer {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { domain, gap: 'malformed', detail: 'the RDAP server\u2019s answer is not JSON', source, asOf };
  }
  const object = json as { objectClassName?: unknown; events?: unknown; entities?: unknown } | null;
  if (typeof object !== 'object' || object === null || object.objectClassName !== 'domain')
    return { domain, gap: 'not-rdap', detail: 'the answer is not an RDAP domain object', source, asOf };
  let registered: string | undefined;
  let lastChanged: string | undefined;
  if (Array.isArray(object.events)) {
    for (const event of object.events as Array<{ eventAction?: unknown; eventDate?: unknown }>) {
      if (event?.eventAction === 'registration') registered ??= isoOf(event.eventDate);
      else if (event?.eventAction === 'last changed') lastChanged ??= isoOf(event.eventDate);
    }
  }
  const registrar = registrarOf(object.entities);
  return {
    domain,
    ...(registered !== undefined && { registered }),
    ...(lastChanged !== undefined && { lastChanged }),
    ...(registrar !== undefined && { registrar }),
    source,
    asOf,
  };
}
