'use strict';
// The workstation page: log in, list cases, open a slide in OpenSeadragon over Deep Zoom, toggle
// the analyses' overlays, draw and measure in µm, review findings, sign. Every number shown comes
// from the server; the page computes only what is drawn.
(function () {
  const state = { csrf: null, user: null, role: null, caseId: null, caseData: null, slide: null,
    viewer: null, layers: {}, annotations: [], heatmap: null, tool: 'pan', draft: null, classes: [] };
  const $ = (id) => document.getElementById(id);
  // the heatmap layers' colour scale (imaging's Colormap.VIRIDIS anchors, 0 to 1), for the legend
  const VIRIDIS = ['#440154', '#482878', '#3e4a89', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6dcd59',
    '#b4de2c', '#fde725'];
  const CLASS_COLOURS = { 'Tumor': '#d62728', 'Non-tumor': '#1f77b4', 'Mitosis': '#ff7f0e',
    'Apoptosis': '#9467bd', 'Positive': '#8c4b10', 'Negative': '#2f6fb5', 'Tissue': '#2ca02c' };
  // an annotation without a class, and one of a class this server does not list that brings no colour
  const NO_CLASS_COLOUR = '#ffd400';
  const UNLISTED_CLASS_COLOUR = '#00a0a0';

  async function api(method, path, body) {
    const headers = { 'Accept': 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
    const response = await fetch(path, { method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) });
    if (response.status === 204) return null;
    const data = await response.json().catch(() => ({ error: response.statusText }));
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  function show(loggedIn) {
    $('login').classList.toggle('hidden', loggedIn);
    $('app').classList.toggle('hidden', !loggedIn);
  }

  async function start() {
    try {
      const session = await api('GET', '/api/session');
      if (session.user) enter(session); else show(false);
    } catch (e) {
      show(false);
    }
  }

  function enter(session) {
    state.csrf = session.csrfToken; state.user = session.user; state.role = session.role;
    $('who').textContent = session.user + ' (' + session.role + ')';
    show(true);
    loadCases();
    loadClasses();
  }

  // the classes offered for drawn annotations (QuPath's classification: name and colour), from the server
  async function loadClasses() {
    try {
      state.classes = await api('GET', '/api/annotation-classes');
    } catch (e) { $('viewer-error').textContent = e.message; return; }
    const select = $('annotation-class');
    select.replaceChildren(new Option('No class', ''));
    for (const c of state.classes) select.add(new Option(c.name, c.name));
  }

  function pickedClass() {
    const c = state.classes.find((k) => k.name === $('annotation-class').value);
    return c ? { name: c.name, color: c.color.slice() } : null;
  }

  const rgb = (colour) => 'rgb(' + colour.join(',') + ')';

  function annotationColour(feature) {
    const c = (feature.properties || {}).classification;
    if (!c || typeof c.name !== 'string') return NO_CLASS_COLOUR;
    if (Array.isArray(c.color) && c.color.length === 3) return rgb(c.color);
    const listed = state.classes.find((k) => k.name === c.name);
    return listed ? rgb(listed.color) : UNLISTED_CLASS_COLOUR;
  }

  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('login-error').textContent = '';
    try {
      enter(await api('POST', '/api/login', { name: $('login-name').value, password: $('login-password').value }));
    } catch (e) {
      $('login-error').textContent = e.message;
    }
  });

  $('logout').addEventListener('click', async () => {
    await api('POST', '/api/logout').catch(() => null);
    location.reload();
  });

  async function loadCases() {
    const cases = await api('GET', '/api/cases');
    const list = $('cases');
    list.replaceChildren();
    for (const c of cases) {
      const item = document.createElement('li');
      item.textContent = c.id + ' · ' + c.specimen + ' · ' + c.status;
      item.dataset.caseId = c.id;
      item.addEventListener('click', () => openCase(c.id));
      list.appendChild(item);
    }
  }

  async function openCase(caseId) {
    $('case-error').textContent = '';
    const data = await api('GET', '/api/cases/' + encodeURIComponent(caseId));
    state.caseId = caseId; state.caseData = data;
    for (const item of $('cases').children) item.classList.toggle('selected', item.dataset.caseId === caseId);
    $('case').classList.remove('hidden');
    $('case-title').textContent = 'Case ' + data.id + ' (' + data.status + ')';
    $('case-meta').textContent = 'Patient ' + data.patient + ' · ' + data.specimen;
    const slides = $('case-slides');
    slides.replaceChildren();
    for (const s of data.slides) {
      const item = document.createElement('li');
      item.textContent = s.name;
      item.dataset.slideId = s.slideId;
      item.addEventListener('click', () => openSlide(s));
      slides.appendChild(item);
    }
    renderFindings(data);
    $('versions').textContent = data.versions.map((v) => 'v' + v.version + ' ' + v.status
      + (v.signedBy ? ' by ' + v.signedBy + ' ' + v.signedAt : '') + (v.reason ? ' (' + v.reason + ')' : '')).join('; ');
    const reports = $('reports');
    reports.replaceChildren();
    for (const [label, suffix] of [['Report PDF', 'report.pdf'], ['Report HTML', 'report.html'], ['FHIR', 'fhir']]) {
      const link = document.createElement('a');
      link.href = '/api/cases/' + encodeURIComponent(data.id) + '/' + suffix;
      link.textContent = label; link.id = 'report-' + suffix.replace('.', '-');
      reports.appendChild(link); reports.appendChild(document.createTextNode(' '));
    }
    const pathologist = state.role === 'pathologist';
    $('sign').disabled = !pathologist || data.status === 'signed' || data.status === 'amended';
    $('run-analysis').disabled = !mayRunAnalyses();
    $('amend').disabled = !pathologist || !(data.status === 'signed' || data.status === 'amended');
    if (data.slides.length > 0 && (!state.slide || !data.slides.some((s) => s.slideId === state.slide.slideId))) {
      openSlide(data.slides[0]);
    } else if (state.slide) {
      loadOverlays();
    }
  }

  function renderFindings(data) {
    const body = $('findings').tBodies[0];
    body.replaceChildren();
    const reviews = {};
    for (const r of data.reviews) reviews[r.analysisId + '/' + r.findingKey] = r;
    const editable = state.role === 'pathologist' && data.editable;
    for (const analysis of data.analyses) {
      for (const f of analysis.findings) {
        const row = body.insertRow();
        row.dataset.finding = f.key;
        row.insertCell().textContent = f.label + ' [' + analysis.kind + ']';
        row.insertCell().textContent = formatValue(f);
        const cell = row.insertCell();
        const review = reviews[analysis.id + '/' + f.key];
        if (review) {
          const done = document.createElement('div');
          done.className = 'decided';
          done.textContent = review.decision + (review.decision === 'change' ? ' → ' + JSON.stringify(review.finalValue) : '')
            + (review.comment ? ' · ' + review.comment : '') + ' (' + review.reviewer + ')';
          cell.appendChild(done);
        }
        if (editable) cell.appendChild(reviewForm(analysis, f));
      }
    }
  }

  // UCUM codes as people read them; '1' (a count or an index) shows no unit
  const UNIT_TEXT = { '1': '', 'mm2': 'mm²', 'um': 'µm', 'um2': 'µm²', '/[HPF]': '/HPF' };

  function formatValue(f) {
    let text = typeof f.value === 'number' ? (Math.round(f.value * 100) / 100).toString() : String(f.value);
    const unit = UNIT_TEXT[f.unit] !== undefined ? UNIT_TEXT[f.unit] : f.unit;
    if (unit) text += (unit === '%' ? '' : ' ') + unit;
    if (f.ci) text += ' [' + f.ci.map((x) => Math.round(x * 100) / 100).join(', ') + ']';
    return text;
  }

  function reviewForm(analysis, f) {
    const form = document.createElement('div');
    const decision = document.createElement('select');
    for (const d of ['accept', 'change', 'reject']) decision.add(new Option(d, d));
    decision.className = 'decision';
    const value = document.createElement('input');
    value.placeholder = 'final value (if changed)'; value.className = 'final-value';
    const comment = document.createElement('input');
    comment.placeholder = 'comment'; comment.className = 'comment';
    const save = document.createElement('button');
    save.textContent = 'Save'; save.className = 'save-review';
    save.addEventListener('click', async () => {
      let finalValue = null; // accept keeps the model's value; reject has none
      if (decision.value === 'change') {
        const number = Number(value.value);
        finalValue = value.value !== '' && !Number.isNaN(number) ? number : value.value;
      }
      try {
        await api('POST', '/api/cases/' + encodeURIComponent(state.caseId) + '/reviews',
          { analysisId: analysis.id, findingKey: f.key, decision: decision.value, finalValue, comment: comment.value });
        openCase(state.caseId);
      } catch (e) { $('case-error').textContent = e.message; }
    });
    form.append(decision, value, comment, save);
    return form;
  }

  $('sign').addEventListener('click', async () => {
    try {
      await api('POST', '/api/cases/' + encodeURIComponent(state.caseId) + '/sign', {});
      await openCase(state.caseId); loadCases();
    } catch (e) { $('case-error').textContent = e.message; }
  });

  $('amend').addEventListener('click', async () => {
    try {
      await api('POST', '/api/cases/' + encodeURIComponent(state.caseId) + '/amend', { reason: $('amend-reason').value });
      await openCase(state.caseId); loadCases();
    } catch (e) { $('case-error').textContent = e.message; }
  });

  // ---- the viewer ----
  function openSlide(s) {
    state.slide = s;
    $('viewer-error').textContent = '';
    $('slide-name').textContent = s.name + (s.mpp ? ' · ' + s.mpp.toFixed(3) + ' µm/px' : ' · pixel size unknown');
    for (const item of $('case-slides').children) item.classList.toggle('selected', item.dataset.slideId === s.slideId);
    if (state.viewer) state.viewer.destroy();
    state.viewer = OpenSeadragon({
      element: $('viewer'), prefixUrl: '/vendor/openseadragon/images/',
      tileSources: '/slides/' + encodeURIComponent(s.slideId) + '.dzi',
      drawer: 'canvas', showNavigator: true, navigatorPosition: 'TOP_RIGHT',
      loadTilesWithAjax: false, crossOriginPolicy: false, maxZoomPixelRatio: 2, timeout: 30000,
    });
    state.viewer.addHandler('open-failed', (event) => slideFailed(s, event.message));
    state.viewer.addHandler('tile-load-failed', () => {
      $('viewer-error').textContent = 'Some tiles of this slide could not be read.';
    });
    const canvas = document.createElement('canvas');
    canvas.id = 'overlay';
    state.viewer.canvas.appendChild(canvas);
    state.overlay = canvas;
    for (const name of ['animation', 'update-viewport', 'resize', 'open']) state.viewer.addHandler(name, redraw);
    attachDrawing(canvas);
    state.viewer.addHandler('open', () => { loadAnnotations(); loadOverlays(); });
  }

  // OpenSeadragon's message names only the HTTP status: ask the server again for its one-line reason
  async function slideFailed(s, fallback) {
    let reason = fallback || 'unknown error';
    try {
      await api('GET', '/slides/' + encodeURIComponent(s.slideId) + '.dzi');
    } catch (e) { reason = e.message; }
    if (state.slide === s) $('viewer-error').textContent = 'The slide ' + s.name + ' could not be opened: ' + reason;
  }

  async function loadOverlays() {
    const analyses = (state.caseData ? state.caseData.analyses : []).filter((a) => a.slideId === state.slide.slideId);
    const toggles = $('overlay-toggles');
    toggles.replaceChildren();
    state.layers = {};
    if (state.heatmap) { state.viewer.world.removeItem(state.heatmap); state.heatmap = null; }
    $('opacity-label').classList.add('hidden');
    $('legend').classList.add('hidden');
    // an analysis run again (another region, a newer model) keeps its earlier layers: the newest of
    // each kind is named plainly, the earlier ones by their analysis number
    const newest = {};
    for (const analysis of analyses) {
      for (const overlay of analysis.overlays) newest[overlay.kind] = Math.max(newest[overlay.kind] || 0, analysis.id);
    }
    for (const analysis of analyses) {
      for (const stored of analysis.overlays) {
        // a chart (a predicted survival curve) belongs to the report, not over the slide
        if (stored.view === 'chart') continue;
        const latest = newest[stored.kind] === analysis.id;
        const overlay = Object.assign({}, stored, { key: latest ? stored.kind : stored.kind + '-' + analysis.id });
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox'; box.id = 'overlay-' + overlay.key;
        if (overlay.view === 'heatmap') box.className = 'heatmap-toggle';
        label.append(box, ' ' + overlay.label + (latest ? '' : ' (analysis ' + analysis.id + ')'));
        toggles.appendChild(label);
        box.addEventListener('change', () => toggleOverlay(overlay, box.checked));
      }
    }
  }

  async function toggleOverlay(overlay, on) {
    if (overlay.view === 'heatmap') return toggleHeatmap(overlay, on);
    if (!on) { delete state.layers[overlay.key]; redraw(); return; }
    try {
      const data = await api('GET', overlay.url);
      state.layers[overlay.key] = layerOf(data.features, overlay.view || 'class');
      redraw();
    } catch (e) { $('viewer-error').textContent = e.message; }
  }

  function toggleHeatmap(overlay, on) {
    if (state.heatmap) { state.viewer.world.removeItem(state.heatmap); state.heatmap = null; }
    // one probability layer at a time: turning one on turns the others' boxes off
    if (on) {
      for (const other of document.querySelectorAll('#overlay-toggles .heatmap-toggle')) {
        if (other.id !== 'overlay-' + overlay.key) other.checked = false;
      }
    }
    $('opacity-label').classList.toggle('hidden', !on);
    $('legend').classList.toggle('hidden', !on);
    if (!on) return;
    const opacity = $('opacity').value / 100;
    state.viewer.addSimpleImage({ url: overlay.url, x: 0, y: 0, width: 1, opacity,
      success: (event) => { state.heatmap = event.item; } });
    const legend = $('legend');
    legend.replaceChildren();
    legend.append(overlay.label + ': 0 → 1');
    const ramp = document.createElement('div');
    ramp.className = 'ramp';
    ramp.style.background = 'linear-gradient(to right, ' + (overlay.ramp || VIRIDIS).join(', ') + ')';
    legend.appendChild(ramp);
  }

  $('opacity').addEventListener('input', () => { if (state.heatmap) state.heatmap.setOpacity($('opacity').value / 100); });
  $('show-annotations').addEventListener('change', redraw);

  // image (level-0 pixel) coordinates to canvas pixels: OpenSeadragon has no rotation here, so one
  // scale and offset per frame
  function transform() {
    // the slide is the world's first item; a heatmap added over it is another
    const vp = state.viewer.viewport;
    const slide = state.viewer.world.getItemAt(0);
    const toElement = (x, y) => vp.viewportToViewerElementCoordinates(slide.imageToViewportCoordinates(x, y));
    const a = toElement(0, 0);
    const b = toElement(1000, 1000);
    const scale = (b.x - a.x) / 1000;
    return { scale, x: (px) => a.x + px * scale, y: (py) => a.y + py * scale,
      toImage: (cx, cy) => [(cx - a.x) / scale, (cy - a.y) / scale] };
  }

  // the viewer fires several events a frame while it moves: draw once, before the next frame
  let drawPending = false;
  function redraw() {
    if (drawPending) return;
    drawPending = true;
    requestAnimationFrame(() => { drawPending = false; draw(); });
  }

  function draw() {
    if (!state.viewer || !state.overlay || !state.viewer.world.getItemAt(0)) return;
    const canvas = state.overlay;
    const size = state.viewer.viewport.getContainerSize();
    if (canvas.width !== size.x || canvas.height !== size.y) { canvas.width = size.x; canvas.height = size.y; }
    const g = canvas.getContext('2d');
    g.clearRect(0, 0, canvas.width, canvas.height);
    const t = transform();
    const onScreen = Object.values(state.layers).map((layer) => Object.assign({ layer }, visibleByColour(t, layer, canvas)));
    const dense = onScreen.filter((s) => s.visible > MOST_OUTLINES_ON_SCREEN);
    if (dense.length) {
      // the dots go in first: writing pixels replaces what is there, drawing blends over it
      const pixels = g.createImageData(canvas.width, canvas.height);
      for (const s of dense) drawDots(pixels, t, s.layer, s.byColour);
      g.putImageData(pixels, 0, 0);
    }
    for (const s of onScreen) if (s.visible <= MOST_OUTLINES_ON_SCREEN) drawOutlines(g, t, s.layer, s.byColour);
    if ($('show-annotations').checked) {
      const drawn = layerOf(state.annotations.map((a) => a.feature), 'annotation');
      drawOutlines(g, t, drawn, visibleByColour(t, drawn, canvas).byColour);
    }
    if (state.draft) drawDraft(g, t);
    updateScaleBar(t);
  }

  function colourOf(feature, view) {
    if (view === 'annotation') return annotationColour(feature);
    const props = feature.properties || {};
    const name = props.classification && props.classification.name;
    if (view === 'ki67') return name === 'Positive' ? CLASS_COLOURS.Positive : CLASS_COLOURS.Negative;
    const colour = props.classification && props.classification.color;
    return CLASS_COLOURS[name] || (Array.isArray(colour) ? 'rgb(' + colour.join(',') + ')' : '#00a0a0');
  }

  // what drawing a layer needs of its features, computed once when it is loaded
  function layerOf(features, view) {
    return { features, view, boxes: features.map(boundsOf), colours: features.map((f) => colourOf(f, view)) };
  }

  // a feature's level-0 bounding box [x0, y0, x1, y1]
  function boundsOf(feature) {
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    const visit = (c) => {
      if (typeof c[0] === 'number') {
        box[0] = Math.min(box[0], c[0]); box[1] = Math.min(box[1], c[1]);
        box[2] = Math.max(box[2], c[0]); box[3] = Math.max(box[3], c[1]);
      } else c.forEach(visit);
    };
    if (feature.geometry) visit(feature.geometry.coordinates);
    return box;
  }

  // a whole slide's layer holds up to a few hundred thousand nuclei: draw only those on screen, one
  // path per colour (a canvas spends its time in strokes and fills, not in vertices), and, when more
  // are on screen than outlines can be drawn smoothly, as 2 x 2 px dots written straight into the
  // canvas's pixels (a path of tens of thousands of squares costs the browser more to fill)
  const MOST_OUTLINES_ON_SCREEN = 20000;
  function visibleByColour(t, layer, canvas) {
    const [x0, y0] = t.toImage(0, 0);
    const [x1, y1] = t.toImage(canvas.width, canvas.height);
    const byColour = new Map();
    let visible = 0;
    layer.boxes.forEach((b, i) => {
      if (b[2] < x0 || b[0] > x1 || b[3] < y0 || b[1] > y1) return;
      visible++;
      const colour = layer.colours[i];
      if (!byColour.has(colour)) byColour.set(colour, []);
      byColour.get(colour).push(i);
    });
    return { byColour, visible };
  }

  function drawDots(pixels, t, layer, byColour) {
    const words = new Uint32Array(pixels.data.buffer);
    for (const [colour, members] of byColour) {
      const [r, g, b] = rgbOf(colour);
      const word = (255 << 24 | b << 16 | g << 8 | r) >>> 0; // ImageData is RGBA in memory: little-endian words
      for (const i of members) {
        const box = layer.boxes[i];
        const cx = Math.round(t.x((box[0] + box[2]) / 2));
        const cy = Math.round(t.y((box[1] + box[3]) / 2));
        for (let y = cy - 1; y <= cy; y++) {
          if (y < 0 || y >= pixels.height) continue;
          for (let x = cx - 1; x <= cx; x++) if (x >= 0 && x < pixels.width) words[y * pixels.width + x] = word;
        }
      }
    }
  }

  const rgbCache = new Map();
  function rgbOf(colour) {
    if (!rgbCache.has(colour)) {
      const probe = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
      probe.fillStyle = colour; probe.fillRect(0, 0, 1, 1);
      rgbCache.set(colour, Array.from(probe.getImageData(0, 0, 1, 1).data.slice(0, 3)));
    }
    return rgbCache.get(colour);
  }

  function drawOutlines(g, t, layer, byColour) {
    const radius = Math.max(2, 3 * t.scale);
    g.lineWidth = 1.5;
    for (const [colour, members] of byColour) {
      g.strokeStyle = g.fillStyle = colour;
      const discs = [];
      g.beginPath();
      for (const i of members) {
        const geometry = layer.features[i].geometry;
        if (geometry.type === 'Point') discs.push(i); else addOutline(g, t, geometry);
      }
      g.stroke();
      g.beginPath();
      for (const i of discs) {
        const b = layer.boxes[i];
        const cx = t.x((b[0] + b[2]) / 2);
        const cy = t.y((b[1] + b[3]) / 2);
        g.moveTo(cx + radius, cy); g.arc(cx, cy, radius, 0, 2 * Math.PI);
      }
      g.fill();
    }
  }

  function addOutline(g, t, geometry) {
    if (geometry.type === 'LineString') addRing(g, t, geometry.coordinates, false);
    else if (geometry.type === 'Polygon') geometry.coordinates.forEach((r) => addRing(g, t, r, true));
    else if (geometry.type === 'MultiPolygon') geometry.coordinates.forEach((polygon) => polygon.forEach((r) => addRing(g, t, r, true)));
  }

  // one subpath of level-0 points on the current path
  function addRing(g, t, points, closed) {
    points.forEach((p, i) => (i === 0 ? g.moveTo(t.x(p[0]), t.y(p[1])) : g.lineTo(t.x(p[0]), t.y(p[1]))));
    if (closed) g.closePath();
  }

  function updateScaleBar(t) {
    const mpp = state.slide && state.slide.mpp;
    if (!mpp) { $('scalebar-label').textContent = 'no pixel size'; return; }
    const umPerScreenPx = mpp / t.scale;
    const target = 120 * umPerScreenPx;
    const power = Math.pow(10, Math.floor(Math.log10(target)));
    const nice = [1, 2, 5, 10].map((m) => m * power).filter((v) => v <= target).pop() || power;
    $('scalebar-bar').style.width = Math.round(nice / umPerScreenPx) + 'px';
    $('scalebar-label').textContent = nice >= 1000 ? (nice / 1000) + ' mm' : nice + ' µm';
  }

  // ---- drawing and measuring ----
  $('tool').addEventListener('change', () => {
    state.tool = $('tool').value; state.draft = null;
    if (!state.viewer) return;
    const drawing = state.tool !== 'pan';
    state.viewer.setMouseNavEnabled(!drawing);
    state.overlay.classList.toggle('drawing', drawing);
    redraw();
  });

  function attachDrawing(canvas) {
    const at = (event) => { const r = canvas.getBoundingClientRect(); return transform().toImage(event.clientX - r.left, event.clientY - r.top); };
    canvas.addEventListener('pointerdown', (event) => {
      const p = at(event);
      if (state.tool === 'point') return saveAnnotation({ type: 'Point', coordinates: p });
      if (state.tool === 'rectangle' || state.tool === 'measure') state.draft = { kind: state.tool, points: [p, p] };
      if (state.tool === 'polygon') {
        if (!state.draft) state.draft = { kind: 'polygon', points: [p] }; else state.draft.points.push(p);
      }
      redraw();
    });
    canvas.addEventListener('pointermove', (event) => {
      if (!state.draft) return;
      const p = at(event);
      if (state.draft.kind === 'polygon') state.draft.hover = p; else state.draft.points[1] = p;
      if (state.draft.kind === 'measure') showLength(state.draft.points);
      redraw();
    });
    canvas.addEventListener('pointerup', () => {
      if (!state.draft) return;
      const [a, b] = state.draft.points;
      if (state.draft.kind === 'rectangle') {
        state.draft = null;
        if (a[0] !== b[0] && a[1] !== b[1]) {
          saveAnnotation({ type: 'Polygon', coordinates: [[a, [b[0], a[1]], b, [a[0], b[1]], a]] });
        }
      } else if (state.draft.kind === 'measure') {
        showLength(state.draft.points);
      }
    });
    canvas.addEventListener('dblclick', () => {
      if (state.draft && state.draft.kind === 'polygon' && state.draft.points.length >= 3) {
        const ring = state.draft.points.slice();
        ring.push(ring[0]);
        state.draft = null;
        saveAnnotation({ type: 'Polygon', coordinates: [ring] });
      }
    });
  }

  function drawDraft(g, t) {
    const picked = state.draft.kind === 'measure' ? null : pickedClass();
    g.strokeStyle = picked ? rgb(picked.color) : NO_CLASS_COLOUR; g.lineWidth = 2;
    const points = state.draft.points.slice();
    if (state.draft.hover) points.push(state.draft.hover);
    if (state.draft.kind === 'rectangle') {
      const [a, b] = points;
      g.strokeRect(t.x(a[0]), t.y(a[1]), (b[0] - a[0]) * t.scale, (b[1] - a[1]) * t.scale);
    } else {
      g.beginPath(); addRing(g, t, points, false); g.stroke();
    }
  }

  function showLength(points) {
    const mpp = state.slide.mpp;
    const [a, b] = points;
    const px = Math.hypot(b[0] - a[0], b[1] - a[1]);
    $('measurement').textContent = mpp ? (px * mpp).toFixed(1) + ' µm' : Math.round(px) + ' px (no pixel size)';
  }

  function annotationsUrl() {
    return '/api/cases/' + encodeURIComponent(state.caseId) + '/slides/' + encodeURIComponent(state.slide.slideId) + '/annotations';
  }

  async function loadAnnotations() {
    if (!state.caseId) return;
    try {
      const collection = await api('GET', annotationsUrl());
      state.annotations = collection.features.map((feature) => ({ feature }));
      $('export-annotations').href = annotationsUrl();
      renderAnnotationList();
      redraw();
    } catch (e) { $('viewer-error').textContent = e.message; }
  }

  // a pathologist runs analyses on a case still open to changes
  function mayRunAnalyses() {
    return state.role === 'pathologist' && Boolean(state.caseData && state.caseData.editable);
  }

  // an analysis runs on the whole slide or on the box of a drawn outline (a tumour area for the grade)
  function renderRunRegions() {
    const regions = $('run-region');
    regions.replaceChildren(new Option('Whole slide', ''));
    for (const { feature } of state.annotations) {
      if (!feature.geometry || feature.geometry.type === 'Point') continue;
      const [x0, y0, x1, y1] = boundsOf(feature);
      const x = Math.max(0, Math.floor(x0));
      const y = Math.max(0, Math.floor(y0));
      const w = Math.ceil(x1) - x;
      const h = Math.ceil(y1) - y;
      if (w < 1 || h < 1) continue;
      const props = feature.properties || {};
      const name = props.classification && typeof props.classification.name === 'string' ? props.classification.name : 'no class';
      regions.appendChild(new Option(name + ' ' + feature.geometry.type.toLowerCase() + ' (' + w + ' x ' + h + ' px)', [x, y, w, h].join(',')));
    }
  }

  $('run-analysis').addEventListener('click', async () => {
    if (!state.caseId || !state.slide) return;
    const caseId = state.caseId;
    const body = { kind: $('run-kind').value, slideId: state.slide.slideId };
    if ($('run-region').value) body.region = $('run-region').value.split(',').map(Number);
    const status = $('run-status');
    status.textContent = body.kind + ': queued';
    $('run-analysis').disabled = true;
    try {
      let job = await api('POST', '/api/cases/' + encodeURIComponent(caseId) + '/analyses', body);
      while (job.state === 'queued' || job.state === 'running') {
        status.textContent = job.kind + ': ' + job.state + '…';
        await new Promise((resolve) => setTimeout(resolve, 1000));
        job = await api('GET', '/api/jobs/' + job.id);
      }
      if (job.state === 'done') {
        // the case shows the new findings and layers before the status says so
        if (state.caseId === caseId) await openCase(caseId);
        status.textContent = job.kind + ': analysis ' + job.analysisId + ' recorded';
      } else {
        status.textContent = job.kind + ' failed: ' + job.error;
      }
    } catch (e) {
      status.textContent = body.kind + ' refused: ' + e.message;
    } finally {
      $('run-analysis').disabled = !mayRunAnalyses();
    }
  });

  function renderAnnotationList() {
    renderRunRegions();
    const list = $('annotation-list');
    list.replaceChildren();
    for (const { feature } of state.annotations) {
      const props = feature.properties || {};
      const item = document.createElement('li');
      item.dataset.annotationId = feature.id;
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = annotationColour(feature);
      const name = props.classification && typeof props.classification.name === 'string'
        ? props.classification.name : 'no class';
      item.append(swatch, name + ' · ' + feature.geometry.type + ' · ' + props.author);
      list.appendChild(item);
    }
  }

  async function saveAnnotation(geometry) {
    const properties = { objectType: 'annotation' };
    const picked = pickedClass();
    if (picked) properties.classification = picked;
    const feature = { type: 'Feature', geometry, properties };
    try {
      await api('POST', annotationsUrl(), { type: 'FeatureCollection', features: [feature] });
      await loadAnnotations();
    } catch (e) { $('viewer-error').textContent = e.message; }
  }

  $('import-annotations').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    try {
      await api('POST', annotationsUrl(), JSON.parse(await file.text()));
      await loadAnnotations();
    } catch (e) { $('viewer-error').textContent = 'Import failed: ' + e.message; }
    event.target.value = '';
  });

  start();
})();
