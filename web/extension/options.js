// The options page: default layers, highlight colours, and the sites
// switched on (with the permission to annotate them automatically).
import { HIGHLIGHT_TYPES } from '../lib/highlight.js';
import { h } from '../lib/dom.js';
import { vapi } from './platform.js';
import { loadSettings, loadSites, patternFor, sanitizeColors, COLOR_KEYS } from './settings.js';

const LAYER_LABELS = { actors: 'Actors (people, organisations, places, groups)', figures: 'Figures', claims: 'Claims (who said what)' };
const DEFAULT_COLOR = Object.fromEntries(HIGHLIGHT_TYPES.map((t) => [t.name.replace(/^actor-/, ''), t.light]));
const COLOR_LABELS = { person: 'Person', organization: 'Organisation', place: 'Place', group: 'Group', figure: 'Figure' };
const status = (s) => { document.getElementById('status').textContent = s; };

async function save(settings) {
  await vapi.storage.set({ settings: { layers: settings.layers, colors: sanitizeColors(settings.colors) } });
  status('Saved.');
}

async function render() {
  const settings = await loadSettings(vapi);
  const layers = document.getElementById('layers');
  layers.replaceChildren(layers.querySelector('legend'), ...Object.keys(LAYER_LABELS).map((k) => h('label', {},
    h('input', { type: 'checkbox', name: `layer-${k}`, checked: settings.layers[k], onchange: (e) => {
      settings.layers[k] = e.target.checked; save(settings);
    } }), ` ${LAYER_LABELS[k]}`)));
  const colors = document.getElementById('colors');
  colors.replaceChildren(colors.querySelector('legend'), ...COLOR_KEYS.map((k) => h('label', {},
    h('input', { type: 'color', name: `color-${k}`, value: settings.colors[k] || DEFAULT_COLOR[k], onchange: (e) => {
      settings.colors[k] = e.target.value; save(settings);
    } }), COLOR_LABELS[k])));
  document.getElementById('reset').onclick = async () => { settings.colors = {}; await save(settings); render(); };

  const sites = await loadSites(vapi);
  const list = document.getElementById('sites');
  const entries = Object.keys(sites).filter((s) => sites[s]).sort();
  list.replaceChildren(...(entries.length ? await Promise.all(entries.map(async (site) => {
    const granted = await vapi.permissions.contains([patternFor(site)]).catch(() => false);
    return h('li', {}, site, ' ',
      granted ? h('span', {}, '(annotated on every visit) ')
        : h('button', { type: 'button', onclick: async () => {
          if (await vapi.permissions.request([patternFor(site)]).catch(() => false)) render();
        } }, 'Annotate on every visit'), ' ',
      h('button', { type: 'button', onclick: async () => {
        const s = await loadSites(vapi); delete s[site]; await vapi.storage.set({ sites: s }); render();
      } }, 'Switch off'));
  })) : [h('li', {}, 'None yet: click the toolbar button on a news site.')]));
}

render();
