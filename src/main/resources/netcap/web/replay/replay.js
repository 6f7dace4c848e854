/* netcap replay: draws a recorded run (network snapshots and time series) with a time slider.
   Everything it needs is in the page: the data (JSON), uPlot and this script. */
(function () {
  'use strict';
  const D = JSON.parse(document.getElementById('data').textContent);
  const T = D.texts;
  const P = D.palette;
  const frames = D.frames;
  const S = D.series;
  const LEVELS = 5;
  // each frame lists the ties added or changed (u, v, code) and dropped (u, v) since the one before
  (function ties() {
    const now = new Map();
    for (const f of frames) {
      for (let i = 0; i < f.drop.length; i += 2) now.delete(f.drop[i] * 1048576 + f.drop[i + 1]);
      for (let i = 0; i < f.add.length; i += 3) now.set(f.add[i] * 1048576 + f.add[i + 1], f.add[i + 2]);
      const list = new Int32Array(3 * now.size);
      let k = 0;
      for (const [key, code] of now) {
        list[k++] = Math.floor(key / 1048576);
        list[k++] = key % 1048576;
        list[k++] = code;
      }
      f.ties = list;
    }
  })();

  function t(key, ...args) {
    const s = T[key] === undefined ? key : T[key];
    return s.replace(/\{(\d+)\}/g, (m, i) => (args[+i] === undefined ? m : args[+i]));
  }
  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    for (const k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function fmt(v, digits) {
    if (v === null || v === undefined || !isFinite(v)) return '–';
    return Number(v).toLocaleString(document.documentElement.lang, { maximumFractionDigits: digits === undefined ? 2 : digits });
  }

  // ---------------------------------------------------------------- header and footer
  const A = D.about;
  const header = document.getElementById('about');
  header.appendChild(el('h1', {}, A.title));
  if (A.run) header.appendChild(el('p', { class: 'run' }, A.run));
  if (A.what) header.appendChild(el('p', { class: 'what' }, A.what));
  const more = ['how', 'notice', 'try', 'idea'].filter(k => A[k]);
  if (more.length) {
    const det = el('details');
    det.appendChild(el('summary', {}, t('info.more')));
    for (const k of more) {
      det.appendChild(el('h3', {}, t('info.' + k)));
      det.appendChild(el('p', {}, A[k]));
    }
    header.appendChild(det);
  }
  document.getElementById('footer').textContent = t('footer');

  // ---------------------------------------------------------------- controls
  const slider = document.getElementById('slider');
  const playBtn = document.getElementById('play');
  const stepLabel = document.getElementById('stepLabel');
  const speedSel = document.getElementById('speed');
  const colourSel = document.getElementById('colour');
  document.getElementById('speedLabel').textContent = t('speed');
  document.getElementById('colourLabel').textContent = t('colour');
  colourSel.options[0].textContent = t('colour.strategy');
  colourSel.options[1].textContent = t('colour.knowledge');
  slider.max = Math.max(0, frames.length - 1);
  slider.setAttribute('aria-label', t('slider'));

  // ---------------------------------------------------------------- network
  const canvas = document.getElementById('network');
  const POSX = D.pos.x.map(v => v / 10000);
  const POSY = D.pos.y.map(v => v / 10000);

  function drawNetwork(f) {
    const ratio = window.devicePixelRatio || 1;
    const css = canvas.clientWidth || 600;
    const size = Math.round(css * ratio);
    if (canvas.width !== size || canvas.height !== size) {
      canvas.width = size;
      canvas.height = size;
    }
    const g = canvas.getContext('2d');
    g.setTransform(ratio, 0, 0, ratio, 0, 0);
    const w = css, h = css;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, w, h);
    const zoom = Math.max(0.5, Math.min(4, w / 800));
    const n = f.state.length;
    const ties = f.ties;
    // ties: one path per (length class, channel, level), long and faint first, as the MASON window
    const paths = [];
    const degree = new Int32Array(n);
    for (let i = 0; i < ties.length; i += 3) {
      const u = ties[i], v = ties[i + 1], code = ties[i + 2];
      degree[u]++;
      degree[v]++;
      const p = paths[code] || (paths[code] = new Path2D());
      p.moveTo(POSX[u] * w, POSY[u] * h);
      p.lineTo(POSX[v] * w, POSY[v] * h);
    }
    g.lineCap = 'round';
    for (let lc = 2; lc >= 0; lc--) {
      for (let level = 0; level < LEVELS; level++) {
        for (let style = 0; style < 3; style++) {
          const code = (lc * 3 + style) * LEVELS + level;
          if (!paths[code]) continue;
          g.strokeStyle = P.tie[code];
          g.lineWidth = P.tieWidth[code] * zoom;
          g.stroke(paths[code]);
        }
      }
    }
    // agents
    let maxDeg = 1;
    for (let u = 0; u < n; u++) if (f.state.charCodeAt(u) >= 50 && degree[u] > maxDeg) maxDeg = degree[u];
    const base = Math.max(1.5, Math.min(8, 0.24 * Math.min(w, h) / Math.sqrt(Math.max(1, n))));
    const byKnowledge = colourSel.value === 'knowledge';
    g.lineWidth = Math.max(0.5, 0.7 * zoom);
    for (let u = 0; u < n; u++) {
      const s = f.state.charCodeAt(u) - 48;
      const cx = POSX[u] * w, cy = POSY[u] * h;
      g.beginPath();
      if (s === 0) {
        g.arc(cx, cy, base * 0.55, 0, 2 * Math.PI);
        g.strokeStyle = P.notJoined;
        g.stroke();
        continue;
      }
      if (s === 1) {
        g.arc(cx, cy, base * 0.6, 0, 2 * Math.PI);
        g.fillStyle = P.left;
        g.fill();
        continue;
      }
      const r = base * (0.55 + 0.75 * Math.sqrt(degree[u] / maxDeg));
      g.arc(cx, cy, r, 0, 2 * Math.PI);
      g.fillStyle = byKnowledge ? P.knowledge[Math.round(f.know[u] / 10)] : P.strategy[s - 2];
      g.fill();
      g.strokeStyle = P.outline;
      g.stroke();
    }
    // caption, for the back of the classroom
    const fs = Math.round(15 * Math.min(1.6, Math.max(1, zoom)));
    g.font = 'bold ' + fs + 'px system-ui, "DejaVu Sans", Arial, sans-serif';
    const caption = t('caption', fmt(f.step, 0), fmt(f.members, 0), fmt(n, 0));
    const cw = g.measureText(caption).width;
    g.fillStyle = 'rgba(255,255,255,0.82)';
    g.fillRect(6, 6, cw + 10, fs + 8);
    g.fillStyle = '#444';
    g.fillText(caption, 11, 6 + fs + 1);
  }

  // ---------------------------------------------------------------- legend
  function legend() {
    const L = document.getElementById('legend');
    L.textContent = '';
    const item = (swatch, text) => {
      const i = el('span', { class: 'item' });
      i.appendChild(swatch);
      i.appendChild(document.createTextNode(text));
      L.appendChild(i);
    };
    if (colourSel.value === 'knowledge') {
      const ramp = el('span', { class: 'ramp' });
      ramp.style.background = 'linear-gradient(to right,' + P.knowledge.join(',') + ')';
      item(ramp, t('legend.knowledge'));
    } else {
      ['contributor', 'freeRider', 'conditional'].forEach((k, i) => {
        const d = el('span', { class: 'dot' });
        d.style.background = P.strategy[i];
        item(d, t('legend.' + k));
      });
    }
    const left = el('span', { class: 'dot' });
    left.style.background = P.left;
    item(left, t('legend.left'));
    item(el('span', { class: 'dot ring' }), t('legend.notJoined'));
    ['faceToFace', 'online', 'both'].forEach((k, style) => {
      const line = el('span', { class: 'line' });
      line.style.borderTopColor = P.tie[style * LEVELS + 4];
      item(line, t('legend.' + k));
    });
    L.appendChild(el('span', { class: 'item' }, t('legend.levels')));
    L.appendChild(el('span', { class: 'item' }, t('legend.size')));
  }

  // ---------------------------------------------------------------- charts
  const OKABE = ['#009E73', '#D55E00', '#E69F00', '#56B4E9', '#0072B2', '#CC79A7', '#000000', '#F0E442'];
  const LEVEL_COLOURS = ['#c9c9c9', '#9ecae1', '#4292c6', '#2171b5', '#08306b'];
  const charts = [];
  const box = document.getElementById('charts');
  let current = 0;

  function chartBox(title) {
    const b = el('div', { class: 'chart' });
    b.appendChild(el('h2', {}, title));
    box.appendChild(b);
    return b;
  }
  function width(b) {
    return Math.max(240, b.clientWidth - 12);
  }
  const HEIGHT = 128;

  /** A cursor at the current step: a vertical line drawn over the plot. */
  const cursorLine = {
    hooks: {
      draw: [u => {
        const f = frames[current];
        if (!f) return;
        const x = u.valToPos(f.step, 'x', true);
        const ctx = u.ctx;
        ctx.save();
        ctx.strokeStyle = 'rgba(200,0,0,0.85)';
        ctx.lineWidth = 2 * (window.devicePixelRatio || 1);
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
        ctx.restore();
        // the legend gives the values at the current step (after uPlot's own cursor update)
        setTimeout(() => u.setLegend({ idx: rowAt(f.step) }, false), 0);
      }]
    }
  };

  /** A time chart of the columns present in the series. */
  function timeChart(title, cols, opts) {
    opts = opts || {};
    const present = cols.filter(c => S[c[0]] !== undefined);
    if (!present.length || !S.step || !S.step.length) return;
    const b = chartBox(title);
    const series = [{ label: t('axis.step') }];
    const data = [S.step];
    for (const [col, colour, scale] of present) {
      series.push({ label: t('series.' + col), stroke: colour, width: 1.6, scale: scale || 'y',
        value: (u, v) => fmt(v, opts.digits) });
      data.push(S[col]);
    }
    const axes = [{ label: t('axis.step'), size: 34, labelSize: 14, font: '11px system-ui', labelFont: '11px system-ui' },
      { label: opts.yLabel || '', size: 52, labelSize: 14, font: '11px system-ui', labelFont: '11px system-ui',
        values: (u, vals) => vals.map(v => fmt(v, opts.axisDigits === undefined ? 2 : opts.axisDigits)) }];
    const scales = { x: { time: false } };
    if (opts.yRange) scales.y = { range: opts.yRange };
    if (present.some(c => c[2] === 'y2')) {
      axes.push({ scale: 'y2', side: 1, label: opts.y2Label || '', size: 56, labelSize: 14, grid: { show: false },
        font: '11px system-ui', labelFont: '11px system-ui', values: (u, vals) => vals.map(v => fmt(v, 0)) });
      scales.y2 = { auto: true };
    }
    const u = new uPlot({ width: width(b), height: HEIGHT, series, axes, scales, plugins: [cursorLine],
      legend: { live: true }, cursor: { y: false, drag: { x: false, y: false } } }, data, b);
    charts.push({ u, box: b, kind: 'time' });
  }

  /** A bar chart of the current snapshot: one value per category. */
  function barChart(title, labels, colours, pick, opts) {
    const b = chartBox(title);
    const k = labels.length;
    const xs = labels.map((_, i) => i);
    const series = [{ label: '' }];
    // one series per colour, each with its own bars (null elsewhere), so each bar keeps its colour
    const groups = colours.length === 1 ? [xs] : xs.map(i => [i]);
    groups.forEach((g, gi) => series.push({
      label: colours.length === 1 ? (opts.label || title) : labels[gi], stroke: colours[gi], fill: colours[gi] + 'cc', width: 1,
      paths: uPlot.paths.bars({ size: [0.7, 60], align: 0 }), points: { show: false },
      value: (u, v) => fmt(v, opts.digits)
    }));
    const data = () => {
      const v = pick(frames[current]);
      const rows = [xs];
      groups.forEach(g => rows.push(xs.map(i => (g.includes(i) ? v[i] : null))));
      return rows;
    };
    // labels that would not fit side by side are tilted
    const measure = document.createElement('canvas').getContext('2d');
    measure.font = '10px system-ui';
    const w = labels.map(l => measure.measureText(String(l)).width);
    const slot = (width(b) - 60) / k;
    const tilt = w.some((x, i) => i > 0 && (x + w[i - 1]) / 2 + 6 > slot);
    const axes = [{ size: tilt ? 48 : 26, font: '10px system-ui', gap: 3, rotate: tilt ? -28 : 0, splits: () => xs,
      values: (u, vals) => vals.map(i => labels[i] || ''), grid: { show: false } },
      { label: opts.yLabel || '', size: 48, labelSize: 14, font: '11px system-ui', labelFont: '11px system-ui',
        values: (u, vals) => vals.map(v => fmt(v, opts.axisDigits === undefined ? 1 : opts.axisDigits)) }];
    const scales = { x: { time: false, range: [-0.5, k - 0.5] }, y: opts.yRange ? { range: opts.yRange } : { range: (u, lo, hi) => [0, Math.max(1, hi * 1.1)] } };
    const u = new uPlot({ width: width(b), height: HEIGHT, series, axes, scales, legend: { show: false }, padding: [8, tilt ? 40 : 8, 0, 0],
      cursor: { show: false } }, data(), b);
    charts.push({ u, box: b, kind: 'bar', data });
  }

  timeChart(t('chart.population'), [['members', '#222222'], ['active', OKABE[3]]], { yLabel: t('axis.agents'), axisDigits: 0, digits: 0 });
  timeChart(t('chart.freeRiders'), [['freeRiderShare', OKABE[1]], ['contributorShare', OKABE[0]], ['totalKnowledge', OKABE[4], 'y2']],
    { yLabel: t('axis.share'), y2Label: t('axis.ku'), yRange: [0, 1], digits: 2 });
  timeChart(t('chart.seci'), [['socialization', OKABE[0]], ['socializationCreation', OKABE[7]], ['externalization', OKABE[1]],
    ['uptake', OKABE[3]], ['combination', OKABE[4]], ['internalization', OKABE[5]], ['teamCreation', OKABE[2]]],
  { yLabel: t('axis.kuStep'), digits: 1, axisDigits: 0 });
  timeChart(t('chart.levels'), [0, 1, 2, 3, 4].map(l => ['tieLevel' + l, LEVEL_COLOURS[l]]), { yLabel: t('axis.ties'), digits: 0, axisDigits: 0 });
  timeChart(t('chart.trust'), [['meanTieTrust', '#222222'], ['meanTieTrustSingle', OKABE[4]], ['meanTieTrustMultiplex', OKABE[5]]],
    { yLabel: t('axis.trust'), yRange: [0, 1], digits: 3 });
  const levelNames = [0, 1, 2, 3, 4].map(l => t('level.' + l));
  barChart(t('chart.trustLevel'), levelNames, ['#0072B2'], f => f.trust.level, { yLabel: t('axis.trust'), yRange: [0, 1], digits: 3, label: t('axis.trust') });
  barChart(t('chart.trustLayer'), [0, 1, 2].map(l => t('layer.' + l)), [0, 1, 2].map(s => solid(P.tie[s * LEVELS + 4])), f => f.trust.layer,
    { yLabel: t('axis.trust'), yRange: [0, 1], digits: 3 });
  barChart(t('chart.trustHist'), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(b => (b % 2 === 0 ? fmt(b / 10, 1) : '')), ['#555555'], f => f.trust.hist,
    { yLabel: t('axis.entries'), digits: 0, axisDigits: 0, label: t('axis.entries') });

  /** The colour of a CSS rgba() without its transparency, as #rrggbb. */
  function solid(c) {
    const m = /rgba?\((\d+),(\d+),(\d+)/.exec(c);
    if (!m) return c;
    return '#' + [m[1], m[2], m[3]].map(v => (+v).toString(16).padStart(2, '0')).join('');
  }

  // ---------------------------------------------------------------- time
  let timer = null;

  function show(i) {
    current = Math.max(0, Math.min(frames.length - 1, i | 0));
    const f = frames[current];
    if (!f) return;
    slider.value = current;
    const last = frames[frames.length - 1].step;
    stepLabel.textContent = t('stepOf', fmt(f.step, 0), fmt(last, 0));
    drawNetwork(f);
    for (const c of charts) {
      if (c.kind === 'bar') {
        c.u.setData(c.data(), true);
      } else {
        c.u.redraw(false, false);
      }
    }
    document.body.dataset.frame = current;
    document.body.dataset.step = f.step;
  }

  /** The time-series row of a step (the last recorded at or before it). */
  function rowAt(step) {
    const steps = S.step || [];
    let lo = 0, hi = steps.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (steps[mid] <= step) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  function setPlaying(on) {
    if (timer) {
      clearInterval(timer);
      timer = null;
    }
    if (on) {
      if (current >= frames.length - 1) show(0);
      timer = setInterval(() => {
        if (current >= frames.length - 1) {
          setPlaying(false);
          return;
        }
        show(current + 1);
      }, 500 / parseFloat(speedSel.value));
    }
    playBtn.textContent = on ? '❚❚ ' + t('pause') : '▶ ' + t('play');
    playBtn.classList.toggle('playing', on);
    document.body.dataset.playing = on ? 'true' : 'false';
  }

  playBtn.addEventListener('click', () => setPlaying(!timer));
  slider.addEventListener('input', () => show(+slider.value));
  speedSel.addEventListener('change', () => { if (timer) setPlaying(true); });
  colourSel.addEventListener('change', () => { legend(); show(current); });
  document.addEventListener('keydown', e => {
    if (e.target === slider || e.target.tagName === 'SELECT') return;
    if (e.key === ' ') { e.preventDefault(); setPlaying(!timer); }
    if (e.key === 'ArrowRight') show(current + 1);
    if (e.key === 'ArrowLeft') show(current - 1);
  });
  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => {
      for (const c of charts) c.u.setSize({ width: width(c.box), height: HEIGHT });
      show(current);
    }, 100);
  });

  // start at the frame the address asks for (#frame=N or #step=S), else at the first
  function startFrame() {
    const h = /[#&](frame|step)=(\d+)/.exec(location.hash);
    if (!h) return 0;
    if (h[1] === 'frame') return +h[2];
    let best = 0;
    frames.forEach((f, i) => { if (f.step <= +h[2]) best = i; });
    return best;
  }
  legend();
  setPlaying(false);
  show(startFrame());
  window.netcapReplay = { frames: frames.length, frame: () => current, show, play: () => setPlaying(true),
    pause: () => setPlaying(false), playing: () => timer !== null };
})();
