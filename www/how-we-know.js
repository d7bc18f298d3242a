// "How we know": for teachers, what each source counts and does not, the disputes, and why each
// figure carries its status. Every word comes from the language files (`pkg/lang/<code>.json`,
// the same files the widget's words are built from); this file only lays them out as text, never
// as markup. The page takes `?lang=`; the kiosk shows the same sections inside itself.

const SECTIONS = [
  ['how.statuses.heading', 'how.status.', ['archival', 'official', 'published', 'reproduced', 'claim', 'estimate', 'derived']],
  ['how.reading.heading', 'how.reading.', ['gaps', 'breaks', 'sentences', 'arrests']],
  ['how.claims.heading', 'how.claims.', ['text']],
];

/** The words of `lang` (its primary subtag), or English when there is no such file. */
export async function howWords(lang) {
  const base = new URL('./pkg/lang/', import.meta.url);
  const code = String(lang || 'en').split(/[-_]/)[0].toLowerCase();
  for (const c of [code, 'en']) {
    const response = await fetch(new URL(`${c}.json`, base));
    if (response.ok) return { code: c, words: await response.json() };
  }
  throw new Error('cannot load the language files');
}

function el(tag, text, id) {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  if (id) node.id = id;
  return node;
}

/** Fills `container` with the page's sections in `words`; status and source sections get ids. */
export function renderHow(container, words) {
  const parts = [el('h1', words['how.title']), el('p', words['how.intro'])];
  for (const [heading, prefix, keys] of SECTIONS) {
    parts.push(el('h2', words[heading]));
    for (const key of keys) {
      const section = el('section', null, `${prefix.replace('how.', '').replace('.', '-')}${key}`);
      section.append(el('p', words[`${prefix}${key}`]));
      parts.push(section);
    }
  }
  parts.push(el('h2', words['how.sources.heading']));
  for (const key of Object.keys(words).filter((k) => k.startsWith('how.source.'))) {
    parts.push(el('section', null, `source-${key.slice('how.source.'.length)}`));
    parts.at(-1).append(el('p', words[key]));
  }
  container.replaceChildren(...parts);
}

const page = document.getElementById('how');
if (page) {
  const asked = new URLSearchParams(location.search).get('lang') || document.documentElement.lang;
  const { code, words } = await howWords(asked);
  document.documentElement.lang = code;
  document.title = words['how.title'];
  renderHow(page, words);
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}
