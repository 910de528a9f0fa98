// Search for /search/: the page works without this file (it lists every report); with it, the form
// searches Pagefind's index of the published reports. Loaded only by the search page, as an external
// file so that the site's Content-Security-Policy needs no inline script.

const form = document.querySelector('form.search-form');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const FIELDS = ['council', 'committee', 'year'];
const MOST = 20;

let pagefindLoading;
function loadPagefind() {
  pagefindLoading ??= import('/pagefind/pagefind.js').then(async (pagefind) => {
    await pagefind.options({ excerptLength: 24 });
    return pagefind;
  });
  return pagefindLoading;
}

/** The excerpt Pagefind returns marks matches with <mark>; only its text and marks are copied. */
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const nodes = [];
  for (const node of parsed.body.firstChild?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) nodes.push(document.createTextNode(node.textContent ?? ''));
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent ?? '';
      nodes.push(mark);
    } else nodes.push(document.createTextNode(node.textContent ?? ''));
  }
  return nodes;
}

function longDate(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function resultItem(data) {
  const item = document.createElement('li');
  const heading = document.createElement('p');
  heading.className = 'result-title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta?.title ?? data.url;
  heading.append(link);
  const about = document.createElement('p');
  about.className = 'result-meta';
  const council = data.filters?.council?.[0];
  const committee = data.filters?.committee?.[0];
  about.textContent = [council, committee, data.meta?.date ? `meeting of ${longDate(data.meta.date)}` : undefined].filter(Boolean).join(', ');
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  excerpt.append(...excerptNodes(data.excerpt ?? ''));
  item.append(heading, about, excerpt);
  return item;
}

function describe(count, words, chosen) {
  const what = count === 0 ? 'No report found' : count === 1 ? '1 report found' : `${count} reports found`;
  // A phrase typed in straight quotes is shown once, in the sentence's own curly quotes.
  const phrase = words.replace(/^"(.*)"$/, '$1');
  const parts = [words ? `containing “${phrase}”` : undefined, ...chosen.map(([name, value]) => `${name} ${value}`)].filter(Boolean);
  return `${what}${parts.length ? ` ${parts.join(', ')}` : ''}.`;
}

async function search(values) {
  const words = values.get('q')?.trim() ?? '';
  const chosen = FIELDS.map((name) => [name, values.get(name) ?? '']).filter(([, value]) => value !== '');
  list.replaceChildren();
  if (words === '' && chosen.length === 0) {
    status.textContent = 'Type some words to find, or choose a council, committee or year.';
    return;
  }
  status.textContent = 'Searching…';
  try {
    const pagefind = await loadPagefind();
    const filters = Object.fromEntries(chosen.map(([name, value]) => [name, [value]]));
    const found = await pagefind.search(words === '' ? null : words, { filters });
    const shown = await Promise.all(found.results.slice(0, MOST).map((result) => result.data()));
    list.replaceChildren(...shown.map(resultItem));
    const more = found.results.length > MOST ? ` The first ${MOST} are shown.` : '';
    status.textContent = describe(found.results.length, words, chosen) + more;
  } catch (error) {
    status.textContent = 'Search could not load in this browser. Every report is listed below by council and year.';
    console.error(error);
  }
}

if (form && status && list) {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of params) {
    const field = form.elements.namedItem(name);
    if (field && 'value' in field) field.value = value;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = new URLSearchParams(new FormData(form));
    for (const [name, value] of [...values]) if (value === '') values.delete(name);
    // The address keeps the search, so it can be bookmarked, shared or reloaded.
    history.replaceState(null, '', `${window.location.pathname}${values.size ? `?${values}` : ''}`);
    void search(values);
  });
  if (params.get('q') || FIELDS.some((name) => params.get(name))) void search(params);
}
