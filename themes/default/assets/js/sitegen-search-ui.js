/*
 * SiteGen search page (/cari/): draws results, facets, sorting and "more results" with sitegen-search.js,
 * keeps the search in the URL (shareable, back button), and announces results to screen readers.
 * Every text from the index is inserted with textContent or text nodes, never as HTML.
 */
(function () {
  'use strict';

  const PAGE_SIZE = 10;
  const DEBOUNCE_MS = 200;
  // A facet shows its most common values and a button that shows the rest, so no value hides in a scroll box.
  const FACET_SHOWN = 6;

  const rootElement = document.querySelector('[data-search-manifest]');
  // No index (or no engine): the page keeps its message for browsers without JavaScript.
  if (!rootElement || !rootElement.getAttribute('data-search-manifest') || !window.SiteGenSearch || !window.SiteGenText) return;

  const manifestUrl = new URL(rootElement.getAttribute('data-search-manifest'), document.baseURI);
  const folder = new URL('./', manifestUrl);
  const manifestName = manifestUrl.pathname.slice(folder.pathname.length);
  const engine = window.SiteGenSearch.create({
    text: window.SiteGenText,
    manifest: manifestName,
    load: (path) => fetch(new URL(path, folder)).then((r) => {
      if (!r.ok) throw new Error(r.status + ' ' + path);
      return r.json();
    }),
  });

  const form = rootElement.querySelector('form.search-form');
  const input = form.querySelector('input[name=q]');
  const ui = rootElement.querySelector('.search-ui');
  const status = rootElement.querySelector('.search-status');
  const list = rootElement.querySelector('#cari-hasil');
  const more = rootElement.querySelector('.search-more');
  const sort = rootElement.querySelector('#cari-urutan');
  const clear = rootElement.querySelector('.search-clear');
  const fieldsets = Array.from(rootElement.querySelectorAll('fieldset[data-facet]'));
  const t = (key) => rootElement.getAttribute('data-t-' + key) || '';
  const fill = (template, ...values) => values.reduce((s, v, i) => s.split('{' + i + '}').join(String(v)), template);

  rootElement.querySelector('.search-fallback').hidden = true;
  ui.hidden = false;
  // On a narrow screen the filters start folded, so the results are not pushed below them.
  const filters = rootElement.querySelector('details.search-facets');
  if (filters && window.matchMedia && window.matchMedia('(max-width: 59.99rem)').matches) filters.open = false;

  let state = window.SiteGenSearch.stateFromQuery(location.search);
  let run = 0;
  let timer = 0;
  const expanded = new Set(); // facets showing all their values

  function writeUrl(push) {
    const url = location.pathname + window.SiteGenSearch.queryFromState(state) + location.hash;
    if (url === location.pathname + location.search + location.hash) return;
    if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
  }

  function showState() {
    input.value = state.q;
    sort.value = state.sort;
  }

  function element(name, className, textValue) {
    const e = document.createElement(name);
    if (className) e.className = className;
    if (textValue !== undefined) e.textContent = textValue;
    return e;
  }

  /** Appends highlight pieces as text nodes and <mark> elements. */
  function appendPieces(parent, pieces) {
    for (const piece of pieces) {
      if (piece.mark) parent.appendChild(element('mark', null, piece.text));
      else parent.appendChild(document.createTextNode(piece.text));
    }
  }

  function resultItem(record, found) {
    const item = element('li', 'card');
    const heading = element('h3', 'card__title');
    const link = document.createElement('a');
    // Only paths of this site: a record's url is written by the build, but never trust a scheme in it.
    link.href = /^\/(?!\/)/.test(record.u) ? record.u : '#';
    appendPieces(link, engine.highlight(record.t, found));
    heading.appendChild(link);
    item.appendChild(heading);
    const meta = element('p', 'meta');
    const time = element('time', null, record.d);
    time.setAttribute('datetime', record.i);
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(' · ' + record.n));
    item.appendChild(meta);
    const excerpt = element('p', 'card__summary');
    appendPieces(excerpt, engine.excerpt(record, found, 30));
    item.appendChild(excerpt);
    return item;
  }

  /** The facet's toggle: "Show all (N)" while some values are hidden, "Show fewer" once they are shown. */
  function facetToggle(fieldset, name, ul) {
    let button = fieldset.querySelector('.facet-toggle');
    if (!button) {
      button = element('button', 'facet-toggle');
      button.type = 'button';
      ul.id = 'saring-' + name + '-pilihan';
      button.setAttribute('aria-controls', ul.id);
      button.addEventListener('click', () => {
        if (expanded.has(name)) expanded.delete(name); else expanded.add(name);
        showFacetValues(fieldset, name);
      });
      fieldset.appendChild(button);
    }
    return button;
  }

  /** Hides the values past the first FACET_SHOWN (never a checked one) unless the facet is expanded. */
  function showFacetValues(fieldset, name) {
    const ul = fieldset.querySelector('ul');
    const items = Array.from(ul.children);
    const button = facetToggle(fieldset, name, ul);
    const open = expanded.has(name);
    let hidden = 0;
    items.forEach((li, k) => {
      li.hidden = !open && k >= FACET_SHOWN && !li.querySelector('input').checked;
      if (li.hidden) hidden++;
    });
    button.hidden = items.length <= FACET_SHOWN || (!open && hidden === 0);
    button.textContent = open ? t('show-fewer') : fill(t('show-all'), items.length);
    button.setAttribute('aria-expanded', String(open));
  }

  function drawFacets(result) {
    let any = false;
    for (const fieldset of fieldsets) {
      const name = fieldset.getAttribute('data-facet');
      const values = result.facets[name] || [];
      const ul = fieldset.querySelector('ul');
      ul.replaceChildren();
      values.forEach((v, k) => {
        if (v.selected) any = true;
        const li = document.createElement('li');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.id = 'saring-' + name + '-' + k;
        box.value = v.slug;
        box.checked = v.selected;
        box.setAttribute('data-facet', name);
        const label = element('label', null, v.name + ' ');
        label.htmlFor = box.id;
        label.appendChild(element('span', 'count', '(' + v.count + ')'));
        li.append(box, label);
        ul.appendChild(li);
      });
      showFacetValues(fieldset, name);
      fieldset.hidden = values.length === 0;
    }
    clear.hidden = !any;
  }

  /** Says the result in the status (a live region); "did you mean" offers are links in it, so they are announced and reachable. */
  function announce(message, suggestions) {
    status.replaceChildren(document.createTextNode(message));
    if (!suggestions || suggestions.length === 0) return;
    const [before, after] = t('did-you-mean').split('{0}');
    status.appendChild(document.createTextNode((message ? ' ' : '') + before));
    suggestions.forEach((q, k) => {
      if (k > 0) status.appendChild(document.createTextNode(k === suggestions.length - 1 ? ' ' + t('or') + ' ' : ', '));
      const link = element('a', 'search-suggestion', q);
      link.href = location.pathname + window.SiteGenSearch.queryFromState({ ...state, q, page: 1 });
      link.addEventListener('click', (event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        state = { ...state, q, page: 1 };
        showState();
        writeUrl(true);
        update().then(() => input.focus());
      });
      status.appendChild(link);
    });
    status.appendChild(document.createTextNode(after || ''));
  }

  async function update(options) {
    const mine = ++run;
    const focusFrom = options && options.focusFrom;
    status.textContent = state.q || hasFilters() ? t('loading') : '';
    let result;
    try {
      result = await engine.search(state);
      if (mine !== run) return;
      const shown = result.hits.slice(0, state.page * PAGE_SIZE);
      const records = await engine.records(shown);
      if (mine !== run) return;

      const keep = focusFrom !== undefined ? list.children.length : 0;
      const items = records.map((r) => resultItem(r, result));
      list.replaceChildren(...items);
      drawFacets(result);
      more.hidden = shown.length >= result.total;
      more.textContent = t('more');
      const showing = shown.length < result.total ? ' ' + fill(t('showing'), shown.length, result.total) : '';
      if (result.empty) announce('');
      else if (result.corrected) announce(fill(t('corrected'), result.corrected.from.trim(), result.total, result.corrected.to.trim()) + showing);
      else if (result.total === 0) announce(fill(t('no-results'), state.q), result.suggestions);
      else if (!state.q) announce(fill(t('filtered'), result.total));
      else announce(fill(result.total === 1 ? t('result-one') : t('results'), result.total, state.q) + showing, result.suggestions);
      if (focusFrom !== undefined && list.children[keep]) {
        const link = list.children[keep].querySelector('a');
        if (link) link.focus();
      }
    } catch (error) {
      if (mine !== run) return;
      status.textContent = t('failed');
      throw error;
    }
  }

  function hasFilters() {
    return window.SiteGenSearch.FACETS.some((f) => state.filters[f].length > 0);
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { ...state, q: input.value, page: 1 };
      writeUrl(false);
      update();
    }, DEBOUNCE_MS);
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, q: input.value, page: 1 };
    writeUrl(true);
    update();
  });

  sort.addEventListener('change', () => {
    state = { ...state, sort: sort.value, page: 1 };
    writeUrl(true);
    update();
  });

  rootElement.querySelector('.search-facets').addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement) || !box.hasAttribute('data-facet')) return;
    const name = box.getAttribute('data-facet');
    const values = state.filters[name].filter((v) => v !== box.value);
    if (box.checked) values.push(box.value);
    state = { ...state, filters: { ...state.filters, [name]: values }, page: 1 };
    writeUrl(true);
    const value = box.value;
    update().then(() => {
      // The list was redrawn: keep the keyboard on the same choice.
      const again = Array.from(rootElement.querySelectorAll('input[data-facet="' + name + '"]')).find((b) => b.value === value);
      if (again) again.focus();
    });
  });

  clear.addEventListener('click', () => {
    const filters = {};
    for (const f of window.SiteGenSearch.FACETS) filters[f] = [];
    state = { ...state, filters, page: 1 };
    writeUrl(true);
    update().then(() => input.focus());
  });

  more.addEventListener('click', () => {
    state = { ...state, page: state.page + 1 };
    writeUrl(false);
    update({ focusFrom: state.page });
  });

  window.addEventListener('popstate', () => {
    state = window.SiteGenSearch.stateFromQuery(location.search);
    showState();
    update();
  });

  // The header's search box on this page searches here directly.
  const header = document.querySelector('.site-search');
  if (header) {
    header.addEventListener('submit', (event) => {
      const q = header.querySelector('input[name=q]');
      if (!q) return;
      event.preventDefault();
      state = { ...state, q: q.value, page: 1 };
      showState();
      writeUrl(true);
      update();
    });
  }

  showState();
  update();
})();
