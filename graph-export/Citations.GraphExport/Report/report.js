// The Citations report: reads the embedded data and draws the overview, the graph and the instrument pages.
// Every value from the data reaches the page through textContent or attributes, never as markup.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('citations-data').textContent);
  var instruments = data.instruments, statements = data.statements;
  var byInstrument = instruments.map(function () { return []; });   // statement indexes
  var byStatement = statements.map(function () { return []; });     // instrument indexes
  var mentionsOf = {};                                               // "s:i" -> mentions
  data.invokes.forEach(function (e) { byInstrument[e[1]].push(e[0]); byStatement[e[0]].push(e[1]); });
  data.mentions.forEach(function (m) {
    var key = m[0] + ':' + m[1];
    (mentionsOf[key] = mentionsOf[key] || []).push({ surface: m[2], provisions: m[3], context: m[4] });
  });
  var instrumentIndex = {};
  instruments.forEach(function (i, n) { instrumentIndex[i.id] = n; });

  function el(tag, attributes) {
    var node = document.createElement(tag);
    for (var name in attributes || {}) {
      if (name === 'text') node.textContent = attributes[name];
      else if (name === 'onclick') node.addEventListener('click', attributes[name]);
      else node.setAttribute(name, attributes[name]);
    }
    for (var k = 2; k < arguments.length; k++) {
      var child = arguments[k];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    }
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }
  function year(date) { return date && /^\d{4}/.test(date) ? date.slice(0, 4) : null; }
  function fmt(n) { return n.toLocaleString('en-US'); }
  function caption(s) {
    var who = s.issuer || s.title || s.id;
    return s.date ? who + ', ' + s.date : who;
  }
  function instrumentCaption(i) { return year(i.adopted) ? i.id + ' (' + year(i.adopted) + ')' : i.id; }
  function instrumentLink(n) {
    return el('a', { 'class': 'instrument', href: '#instrument=' + encodeURIComponent(instruments[n].id), title: instruments[n].title }, instruments[n].id);
  }
  function rows(table, header, items) {
    clear(table);
    table.appendChild(el('tr', null, header.map(function (h) { return el('th', { 'class': h.num ? 'num' : '' }, h.name); })
      .reduce(function (f, c) { f.appendChild(c); return f; }, document.createDocumentFragment())));
    items.forEach(function (cells) {
      var tr = el('tr');
      cells.forEach(function (c, k) { tr.appendChild(el('td', { 'class': header[k].num ? 'num' : '' }, c)); });
      table.appendChild(tr);
    });
  }
  function bar(value, max) { return el('span', { 'class': 'bar', style: 'width:' + Math.max(2, Math.round(160 * value / Math.max(1, max))) + 'px' }); }
  // The sentence with the surface marked, built from text nodes.
  function sentence(m) {
    var at = m.context.indexOf(m.surface);
    var text = el('div');
    if (at < 0) text.appendChild(document.createTextNode(m.context));
    else {
      text.appendChild(document.createTextNode(m.context.slice(0, at)));
      text.appendChild(el('mark', null, m.surface));
      text.appendChild(document.createTextNode(m.context.slice(at + m.surface.length)));
    }
    return text;
  }
  function mentionList(s, i, where) {
    var box = el('div', { 'class': 'mention' });
    box.appendChild(el('div', { 'class': 'where' }, where));
    (mentionsOf[s + ':' + i] || []).forEach(function (m) {
      box.appendChild(sentence(m));
      if (m.provisions.length) box.appendChild(el('div', { 'class': 'where' }, 'art. ' + m.provisions.join(', ')));
    });
    return box;
  }
  function provisionCounts(n) {
    var counts = {};
    byInstrument[n].forEach(function (s) {
      var seen = {};
      (mentionsOf[s + ':' + n] || []).forEach(function (m) { m.provisions.forEach(function (p) { seen[p] = true; }); });
      Object.keys(seen).forEach(function (p) { counts[p] = (counts[p] || 0) + 1; });
    });
    return Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b, 'en', { numeric: true }); })
      .map(function (p) { return [p, counts[p]]; });
  }

  // Overview
  (function overview() {
    var s = data.summary;
    var invoked = instruments.filter(function (i, n) { return byInstrument[n].length > 0; }).length;
    var cards = document.getElementById('cards');
    [['statements read', s.statements], ['rejected', s.rejected], ['instruments invoked', invoked],
     ['provisions cited', s.provisions], ['mentions', data.mentions.length + (s.omittedMentions || 0)]].forEach(function (c) {
      cards.appendChild(el('div', { 'class': 'card' }, el('div', { 'class': 'value' }, fmt(c[1])), el('div', { 'class': 'name' }, c[0])));
    });
    document.getElementById('generated').textContent = s.generator || '';
    if (s.omittedMentions) {
      cards.appendChild(el('div', { 'class': 'card muted' }, 'Sentences are shown for the first mentions of each instrument in a statement; ' +
        fmt(s.omittedMentions) + ' more are in mentions.csv.'));
    }

    var ranked = instruments.map(function (i, n) { return n; }).filter(function (n) { return byInstrument[n].length > 0; })
      .sort(function (a, b) { return byInstrument[b].length - byInstrument[a].length || instruments[a].id.localeCompare(instruments[b].id); });
    var top = ranked.slice(0, 20), max = top.length ? byInstrument[top[0]].length : 1;
    rows(document.getElementById('top-instruments'), [{ name: 'instrument' }, { name: 'title' }, { name: 'statements', num: true }, { name: '' }],
      top.map(function (n) { return [instrumentLink(n), instruments[n].title, fmt(byInstrument[n].length), bar(byInstrument[n].length, max)]; }));

    // Statements that invoke at least one instrument, and their invocations (statement–instrument pairs).
    var years = {}, issuers = {};
    function count(table, key, n) {
      var entry = table[key] = table[key] || [0, 0];
      entry[0] += 1;
      entry[1] += byStatement[n].length;
    }
    statements.forEach(function (st, n) {
      if (!byStatement[n].length) return;
      count(years, year(st.date) || 'no date', n);
      count(issuers, st.issuer || 'no issuer', n);
    });
    var yearKeys = Object.keys(years).sort(), yearMax = Math.max.apply(null, [1].concat(yearKeys.map(function (k) { return years[k][1]; })));
    rows(document.getElementById('by-year'), [{ name: 'year' }, { name: 'statements', num: true }, { name: 'invocations', num: true }, { name: '' }],
      yearKeys.map(function (k) { return [k, fmt(years[k][0]), fmt(years[k][1]), bar(years[k][1], yearMax)]; }));
    var issuerKeys = Object.keys(issuers).sort(function (a, b) { return issuers[b][1] - issuers[a][1] || a.localeCompare(b); }).slice(0, 25);
    rows(document.getElementById('by-issuer'), [{ name: 'issuer' }, { name: 'statements', num: true }, { name: 'invocations', num: true }],
      issuerKeys.map(function (k) { return [k, fmt(issuers[k][0]), fmt(issuers[k][1])]; }));

    var pick = ranked.slice(0, 12), table = clear(document.getElementById('together'));
    var head = el('tr', null, el('th'));
    pick.forEach(function (n) { head.appendChild(el('th', { 'class': 'rot' }, instruments[n].id)); });
    table.appendChild(head);
    var most = 1, cells = pick.map(function (a) {
      var set = {};
      byInstrument[a].forEach(function (s) { set[s] = true; });
      return pick.map(function (b) {
        var both = a === b ? 0 : byInstrument[b].filter(function (s) { return set[s]; }).length;
        most = Math.max(most, both);
        return both;
      });
    });
    pick.forEach(function (a, r) {
      var tr = el('tr', null, el('th', null, instrumentLink(a)));
      cells[r].forEach(function (v) {
        tr.appendChild(el('td', { style: v ? 'background:rgba(9,105,218,' + (0.1 + 0.7 * v / most).toFixed(2) + ')' : '' }, v ? String(v) : ''));
      });
      table.appendChild(tr);
    });

    var unknown = instruments.map(function (i, n) { return n; }).filter(function (n) { return !instruments[n].catalogued && byInstrument[n].length; });
    rows(document.getElementById('uncatalogued'), [{ name: 'id' }, { name: 'as written' }, { name: 'statements', num: true }],
      unknown.map(function (n) {
        var surfaces = {};
        byInstrument[n].forEach(function (s) { (mentionsOf[s + ':' + n] || []).forEach(function (m) { surfaces[m.surface] = true; }); });
        return [instrumentLink(n), Object.keys(surfaces).slice(0, 3).join(' · '), fmt(byInstrument[n].length)];
      }));
  })();

  // Instruments
  function instrumentDetail(n) {
    var i = instruments[n], box = clear(document.getElementById('instrument-detail'));
    box.appendChild(el('h2', null, i.id + ': ' + i.title));
    var facts = [i.kind, i.adopted ? 'adopted ' + i.adopted : null, i.entryIntoForce ? 'in force ' + i.entryIntoForce : null,
      i.catalogued ? null : 'not in the catalog'].filter(Boolean).join(' · ');
    box.appendChild(el('p', { 'class': 'muted' }, facts));
    var provisions = provisionCounts(n);
    if (provisions.length) {
      box.appendChild(el('h2', null, 'Provisions cited most'));
      var t = el('table');
      rows(t, [{ name: 'article' }, { name: 'statements', num: true }], provisions.slice(0, 15).map(function (p) { return [p[0], fmt(p[1])]; }));
      box.appendChild(t);
    }
    box.appendChild(el('h2', null, fmt(byInstrument[n].length) + ' statement(s) invoking it'));
    byInstrument[n].slice().sort(function (a, b) { return (statements[a].date || '').localeCompare(statements[b].date || ''); })
      .forEach(function (s) { box.appendChild(mentionList(s, n, caption(statements[s]) + ' — ' + (statements[s].title || statements[s].id))); });
  }
  rows(document.getElementById('instrument-list'), [{ name: 'id' }, { name: 'title' }, { name: 'statements', num: true }],
    instruments.map(function (i, n) { return n; }).filter(function (n) { return byInstrument[n].length; })
      .sort(function (a, b) { return instruments[a].id.localeCompare(instruments[b].id); })
      .map(function (n) { return [instrumentLink(n), instruments[n].title, fmt(byInstrument[n].length)]; }));

  // Graph
  var cy = null;
  function details(node) {
    var box = clear(document.getElementById('details'));
    var kind = node.data('kind'), n = node.data('n');
    if (kind === 'instrument') {
      var i = instruments[n];
      box.appendChild(el('h2', null, i.id + ': ' + i.title));
      box.appendChild(el('p', null, el('a', { 'class': 'instrument', href: '#instrument=' + encodeURIComponent(i.id) }, 'Instrument page')));
      box.appendChild(el('div', { 'class': 'muted' }, fmt(byInstrument[n].length) + ' statement(s)'));
      var list = el('div', { id: 'details-statements' });
      byInstrument[n].forEach(function (s) { list.appendChild(mentionList(s, n, caption(statements[s]))); });
      box.appendChild(list);
    } else if (kind === 'issuer') {
      box.appendChild(el('h2', null, node.data('label')));
      var list3 = el('div', { id: 'details-issuer' });
      statements.forEach(function (s, k) {
        if (s.issuer !== node.data('label') || !byStatement[k].length) return;
        list3.appendChild(el('div', { 'class': 'mention' }, el('div', { 'class': 'where' }, caption(s)), el('div', null, s.title || s.id),
          el('div', { 'class': 'where' }, byStatement[k].map(function (i) { return instruments[i].id; }).join(', '))));
      });
      box.appendChild(list3);
    } else {
      var st = statements[n];
      box.appendChild(el('h2', null, caption(st)));
      box.appendChild(el('p', null, st.title || st.id));
      if (st.url) box.appendChild(el('p', null, el('a', { href: st.url, rel: 'noopener noreferrer', target: '_blank' }, st.url)));
      box.appendChild(el('div', { 'class': 'muted' }, fmt(byStatement[n].length) + ' instrument(s)'));
      var list2 = el('div', { id: 'details-instruments' });
      byStatement[n].forEach(function (i) { list2.appendChild(mentionList(n, i, instruments[i].id + ': ' + instruments[i].title)); });
      box.appendChild(list2);
    }
  }
  // Force-directed while it stays quick; past about 1,500 elements, rings by degree, which cost no iterations.
  function layoutFor(count) {
    return count < 1500
      ? { name: 'cose', animate: false, randomize: false, numIter: 600, nodeRepulsion: function () { return 8000; }, idealEdgeLength: function () { return 60; } }
      : { name: 'concentric', animate: false, concentric: function (node) { return node.data('degree'); }, levelWidth: function () { return 2; }, minNodeSpacing: 4 };
  }
  function drawGraph() {
    if (cy) return;
    var elements = [];
    instruments.forEach(function (i, n) {
      if (!byInstrument[n].length) return;
      elements.push({ data: { id: 'i' + n, n: n, kind: 'instrument', label: instrumentCaption(i), catalogued: i.catalogued ? 1 : 0, degree: byInstrument[n].length } });
    });
    statements.forEach(function (s, n) {
      if (!byStatement[n].length) return;
      elements.push({ data: { id: 's' + n, n: n, kind: 'statement', label: caption(s), degree: byStatement[n].length } });
    });
    data.invokes.forEach(function (e, k) { elements.push({ data: { id: 'e' + k, source: 's' + e[0], target: 'i' + e[1] } }); });
    var maxDegree = Math.max.apply(null, [1].concat(instruments.map(function (i, n) { return byInstrument[n].length; })));
    var small = elements.length < 1500;
    cy = cytoscape({
      container: document.getElementById('cy'),
      elements: elements,
      hideEdgesOnViewport: !small, textureOnViewport: !small, minZoom: 0.05, maxZoom: 4,
      style: [
        { selector: 'node', style: { 'label': 'data(label)', 'font-size': 9, 'min-zoomed-font-size': 7, 'text-valign': 'bottom', 'text-margin-y': 2,
          'width': 'mapData(degree, 1, ' + maxDegree + ', 10, 60)', 'height': 'mapData(degree, 1, ' + maxDegree + ', 10, 60)' } },
        { selector: 'node[kind = "statement"]', style: { 'background-color': '#f5c542', 'shape': 'round-rectangle', 'width': 10, 'height': 10, 'font-size': 7, 'min-zoomed-font-size': 9 } },
        { selector: 'node[kind = "instrument"]', style: { 'background-color': '#3b82c4', 'font-weight': 'bold' } },
        { selector: 'node[kind = "instrument"][catalogued = 0]', style: { 'background-color': '#aaaaaa' } },
        { selector: 'node[kind = "issuer"]', style: { 'background-color': '#c4553b', 'shape': 'hexagon', 'font-size': 8 } },
        { selector: 'edge', style: { 'width': 1, 'line-color': '#c7ccd1', 'curve-style': 'haystack', 'opacity': 0.6 } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#cf222e' } },
        { selector: '.faded', style: { 'opacity': 0.15 } },
      ],
      layout: layoutFor(elements.length),
    });
    cy.on('tap', 'node', function (event) { details(event.target); });
    window.citationsReport.cy = cy;
    document.getElementById('graph-count').textContent = fmt(statements.filter(function (s, n) { return byStatement[n].length; }).length) + ' statement(s) shown';
  }
  function applyFilters() {
    if (!cy) return;
    var instrument = document.getElementById('filter-instrument').value;
    var filtered = instrument || document.getElementById('filter-issuer').value || document.getElementById('filter-year').value;
    var issuer = document.getElementById('filter-issuer').value;
    var y = document.getElementById('filter-year').value;
    var withIssuers = document.getElementById('show-issuers').checked;
    var keep = {};
    var shown = 0;
    statements.forEach(function (s, n) {
      if (!byStatement[n].length) return;
      var ok = (!issuer || s.issuer === issuer) && (!y || year(s.date) === y) &&
        (!instrument || byStatement[n].indexOf(Number(instrument)) >= 0);
      if (ok) {
        keep['s' + n] = true;
        byStatement[n].forEach(function (i) { keep['i' + i] = true; });
        if (withIssuers && s.issuer) keep['a:' + s.issuer] = true;
        shown++;
      }
    });
    if (withIssuers && !issuersAdded) addIssuers();
    cy.batch(function () {
      cy.nodes().forEach(function (node) {
        var display = keep[node.id()] ? 'element' : 'none';
        if (node.style('display') !== display) node.style('display', display);
      });
    });
    document.getElementById('graph-count').textContent = fmt(shown) + ' statement(s) shown';
    if (filtered || withIssuers) cy.fit(cy.elements(':visible'), 30);
  }
  var issuersAdded = false;
  // Issuers join the graph on request: one node per issuer, linked to its statements.
  function addIssuers() {
    issuersAdded = true;
    var added = [], seen = {};
    statements.forEach(function (s, n) {
      if (!byStatement[n].length || !s.issuer) return;
      var id = 'a:' + s.issuer;
      if (!seen[id]) { seen[id] = true; added.push({ data: { id: id, kind: 'issuer', label: s.issuer, degree: 1 } }); }
      added.push({ data: { id: 'ia' + n, source: 's' + n, target: id } });
    });
    cy.add(added);
    cy.nodes('[kind = "issuer"]').forEach(function (node) { node.data('degree', node.degree()); });
  }
  document.getElementById('show-issuers').addEventListener('change', function () {
    applyFilters();
    if (document.getElementById('show-issuers').checked) cy.layout(layoutFor(cy.elements(':visible').length)).run();
  });
  function fill(select, values) {
    values.forEach(function (v) { select.appendChild(el('option', { value: v[0] }, v[1])); });
    select.addEventListener('change', applyFilters);
  }
  fill(document.getElementById('filter-instrument'), instruments.map(function (i, n) { return n; }).filter(function (n) { return byInstrument[n].length; })
    .sort(function (a, b) { return instruments[a].id.localeCompare(instruments[b].id); }).map(function (n) { return [String(n), instruments[n].id]; }));
  var issuerSet = {}, yearSet = {};
  statements.forEach(function (s, n) { if (byStatement[n].length) { if (s.issuer) issuerSet[s.issuer] = true; if (year(s.date)) yearSet[year(s.date)] = true; } });
  fill(document.getElementById('filter-issuer'), Object.keys(issuerSet).sort().map(function (k) { return [k, k]; }));
  fill(document.getElementById('filter-year'), Object.keys(yearSet).sort().map(function (k) { return [k, k]; }));

  function search(query) {
    drawGraph();
    var q = query.trim().toLowerCase(), out = clear(document.getElementById('search-results'));
    if (!q) return [];
    var found = [];
    instruments.forEach(function (i, n) {
      if (byInstrument[n].length && [i.id, i.title].concat(i.names || []).some(function (v) { return v.toLowerCase().indexOf(q) >= 0; })) found.push('i' + n);
    });
    statements.forEach(function (s, n) {
      if (byStatement[n].length && [s.id, s.title, s.issuer].some(function (v) { return v && v.toLowerCase().indexOf(q) >= 0; })) found.push('s' + n);
    });
    // An exact id first: "iccpr" finds ICCPR before ICCPR-OP1.
    found.sort(function (a, b) { return exact(b, q) - exact(a, q); });
    found.slice(0, 20).forEach(function (id) {
      var node = cy.getElementById(id);
      out.appendChild(el('li', { 'data-node': id, onclick: function () { focus(node); } }, node.data('label')));
    });
    if (found.length) focus(cy.getElementById(found[0]));
    return found;
  }
  function exact(id, q) {
    var kind = id[0], n = Number(id.slice(1));
    return (kind === 'i' ? instruments[n].id : statements[n].id).toLowerCase() === q ? 1 : 0;
  }
  function focus(node) {
    cy.$(':selected').unselect();
    node.select();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 200 });
    details(node);
  }
  document.getElementById('search').addEventListener('keydown', function (event) { if (event.key === 'Enter') search(event.target.value); });

  // Views
  function show() {
    var hash = decodeURIComponent(location.hash.slice(1)), view = hash.split('=')[0] || 'overview';
    if (view === 'instrument') view = 'instruments';
    if (['overview', 'graph', 'instruments'].indexOf(view) < 0) view = 'overview';
    document.querySelectorAll('section.view').forEach(function (s) { s.classList.toggle('active', s.id === view + '-view'); });
    document.querySelectorAll('header nav a').forEach(function (a) { a.classList.toggle('active', a.getAttribute('data-view') === view); });
    if (view === 'graph') drawGraph();
    if (hash.indexOf('instrument=') === 0 && instrumentIndex[hash.slice(11)] !== undefined) instrumentDetail(instrumentIndex[hash.slice(11)]);
  }
  window.citationsReport = { data: data, search: search, cy: null, show: show };
  window.addEventListener('hashchange', show);
  show();
})();
