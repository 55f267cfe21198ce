/** Lowercase, last path segment, no executable extension, single spaces: how match names compare. */
export function baseNameForCatalog(name: string): string {
  const lower = name.trim().toLowerCase();
  const last = lower.slice(Math.max(lower.lastIndexOf('\\'), lower.lastIndexOf('/')) + 1);
  return last
    .replace(/\.(?:exe|app|msi|dmg|pkg|deb|rpm|appimage)$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
