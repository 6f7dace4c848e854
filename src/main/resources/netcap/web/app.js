// The browser view of netcap: draws what the server's model does (network and charts) and sends
// the teacher's commands (play, pause, step, reset, preset, sliders, speed). The model runs on the
// server; this page only draws the frames it streams (server-sent events). No build step.
(function () {
  'use strict';
  const query = new URLSearchParams(location.search);
  const SIDE = location.pathname.startsWith('/side-by-side');
  const STILL = query.get('still') === '1';
  const WINDOW = 3000;
  let session = SIDE ? query.get('contrast') : 'main';
  let lang = query.get('lang') || '';
  let meta = null;
  let sides = [];
  let control = {playing: false, step: 0, speed: 10};
  let params = [];
  let differs = [];
  let colourBy = 'strategy';
  let views = [];
  let pending = false;
  // counters read by the tests and by anyone measuring the page: frames received, drawn
  const stats = window.netcapStats = {frames: 0, draws: 0, states: 0, lastStep: -1, networkMs: 0, chartsMs: 0, chartDraws: 0};
  // the charts' y ranges now, by side (for checking that the sides share their axes)
  window.netcapCharts = () => views.map(v => v.charts.map(c => ({id: c.def.id, min: c.u.scales.y.min, max: c.u.scales.y.max})));

  const $ = (id) => document.getElementById(id);
  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  };
  const t = (key, ...args) => {
    let s = (meta && meta.texts[key]) || key;
    args.forEach((a, i) => { s = s.replace('{' + i + '}', a); });
    return s;
  };

  function status(text) {
    const s = $('status');
    s.textContent = text || '';
    s.classList.toggle('show', !!text);
  }

  // commands go one after another, so the server applies them in the order they were given
  let queue = Promise.resolve();

  function post(command, body) {
    const sent = queue.then(() => send(command, body));
    queue = sent.catch(() => false);
    return sent;
  }

  async function send(command, body) {
    const r = await fetch('/api/' + command + '?session=' + encodeURIComponent(session),
      {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body || {})});
    if (!r.ok) {
      status(t('refused', (await r.text()).trim()));
      return false;
    }
    status('');
    return true;
  }

  async function loadMeta() {
    const r = await fetch('/api/meta?session=' + encodeURIComponent(session) + '&lang=' + encodeURIComponent(lang));
    if (!r.ok) throw new Error(await r.text());
    meta = await r.json();
    lang = meta.lang;
    document.documentElement.lang = lang;
  }

  // ------------------------------------------------------------------ page

  function buildPage() {
    document.body.className = SIDE ? 'side' : 'main';
    document.title = meta.title + ' · netcap';
    $('title').textContent = SIDE ? t('sideBySide') : t('title');
    $('subtitle').textContent = t('subtitle');
    $('chooser-label').firstChild.textContent = SIDE ? t('contrast') : t('preset');
    const chooser = $('chooser');
    chooser.innerHTML = '';
    for (const p of (SIDE ? meta.contrasts : meta.presets)) {
      const o = el('option', null, p.title);
      o.value = p.key;
      chooser.appendChild(o);
    }
    chooser.value = SIDE ? session : sides.length ? sides[0].preset : '';
    chooser.onchange = () => {
      if (SIDE) location.href = '/side-by-side?contrast=' + encodeURIComponent(chooser.value) + '&lang=' + lang;
      else post('preset', {preset: chooser.value});
    };
    $('play').textContent = '▶ ' + t('play');
    $('pause').textContent = '❚❚ ' + t('pause');
    $('step').textContent = t('step');
    $('reset').textContent = '↻ ' + t('reset');
    $('play').onclick = () => post('play');
    $('pause').onclick = () => post('pause');
    $('step').onclick = () => post('step', {steps: 1});
    $('reset').onclick = () => post('reset');
    $('speed-label').textContent = t('speed');
    const speed = $('speed');
    speed.min = meta.speed.min;
    speed.max = meta.speed.max;
    speed.oninput = () => { $('speed-value').textContent = t('stepsPerSecond', speed.value); };
    speed.onchange = () => post('speed', {speed: Number(speed.value)});
    $('colour-label').textContent = t('colourBy');
    const colour = $('colour');
    colour.innerHTML = '';
    for (const c of ['strategy', 'knowledge']) {
      const o = el('option', null, t('colour.' + c));
      o.value = c;
      colour.appendChild(o);
    }
    colour.value = colourBy;
    colour.onchange = () => { colourBy = colour.value; legends(); redraw(); };
    const other = $('other-view');
    other.textContent = SIDE ? t('oneModel') : t('sideBySide') + ' →';
    other.href = (SIDE ? '/' : '/side-by-side') + '?lang=' + lang;
    const langs = $('langs');
    langs.innerHTML = '';
    langs.title = t('language');
    for (const l of meta.languages) {
      const a = el('a', l === lang ? 'on' : '', l.toUpperCase());
      const q = new URLSearchParams(location.search);
      q.set('lang', l);
      if (SIDE) q.set('contrast', session);
      a.href = location.pathname + '?' + q;
      langs.appendChild(a);
    }
    info();
    settings();
    buildViews();
  }

  function info() {
    $('info-title').textContent = t(SIDE ? 'info.contrast' : 'info') + ': ' + meta.title;
    const body = $('info-body');
    body.innerHTML = '';
    if (SIDE) body.appendChild(el('p', 'sides-note', t('sides.note')));
    for (const k of ['what', 'how', 'notice', 'try', 'idea']) {
      const text = meta.info[k];
      if (!text) continue;
      body.appendChild(el('h3', null, t('info.' + k)));
      for (const para of text.split(/\n\s*\n/)) body.appendChild(el('p', null, para.trim()));
    }
  }

  function settings() {
    $('settings-title').textContent = t('settings');
    $('settings-note').textContent = t('settings.note');
    const groups = $('groups');
    groups.innerHTML = '';
    for (const g of meta.groups) {
      const d = el('details', 'group');
      d.dataset.group = g.key;
      const s = el('summary', null, g.label);
      if (g.help) s.appendChild(el('small', null, g.help));
      d.appendChild(s);
      for (const p of g.params) d.appendChild(slider(p));
      d.open = (query.get('open') || '').split(',').includes(g.key);
      groups.appendChild(d);
    }
    showParams();
  }

  function slider(p) {
    const row = el('div', 'param');
    row.dataset.param = p.name;
    const head = el('div', 'head');
    const label = el('label', null, p.label);
    if (!p.live) label.appendChild(el('span', 'badge', t('atReset')));
    head.appendChild(label);
    const out = el('output');
    head.appendChild(out);
    row.appendChild(head);
    const input = el('input');
    input.name = p.name;
    if (p.kind === 'boolean') {
      input.type = 'checkbox';
      input.onchange = () => post('param', {name: p.name, value: input.checked}).then(ok => ok || showParams());
      head.insertBefore(input, out);
    } else {
      input.type = 'range';
      input.min = p.min;
      input.max = p.max;
      input.step = p.step;
      input.oninput = () => { out.textContent = fmt(Number(input.value)) + (p.unit ? ' ' + p.unit : ''); };
      input.onchange = () => post('param', {name: p.name, value: Number(input.value)}).then(ok => ok || showParams());
      row.appendChild(input);
    }
    row.title = p.help;
    row.appendChild(el('div', 'help', p.help));
    return row;
  }

  function fmt(v) {
    if (typeof v === 'boolean') return v ? '✓' : '–';
    if (v === null || v === undefined || Number.isNaN(v)) return '–';
    const a = Math.abs(v);
    return a >= 100 || Number.isInteger(v) ? String(Math.round(v * 100) / 100) : String(Number(a >= 1 ? v.toFixed(2) : v.toPrecision(2)));
  }

  function showParams() {
    if (!meta || !params.length) return;
    for (const row of document.querySelectorAll('.param')) {
      const name = row.dataset.param;
      const input = row.querySelector('input');
      const out = row.querySelector('output');
      const v = params[0][name];
      const diff = differs.includes(name);
      row.classList.toggle('differs', diff);
      input.disabled = diff;
      if (input.type === 'checkbox') {
        input.checked = !!v;
        out.textContent = diff ? params.map(p => fmt(p[name])).join(' / ') : '';
      } else {
        if (document.activeElement !== input) input.value = v;
        out.textContent = diff ? params.map(p => fmt(p[name])).join(' / ') : fmt(v);
      }
      const note = row.querySelector('.differs-note');
      if (diff && !note) row.appendChild(el('div', 'help differs-note', t('differs')));
    }
  }

  function showControl() {
    $('play').classList.toggle('on', control.playing);
    $('pause').classList.toggle('on', !control.playing);
    const speed = $('speed');
    if (document.activeElement !== speed) speed.value = control.speed;
    $('speed-value').textContent = t('stepsPerSecond', control.speed);
  }

  // ------------------------------------------------------------------ network

  function buildViews() {
    const root = $('views');
    for (const v of views) v.charts.forEach(c => c.u.destroy());
    root.innerHTML = '';
    views = [];
    const n = SIDE ? 2 : 1;
    for (let i = 0; i < n; i++) {
      const v = el('div', 'view');
      const net = el('div', 'net');
      net.appendChild(el('h2', null, (SIDE ? String.fromCharCode(65 + i) + ': ' : '') + (meta.sides[i] || '')));
      const canvas = el('canvas', 'network');
      net.appendChild(canvas);
      net.appendChild(el('div', 'tie-note'));
      const legend = el('div', 'legend');
      net.appendChild(legend);
      v.appendChild(net);
      const charts = el('div', 'charts');
      v.appendChild(charts);
      root.appendChild(v);
      views.push({root: v, net, canvas, legend, chartsEl: charts, charts: []});
    }
    layout();
    legends();
    buildCharts();
  }

  function layout() {
    for (const v of views) {
      if (SIDE) {
        const w = v.net.clientWidth - 12;
        v.canvas.style.height = Math.round(Math.min(w * 0.7, 440)) + 'px';
      }
      const r = v.canvas.getBoundingClientRect();
      const dpr = window.devicePixelRatio || 1;
      v.canvas.width = Math.max(50, Math.round(r.width * dpr));
      v.canvas.height = Math.max(50, Math.round(r.height * dpr));
    }
  }

  function legends() {
    const pal = meta.palette;
    for (const v of views) {
      const L = v.legend;
      L.innerHTML = '';
      const item = (html) => { const s = el('span'); s.innerHTML = html; L.appendChild(s); };
      if (colourBy === 'strategy') {
        [['contributor', 0], ['freeRider', 1], ['conditional', 2]].forEach(([k, c]) =>
          item(`<span class="dot" style="background:${pal.agents[c]}"></span>${esc(t('legend.' + k))}`));
      } else {
        const ramp = 'linear-gradient(90deg,' + pal.knowledge.join(',') + ')';
        item(`${esc(t('legend.knowledge')).replace('…', `<span class="ramp" style="background:${ramp}"></span>`)}`);
      }
      item(`<span class="dot" style="background:${pal.agents[3]}"></span>${esc(t('legend.left'))}`);
      item(`<span class="dot" style="background:#fff;border-color:${pal.agents[4]}"></span>${esc(t('legend.notJoined'))}`);
      ['faceToFace', 'online', 'both'].forEach((k, s) =>
        item(`<span class="line" style="background:${pal.styles[s]}"></span>${esc(t('legend.' + k))}`));
      item(esc(t('legend.ties')));
    }
  }

  function esc(s) {
    return String(s).replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'})[c]);
  }

  function drawNetwork(i) {
    const v = views[i];
    const s = sides[i];
    if (!v || !s || !s.x) return;
    const c = v.canvas;
    const g = c.getContext('2d');
    const W = c.width;
    const H = c.height;
    const dpr = window.devicePixelRatio || 1;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, W, H);
    const top = 30 * dpr; // room for the caption
    const size = Math.min(W, H - top);
    const ox = (W - size) / 2;
    const oy = top + (H - top - size) / 2;
    const X = (u) => ox + s.x[u] * size;
    const Y = (u) => oy + s.y[u] * size;
    const zoom = Math.max(0.5, Math.min(4, size / dpr / 800)) * dpr;
    const pal = meta.palette;
    const paths = pal.ties.map(() => null);
    const ties = s.ties;
    for (let k = 0; k + 2 < ties.length; k += 3) {
      const code = ties[k + 2];
      const p = paths[code] || (paths[code] = new Path2D());
      p.moveTo(X(ties[k]), Y(ties[k]));
      p.lineTo(X(ties[k + 1]), Y(ties[k + 1]));
    }
    g.lineCap = 'round';
    const latent = pal.ties.length - 1;
    if (paths[latent]) {
      g.lineWidth = 0.6 * zoom;
      g.strokeStyle = pal.ties[latent];
      g.stroke(paths[latent]);
    }
    for (let lc = 2; lc >= 0; lc--) { // long (faint) ties first, short ones on top
      for (let level = 0; level < 5; level++) {
        for (let style = 0; style < 3; style++) {
          const code = (lc * 3 + style) * 5 + level;
          if (!paths[code]) continue;
          g.lineWidth = pal.tieWidths[code] * zoom;
          g.strokeStyle = pal.ties[code];
          g.stroke(paths[code]);
        }
      }
    }
    const n = s.n;
    const base = Math.max(1.5 * dpr, Math.min(8 * dpr, 0.24 * size / Math.sqrt(Math.max(1, n))));
    const byColour = new Map();
    const outline = new Path2D();
    const notJoined = new Path2D();
    const add = (key, u, r) => {
      let p = byColour.get(key);
      if (!p) byColour.set(key, p = new Path2D());
      p.moveTo(X(u) + r, Y(u));
      p.arc(X(u), Y(u), r, 0, 2 * Math.PI);
      return p;
    };
    let members = 0;
    for (let u = 0; u < n; u++) {
      const cls = s.cls[u];
      if (cls === 4) {
        const r = base * 0.55;
        notJoined.moveTo(X(u) + r, Y(u));
        notJoined.arc(X(u), Y(u), r, 0, 2 * Math.PI);
      } else if (cls === 3) {
        add(pal.agents[3], u, base * 0.6);
      } else {
        members++;
        const rel = (colourBy === 'knowledge' ? s.know[u] : s.deg[u]) / 20;
        const r = base * (0.55 + 0.75 * Math.sqrt(Math.max(0, rel)));
        add(colourBy === 'knowledge' ? pal.knowledge[s.know[u]] : pal.agents[cls], u, r);
        outline.moveTo(X(u) + r, Y(u));
        outline.arc(X(u), Y(u), r, 0, 2 * Math.PI);
      }
    }
    g.lineWidth = Math.max(0.5 * dpr, 0.7 * zoom);
    g.strokeStyle = pal.agents[4];
    g.stroke(notJoined);
    for (const [colour, p] of byColour) {
      g.fillStyle = colour;
      g.fill(p);
    }
    g.strokeStyle = pal.outline;
    g.stroke(outline);
    const caption = t('caption', control.step, members, n);
    const fs = Math.round(15 * dpr * Math.min(1.4, Math.max(0.85, zoom / dpr)));
    g.font = 'bold ' + fs + 'px sans-serif';
    const tw = g.measureText(caption).width;
    g.fillStyle = 'rgba(255,255,255,0.82)';
    g.fillRect(6 * dpr, 6 * dpr, tw + 10 * dpr, fs * 1.35);
    g.fillStyle = '#333';
    g.fillText(caption, 11 * dpr, 6 * dpr + fs * 1.02);
    const note = v.net.querySelector('.tie-note');
    note.textContent = s.tiesShown < s.tiesTotal ? t('tiesSampled', s.tiesShown, s.tiesTotal, meta.maxTies) : '';
  }

  // ------------------------------------------------------------------ charts

  function col(name) {
    return meta.columns.indexOf(name);
  }

  function chartDefs() {
    const P = meta.palette.chart; // blue, sky, vermillion, green, orange, purple, yellow, dark grey
    const seci = ['socialization', 'socializationCreation', 'externalization', 'uptake', 'combination', 'internalization', 'teamCreation'];
    const seciColours = [P[4], P[1], P[3], P[5], P[0], P[2], P[7]];
    const levelColours = ['#b9b9b9', '#56b4e9', '#0072b2', '#cc79a7', '#3b0f4f'];
    const styles = meta.palette.styles.map(c => c.replace(/[\d.]+\)$/, '1)'));
    return [
      {id: 'population', title: t('chart.population'), y: t('axis.agents'), lines: [['members', P[0]], ['active', P[1]]].map(([c, k]) => ({col: c, label: t('series.' + c), colour: k}))},
      {id: 'freeRiders', title: t('chart.freeRiders'), y: t('axis.share'), range: [0, 1], lines: [{col: 'freeRiderShare', label: t('series.freeRiderShare'), colour: P[2]}]},
      {id: 'knowledge', title: t('chart.knowledge'), y: t('axis.knowledge'), lines: [{col: 'totalKnowledge', label: t('series.totalKnowledge'), colour: P[0]}]},
      {id: 'seci', title: t('chart.seci'), y: t('axis.flow'), lines: seci.map((c, i) => ({col: c, label: t('series.' + c), colour: seciColours[i]}))},
      {id: 'ties', title: t('chart.ties'), y: t('axis.ties'), bars: [0, 1, 2, 3, 4].map(l => t('level.' + l)), colour: '#555', value: (s) => [0, 1, 2, 3, 4].map(l => last(s, 'ties' + l))},
      {id: 'trustLevel', title: t('chart.trustLevel'), y: t('axis.trust'), range: [0, 1], lines: [0, 1, 2, 3, 4].map(l => ({col: 'trustLevel' + l, label: t('level.' + l), colour: levelColours[l]}))},
      {id: 'trustLayer', title: t('chart.trustLayer'), y: t('axis.trust'), range: [0, 1], lines: ['trustFaceToFace', 'trustOnline', 'trustBoth'].map((c, i) => ({col: c, label: t('layer.' + i), colour: styles[i]}))},
      {id: 'trustDist', title: t('chart.trustDist'), y: t('axis.ties'), bars: [...Array(10).keys()].map(b => (b / 10).toFixed(1)), colour: P[5], value: (s) => s.hist},
    ];
  }

  function last(s, name) {
    const c = s.rows[col(name)];
    return c && c.length ? c[c.length - 1] : 0;
  }

  // shared y maxima of a chart across the sides (side by side), recomputed before each redraw
  const sharedMax = {};

  function niceMax(v) {
    if (!(v > 0)) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const f of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (f * p >= v) return f * p;
    return 10 * p;
  }

  function buildCharts() {
    const defs = chartDefs();
    for (const v of views) {
      v.charts.forEach(c => c.u.destroy());
      v.chartsEl.innerHTML = '';
      v.charts = [];
      const width = Math.floor((v.chartsEl.clientWidth - 6) / 2) - 6;
      const height = SIDE ? 128 : Math.max(130, Math.floor(($('main').clientHeight - 20) / 4) - 58);
      for (const d of defs) {
        const box = el('div', 'chart');
        box.dataset.chart = d.id;
        v.chartsEl.appendChild(box);
        const yRange = d.range ? () => d.range : (u, min, max) => [0, SIDE ? sharedMax[d.id] || 1 : niceMax(max)];
        const axisFont = '11px sans-serif';
        const opts = {
          title: d.title, width, height, padding: [8, 10, 0, 0],
          cursor: {show: !d.bars, drag: {x: false, y: false}},
          scales: {x: d.bars ? {time: false, range: [-0.5, d.bars.length - 0.5]} : {time: false}, y: {range: yRange}},
          axes: [
            d.bars ? {font: axisFont, size: d.id === 'ties' ? 50 : 30, rotate: d.id === 'ties' ? 28 : 0, splits: () => d.bars.map((_, i) => i),
              values: (u, sp) => sp.map(i => d.bars[i] || ''), grid: {show: false}, gap: 2}
              : {font: axisFont, size: 30, label: t('axis.step'), labelSize: 14, labelFont: axisFont, gap: 2},
            {font: axisFont, size: yAxisSize, label: d.y, labelSize: 14, labelFont: axisFont, gap: 2},
          ],
          legend: {show: !d.bars, live: false},
          series: [{}],
        };
        if (d.bars) {
          opts.series.push({label: d.title, fill: d.colour, stroke: d.colour, width: 0, points: {show: false},
            paths: uPlot.paths.bars({size: [0.7, 60]})});
        } else {
          for (const l of d.lines) opts.series.push({label: l.label, stroke: l.colour, width: 2, points: {show: false}, spanGaps: false});
        }
        const u = new uPlot(opts, emptyData(d), box);
        v.charts.push({def: d, u});
      }
    }
  }

  // the y axis as wide as its longest tick label
  function yAxisSize(u, values) {
    const longest = values ? Math.max(1, ...values.map(v => String(v).length)) : 3;
    return Math.max(40, Math.ceil(longest * 6.6) + 22);
  }

  function emptyData(d) {
    return d.bars ? [d.bars.map((_, i) => i), d.bars.map(() => 0)] : [[], ...d.lines.map(() => [])];
  }

  function chartData(d, s) {
    if (d.bars) return [d.bars.map((_, i) => i), d.value(s)];
    const step = s.rows[col('step')];
    const out = [step];
    for (const l of d.lines) {
      let c = s.rows[col(l.col)];
      // nobody has acted at step 0: no flows, nobody active
      if ((d.id === 'seci' || l.col === 'active') && step.length && step[0] === 0) c = [null, ...c.slice(1)];
      out.push(c);
    }
    return out;
  }

  function updateCharts() {
    const data = views.map((v, i) => sides[i] ? v.charts.map(c => chartData(c.def, sides[i])) : null);
    if (SIDE) {
      const defs = views[0].charts.map(c => c.def);
      defs.forEach((d, k) => {
        let m = 0;
        for (const dv of data) {
          if (!dv) continue;
          for (let j = 1; j < dv[k].length; j++) for (const x of dv[k][j]) if (x > m) m = x;
        }
        sharedMax[d.id] = niceMax(m);
      });
    }
    views.forEach((v, i) => {
      if (!data[i]) return;
      v.charts.forEach((c, k) => c.u.setData(data[i][k]));
    });
  }

  // ------------------------------------------------------------------ frames

  function columns(rows) {
    const cols = meta.columns.map(() => []);
    for (const r of rows) r.forEach((x, j) => cols[j].push(x));
    return cols;
  }

  function onState(m) {
    control = m;
    params = m.params;
    differs = m.differs;
    sides = m.sides.map(s => ({...s, rows: columns(s.rows)}));
    stats.lastStep = m.step;
    const done = () => {
      showParams();
      showControl();
      $('chooser').value = SIDE ? session : sides[0].preset;
      schedule();
      stats.states++; // counted once the page shows the state, with the texts of its preset
    };
    if (!SIDE && meta.preset !== sides[0].preset) {
      return loadMeta().then(() => { buildPage(); done(); });
    }
    done();
    return Promise.resolve();
  }

  function onFrame(m) {
    stats.frames++;
    control = m;
    stats.lastStep = m.step;
    m.sides.forEach((f, i) => {
      const s = sides[i];
      if (!s) return;
      Object.assign(s, {n: f.n, cls: f.cls, deg: f.deg, know: f.know, ties: f.ties, tiesShown: f.tiesShown, tiesTotal: f.tiesTotal, hist: f.hist});
      if (f.x) { s.x = f.x; s.y = f.y; }
      f.row.forEach((x, j) => {
        const c = s.rows[j];
        c.push(x);
        if (c.length > WINDOW) c.shift();
      });
    });
    showControl();
    schedule();
  }

  const CHART_INTERVAL = 100;
  let chartsDrawn = -1e9;
  let chartTimer = null;

  function charts() {
    clearTimeout(chartTimer);
    chartTimer = null;
    const t0 = performance.now();
    chartsDrawn = t0;
    updateCharts();
    stats.chartsMs += performance.now() - t0;
    stats.chartDraws++;
  }

  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(redraw);
  }

  function redraw() {
    pending = false;
    if (!meta || !sides.length) return;
    const t0 = performance.now();
    views.forEach((v, i) => drawNetwork(i));
    stats.networkMs += performance.now() - t0;
    stats.draws++;
    // the charts follow at most ten times a second: the network keeps the frame rate
    const wait = CHART_INTERVAL - (t0 - chartsDrawn);
    if (wait <= 0 || STILL) {
      charts();
    } else if (!chartTimer) {
      chartTimer = setTimeout(charts, wait);
    }
    document.body.dataset.step = control.step;
  }

  function connect() {
    const es = new EventSource('/api/events?session=' + encodeURIComponent(session));
    es.addEventListener('state', e => { status(''); onState(JSON.parse(e.data)); });
    es.addEventListener('frame', e => onFrame(JSON.parse(e.data)));
    es.addEventListener('control', e => { control = JSON.parse(e.data); showControl(); });
    es.addEventListener('params', e => { params = JSON.parse(e.data).params; showParams(); });
    es.onerror = () => status(t('disconnected'));
  }

  async function start() {
    try {
      if (SIDE && !session) {
        const r = await fetch('/api/meta?session=main&lang=' + encodeURIComponent(lang));
        const m = await r.json();
        session = m.contrasts[0].key;
      }
      await loadMeta();
      buildPage();
      if (STILL) {
        const r = await fetch('/api/state?session=' + encodeURIComponent(session));
        await onState(await r.json());
        redraw();
        document.body.dataset.ready = '1';
      } else {
        connect();
      }
      let resizing = null;
      window.addEventListener('resize', () => {
        clearTimeout(resizing);
        resizing = setTimeout(() => { layout(); buildCharts(); redraw(); }, 150);
      });
    } catch (e) {
      document.body.textContent = String(e.message || e);
    }
  }

  start();
})();
