// settings: what the reader chose on the options page, and the sites they
// switched annotation on for. Stored with storage.local (never synced: no
// network).
//
//   settings  {layers: {actors, figures, claims}, colors: {person, organization, place, group, figure}}
//   sites     {"https://news.example": true}

export const DEFAULT_SETTINGS = {
  layers: { actors: true, figures: true, claims: true },
  colors: {},
};

export const COLOR_KEYS = ['person', 'organization', 'place', 'group', 'figure'];

export async function loadSettings(vapi) {
  const { settings } = await vapi.storage.get('settings');
  return {
    layers: { ...DEFAULT_SETTINGS.layers, ...(settings && settings.layers) },
    colors: sanitizeColors(settings && settings.colors),
  };
}

export function sanitizeColors(colors) {
  const out = {};
  for (const k of COLOR_KEYS) if (colors && /^#[0-9a-f]{6}$/i.test(colors[k] || '')) out[k] = colors[k].toLowerCase();
  return out;
}

export async function loadSites(vapi) {
  const { sites } = await vapi.storage.get('sites');
  return sites && typeof sites === 'object' ? sites : {};
}

// The match pattern for a site: every page of that host, any port.
export function patternFor(origin) {
  const u = new URL(origin);
  return `${u.protocol}//${u.hostname}/*`;
}

export function siteOf(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}
