/* g40kg network page. Reads the JSON in #g40-data and draws it with vis-network.
 * Document text is only ever written with textContent (never innerHTML), and vis-network
 * gets no `title` strings (it would read them as HTML): tooltips are our own #g40-tip. */
(function () {
  "use strict";
  var T0 = performance.now(), TIMES = {};
  var DATA = JSON.parse(document.getElementById("g40-data").textContent);
  var UI = DATA.ui, STYLE = DATA.style, DOCS = DATA.documents || {};
  /* a dense page (viz/dense.py): names drawn by this script where they fit, a first view of the
   * most connected nodes; null on a small page, whose names vis-network draws */
  var DENSE = DATA.dense || null;

  function $(id) { return document.getElementById(id); }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function fmt(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (m, k) { return k in values ? String(values[k]) : m; });
  }
  /* a narrow screen (network.css, 1024 px or less): the legend and filters start folded behind the
   * header's button, before the network measures its panel, so the network has the whole width */
  var controlsToggle = $("g40-controls-toggle"), controlsBox = $("g40-controls");
  function foldControls(folded) {
    if (!controlsToggle || !controlsBox) { return; }
    controlsBox.classList.toggle("g40-folded", folded);
    controlsToggle.setAttribute("aria-expanded", String(!folded));
  }
  foldControls(true);
  if (controlsToggle) {
    controlsToggle.addEventListener("click", function () { foldControls(!controlsBox.classList.contains("g40-folded")); });
  }
  function typeName(t) { return (UI.type_names && UI.type_names[t]) || t; }
  function relationName(r) { return (UI.relation_names && UI.relation_names[r]) || r; }
  function typeStyle(t) { return STYLE.types[t] || STYLE.types.Other; }
  function relationStyle(r) { return STYLE.relations[r] || STYLE.relations.related; }
  function fold(s) {
    return String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  /* ---- index the data ---- */
  var nodeById = new Map(), edgeById = new Map(), edgesOf = new Map();
  DATA.nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOf.set(n.id, []); n._fold = fold(n.label); });
  DATA.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    if (edgesOf.has(e.from)) { edgesOf.get(e.from).push(e); }
    if (e.to !== e.from && edgesOf.has(e.to)) { edgesOf.get(e.to).push(e); }
  });
  var typeCounts = {}, relationCounts = {};
  DATA.nodes.forEach(function (n) { typeCounts[n.type] = (typeCounts[n.type] || 0) + 1; });
  DATA.edges.forEach(function (e) { relationCounts[e.relation] = (relationCounts[e.relation] || 0) + 1; });

  var G40 = STYLE.g40 || { border: "#ab8012", width: 4 };
  function nodeColor(n, dim) {
    var s = typeStyle(n.type);
    if (dim) {
      return { background: "#e4e7eb", border: "#d0d4d9", highlight: { background: s.color, border: "#333" } };
    }
    return {
      background: s.color,
      border: n.g40 ? G40.border : s.border || s.color,
      highlight: { background: s.color, border: "#111" },
      hover: { background: s.color, border: "#111" }
    };
  }
  /* A small page is laid out for a panel 1.5 times as wide as high (viz/layout.py, PANEL_ASPECT). In a
   * panel of another shape (a dashboard tile, a phone) the layout's shorter side is stretched to the
   * panel's shape, by at most 2: stretching one axis keeps the names apart (walkthrough 18, finding 22). */
  function panelStretch() {
    var box = $("g40-network"), w = box.clientWidth, h = box.clientHeight, xs = [], ys = [];
    DATA.nodes.forEach(function (n) {
      if (typeof n.x === "number" && typeof n.y === "number") { xs.push(n.x); ys.push(n.y); }
    });
    if (DENSE || !w || !h || xs.length < 2) { return { x: 1, y: 1 }; }
    var width = Math.max(1, Math.max.apply(null, xs) - Math.min.apply(null, xs));
    var height = Math.max(1, Math.max.apply(null, ys) - Math.min.apply(null, ys));
    var wanted = (w / h) / (width / height);
    return wanted >= 1 ? { x: Math.min(2, wanted), y: 1 } : { x: 1, y: Math.min(2, 1 / wanted) };
  }
  var STRETCH = panelStretch();
  function visNode(n) {
    var s = typeStyle(n.type);
    var v = {
      id: n.id, label: DENSE ? undefined : n.label, shape: s.shape, size: n.size || 12,
      color: nodeColor(n, false), borderWidth: n.g40 ? G40.width : 1, borderWidthSelected: n.g40 ? G40.width + 1 : 3
    };
    if (typeof n.x === "number" && typeof n.y === "number") { v.x = n.x * STRETCH.x; v.y = n.y * STRETCH.y; }
    if (n.id === CENTRE) { v.font = centreFont(0); }
    return v;
  }
  /* on a dense page, links within a group are faded and links between groups more so: the
   * groups stand out, and a selected node's links are drawn dark over them */
  function edgeOpacity(e) {
    if (!DENSE) { return 1; }  // full colour: 3:1 against the page (WCAG 1.4.11)
    var a = nodeById.get(e.from), b = nodeById.get(e.to);
    return a && b && a.group === b.group ? 0.4 : 0.12;
  }
  function visEdge(e) {
    var s = relationStyle(e.relation);
    var v = { id: e.id, from: e.from, to: e.to, width: e.width || 1, color: { color: s.color, highlight: "#111", hover: "#333", opacity: edgeOpacity(e) } };
    if (s.dashes && !big) { v.dashes = s.dashes; }
    if (s.arrows && !big) { v.arrows = { to: { enabled: true, scaleFactor: 0.5 } }; }
    return v;
  }

  TIMES.parsed = performance.now() - T0;
  var big = DATA.nodes.length > 1500 || DATA.edges.length > 4000;
  /* the node a focus or ministry view is about: drawn last (on top) with a larger label, so the
   * labels around it do not hide its name */
  var CENTRE = (DATA.meta || {}).centre || null;
  var nodes = new vis.DataSet(DATA.nodes.filter(function (n) { return n.id !== CENTRE; })
    .concat(DATA.nodes.filter(function (n) { return n.id === CENTRE; })).map(visNode));
  /* Large graphs: vis-network needs about 0.1 ms per edge to set up and redraws each edge on
   * its own, so only the FIRST heaviest edges become vis-network edges; the lighter rest are
   * drawn by this script as one canvas path per relation, hit-tested on click. */
  var FIRST = 4000;
  var edgeOrder = DATA.edges.slice();
  if (edgeOrder.length > FIRST) { edgeOrder.sort(function (a, b) { return (b.weight || 0) - (a.weight || 0); }); }
  var lightEdges = edgeOrder.slice(FIRST);
  var edges = new vis.DataSet(edgeOrder.slice(0, FIRST).map(visEdge));
  var isLoaded = new Set(edgeOrder.slice(0, FIRST).map(function (e) { return e.id; }));
  /* The names' size: LABELS.font_px in the layout (its labels were moved apart at that size); fitted
   * into the window, a page of a few dozen nodes draws them at LABELS.min_screen_px on screen at least,
   * larger by up to LABELS.max_font_px in the layout (viz/network.py, label_options). */
  var LABELS = DATA.labels || { font_px: 18, min_screen_px: 0, max_font_px: 18 };
  var labelFont = LABELS.font_px;
  var options = {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 1 },
    interaction: {
      hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
      multiselect: false, navigationButtons: false, keyboard: false
    },
    nodes: { font: { size: labelFont, face: "system-ui, Arial, sans-serif", color: "#1f2933" }, scaling: { label: { drawThreshold: 5 } } },
    edges: { smooth: false, selectionWidth: 1.5, hoverWidth: 0.5 }
  };
  var container = $("g40-network");
  TIMES.datasets = performance.now() - T0;
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  /* "zoom in for more" is said over the drawing, at its foot: the legend it stood in is folded away on a
   * narrow screen (network.css), where the names are smallest */
  if ($("g40-hint-dense")) { container.appendChild($("g40-hint-dense")); }
  // after the network: it fills the container with its own canvas
  if (!DATA.nodes.length) { container.appendChild(el("p", "g40-empty", UI["empty_" + DATA.meta.projection] || UI.empty)); }
  /* The first view shows every node with its label, and again after the page changes size (a
   * window resized, the page opened in a tab of another size) until the user moves or zooms. */
  var fitsAll = DATA.nodes.length > 0 && (DATA.nodes.length < 300 || !!DENSE), userView = false;
  function fitAll() {
    network.fit({ maxZoomLevel: 1.6, animation: false });
    var scale = network.getScale(), wanted = LABELS.font_px;
    if (LABELS.min_screen_px && scale > 0) {
      wanted = Math.min(LABELS.max_font_px, Math.max(LABELS.font_px, Math.ceil(LABELS.min_screen_px / scale)));
    }
    if (wanted !== labelFont) {
      labelFont = wanted;
      network.setOptions({ nodes: { font: { size: labelFont } } });
      if (window.g40viz) { window.g40viz.labelFont = labelFont; }
      if (!DENSE && hubIds) { hubFont = -1; hubShown = ""; readableHubsSoon(); }  // the hubs' names follow
    }
    if (!DENSE) { takeInNames(); }
  }
  /* vis-network fits the nodes, not their names: in a wide layout a name at the panel's side would be
   * cut, so the view also takes in the names, each as wide as the browser draws it in the page's font
   * (measured on a canvas; about 9.5 px a character at 18 px where it cannot measure, viz/layout.py
   * LABEL_CHAR_PX), under the node, with FIT_MARGIN screen pixels to spare on every side (walkthrough 23,
   * finding 16: "…tuurgroep Regio Deal Foodvalley" cut at the left edge) */
  var FIT_MARGIN = 16, measureContext = null;
  function labelWidth(text, font) {
    if (measureContext === null) {
      try { measureContext = document.createElement("canvas").getContext("2d") || false; } catch (err) { measureContext = false; }
    }
    if (!measureContext) { return String(text).length * 9.5 * font / 18; }
    measureContext.font = font + "px " + options.nodes.font.face;
    return measureContext.measureText(String(text)).width;
  }
  function takeInNames() {
    var w = container.clientWidth - 2 * FIT_MARGIN, h = container.clientHeight - 2 * FIT_MARGIN, box = null;
    DATA.nodes.forEach(function (n) {
      if (typeof n.x !== "number" || typeof n.y !== "number") { return; }
      var x = n.x * STRETCH.x, y = n.y * STRETCH.y, half = labelWidth(n.label || "", labelFont) / 2 + 4, r = n.size || 12;
      var b = [x - Math.max(half, r), y - r, x + Math.max(half, r), y + r + 1.3 * labelFont];
      box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : b;
    });
    if (!box || w <= 0 || h <= 0) { return; }
    var scale = Math.min(network.getScale(), w / (box[2] - box[0]), h / (box[3] - box[1]));
    network.moveTo({ position: { x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 }, scale: scale, animation: false });
  }
  if (fitsAll) { fitAll(); }
  /* vis-network sets its own scale after this event (in proportion to the new size, which cuts the names
   * at the sides): fit after it, before the next frame is drawn (a microtask, not a timer: a screenshot
   * or a slow machine showed the frame between) */
  network.on("resize", function () {
    if (fitsAll && !userView) { Promise.resolve().then(function () { if (!userView) { restretch(); fitAll(); } }); }
  });
  /* the panel settles after the script ran (the header's status line wraps in a narrow frame) or the
   * window changes size: the layout is stretched to the panel's new shape, until the user moves or zooms */
  function restretch() {
    var s = panelStretch();
    if (DENSE || (Math.abs(s.x - STRETCH.x) < 0.01 && Math.abs(s.y - STRETCH.y) < 0.01)) { return; }
    STRETCH = s;
    if (window.g40viz) { window.g40viz.stretch = s; }
    nodes.update(DATA.nodes.filter(function (n) { return typeof n.x === "number" && typeof n.y === "number"; })
      .map(function (n) { return { id: n.id, x: n.x * s.x, y: n.y * s.y }; }));
  }
  network.on("zoom", function () { userView = true; });
  /* Zoomed out so far that labels shrink below READABLE px on screen (a hundred nodes fitted into a
   * tablet's width), names are drawn at NAME_PX on screen (12 px: walkthrough 23, names of about 9 px on an
   * iPad) where they fit, biggest node first, instead of all of them too small to read: a page whose names
   * all show (LABELS.min_screen_px, up to viz/layout.py LABELS_APART_MAX nodes) tries every node, a larger
   * one its HUBS biggest; zoomed in, every label is drawn as before. */
  var HUBS = LABELS.min_screen_px ? DATA.nodes.length : 12, hubIds = DATA.nodes.slice().sort(function (a, b) { return (b.size || 0) - (a.size || 0); })
    .slice(0, HUBS).map(function (n) { return n.id; }).filter(function (id) { return id !== CENTRE; });
  /* Then (a tablet, a phone: walkthrough 19, finding 19) the other names are not drawn, a name that would
   * cover a name already placed or the shape of a node as big or bigger, or run off the drawing, is left out too, and the
   * side bar says to zoom in for more. */
  var hubFont = 0, hubPending = false, hubShown = "", READABLE = 10.5, NAME_PX = 12, NAME_GAP = 3;
  /* the centre of a --focus page keeps its name, drawn first and at least as large as the others
   * (walkthrough 33, finding 3: on a phone "Netwerk rond Zwolle" left Zwolle unnamed, its name under the
   * threshold and not among the names placed) */
  function centreFont(wanted) { var size = Math.max(26, wanted || 0); return { size: size, strokeWidth: Math.round(size / 4), strokeColor: "#ffffff" }; }
  function hubsApart(font) {  // the nodes, biggest first, whose names at ``font`` cover nothing placed before
    var scale = network.getScale(), kept = [], boxes = [], shapes = [], width = container.clientWidth;
    var height = container.clientHeight;
    DATA.nodes.forEach(function (n) {
      var body = network.body.nodes[n.id];
      if (!body || (hiddenNode && hiddenNode.get(n.id))) { return; }
      var p = network.canvasToDOM({ x: body.x, y: body.y }), r = (n.size || 12) * scale;
      shapes.push({ id: n.id, x: p.x, y: p.y, w: 2 * r, h: 2 * r, size: n.size || 12 });
    });
    function hit(a, b) { return Math.abs(a.x - b.x) < (a.w + b.w) / 2 + NAME_GAP && Math.abs(a.y - b.y) < (a.h + b.h) / 2 + NAME_GAP; }
    var centre = CENTRE && nodeById.get(CENTRE), centreBody = centre && network.body.nodes[CENTRE];
    if (centreBody && !(hiddenNode && hiddenNode.get(CENTRE))) {
      var c = network.canvasToDOM({ x: centreBody.x, y: centreBody.y }), cpx = Math.max(26, font) * scale;
      boxes.push({ x: c.x, y: c.y + (centre.size || 12) * scale + cpx * 0.7, w: labelWidth(centre.label || "", cpx) + cpx / 2, h: 1.2 * cpx });
    }
    hubIds.forEach(function (id) {
      var n = nodeById.get(id), body = network.body.nodes[id];
      if (!n || !body || (hiddenNode && hiddenNode.get(id))) { return; }
      var p = network.canvasToDOM({ x: body.x, y: body.y }), r = (n.size || 12) * scale, px = font * scale;
      var b = { x: p.x, y: p.y + r + px * 0.7, w: labelWidth(n.label || "", px) + px / 2, h: 1.2 * px };
      if (b.x - b.w / 2 < 0 || b.x + b.w / 2 > width || b.y + b.h / 2 > height) { return; }
      if (boxes.some(function (o) { return hit(o, b); })
          || shapes.some(function (o) { return o.id !== id && o.size >= (n.size || 12) && hit(o, b); })) { return; }
      kept.push(id); boxes.push(b);
    });
    return kept;
  }
  function readableHubs() {
    hubPending = false;
    var scale = network.getScale(), wanted = labelFont * scale < READABLE ? Math.min(80, Math.ceil(NAME_PX / scale)) : 0;
    var shown = wanted ? hubsApart(wanted) : [], key = wanted + ":" + shown.join(" ");
    if (key === hubShown) { return; }
    hubFont = wanted; hubShown = key;
    network.setOptions({ nodes: { scaling: { label: { drawThreshold: wanted ? READABLE : 5 } } } });
    var hint = $("g40-hint-dense");
    if (hint) { hint.hidden = !wanted; }
    nodes.update(hubIds.map(function (id) {
      return { id: id, font: wanted && shown.indexOf(id) >= 0 ? { size: wanted, strokeWidth: Math.round(wanted / 4), strokeColor: "#ffffff" } : { size: labelFont, strokeWidth: 0 } };
    }).concat(CENTRE && nodeById.get(CENTRE) ? [{ id: CENTRE, font: centreFont(wanted) }] : []));
  }
  function readableHubsSoon() { if (!hubPending) { hubPending = true; requestAnimationFrame(readableHubs); } }
  if (!DENSE) {
    network.on("zoom", readableHubsSoon);
    network.on("resize", readableHubsSoon);
    readableHubs();
  }
  TIMES.network = performance.now() - T0;

  /* ---- light edges (big graphs only) ---- */
  var lightByRelation = new Map(), selectedLight = null, selectedNode = null;
  lightEdges.forEach(function (e) {
    var a = network.body.nodes[e.from], b = network.body.nodes[e.to];
    if (!a || !b) { return; }
    var item = { e: e, a: a, b: b };
    if (!lightByRelation.has(e.relation)) { lightByRelation.set(e.relation, []); }
    lightByRelation.get(e.relation).push(item);
    e._light = item;
  });
  function strokeLight(ctx, items, color, width) {
    ctx.beginPath();
    items.forEach(function (it) {
      if (hiddenEdge.get(it.e.id)) { return; }
      ctx.moveTo(it.a.x, it.a.y); ctx.lineTo(it.b.x, it.b.y);
    });
    ctx.strokeStyle = color; ctx.lineWidth = width; ctx.stroke();
  }
  if (lightEdges.length) {
    network.on("beforeDrawing", function (ctx) {
      var r = network.renderer;
      if (r && (r.dragging || r.zooming)) { return; }
      var width = 0.8 / Math.max(network.getScale(), 0.01);
      ctx.save(); ctx.globalAlpha = DENSE ? 0.2 : 0.45;
      lightByRelation.forEach(function (items, relation) { strokeLight(ctx, items, relationStyle(relation).color, width); });
      ctx.restore();
    });
    network.on("afterDrawing", function (ctx) {
      var mark = [];
      if (selectedLight) { mark.push(edgeById.get(selectedLight)._light); }
      if (selectedNode) {
        edgesOf.get(selectedNode).forEach(function (e) { if (e._light) { mark.push(e._light); } });
      }
      if (mark.length) { strokeLight(ctx, mark, "#111", 2.5 / Math.max(network.getScale(), 0.2)); }
    });
  }
  function lightEdgeAt(point) {
    var tolerance = 5 / Math.max(network.getScale(), 0.01), best = null, bestD = tolerance * tolerance;
    lightByRelation.forEach(function (items) {
      items.forEach(function (it) {
        if (hiddenEdge.get(it.e.id)) { return; }
        var ax = it.a.x, ay = it.a.y, dx = it.b.x - ax, dy = it.b.y - ay, len = dx * dx + dy * dy;
        var t = len ? Math.max(0, Math.min(1, ((point.x - ax) * dx + (point.y - ay) * dy) / len)) : 0;
        var px = ax + t * dx - point.x, py = ay + t * dy - point.y, d = px * px + py * py;
        if (d < bestD) { bestD = d; best = it.e.id; }
      });
    });
    return best;
  }

  /* ---- names on a dense page ---- */
  /* Drawn at a fixed size on screen, each from its label_zoom on (viz/dense.py: from that zoom a
   * name covers no name of a more connected node), so the first view names the most connected
   * nodes and zooming in names more. The selected node's name is drawn too, on top, in bold, and
   * the names of its neighbours (most connected first) wherever they cover no name drawn. */
  var drawnNames = [], drawnBoxes = [], NAME_BELOW = 12, NEIGHBOUR_NAMES = 60;
  var namesByZoom = DATA.nodes.filter(function (n) { return typeof n.label_zoom === "number"; })
    .sort(function (a, b) { return a.label_zoom - b.label_zoom || a.rank - b.rank; });
  function neighboursByRank(id) {
    var seen = new Set([id]), out = [];
    edgesOf.get(id).forEach(function (e) {
      var other = e.from === id ? e.to : e.from;
      if (!seen.has(other) && nodeById.has(other)) { seen.add(other); out.push(nodeById.get(other)); }
    });
    return out.sort(function (a, b) { return a.rank - b.rank; }).slice(0, NEIGHBOUR_NAMES);
  }
  function drawNames(ctx) {
    var scale = network.getScale(), ratio = (network.canvas && network.canvas.pixelRatio) || window.devicePixelRatio || 1;
    var width = container.clientWidth, height = container.clientHeight, margin = 150, shown = [], boxes = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);  // screen pixels, whatever the zoom
    ctx.textAlign = "center"; ctx.textBaseline = "middle"; ctx.lineJoin = "round";
    ctx.lineWidth = 4; ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
    function place(n, bold) {  // the name's box on screen, or null when it is not to be drawn
      var body = network.body.nodes[n.id];
      if (!body || hiddenNode.get(n.id)) { return null; }
      var p = network.canvasToDOM({ x: body.x, y: body.y });
      if (p.x < -margin || p.y < -margin || p.x > width + margin || p.y > height + margin) { return null; }
      ctx.font = (bold ? "600 " : "") + DENSE.font_px + "px system-ui, Arial, sans-serif";
      // under the node, the same distance for every name: names kept apart stay apart; a name
      // at the side of the window is moved in to be read whole
      var w = ctx.measureText(n.label).width + 6, x = Math.max(w / 2, Math.min(width - w / 2, p.x));
      return { x: x, y: p.y + NAME_BELOW, w: w, h: DENSE.font_px + 4, moved: x !== p.x };
    }
    function draw(n, box) {
      ctx.fillStyle = dimmed.get(n.id) ? "#9aa3ad" : "#1f2933";
      ctx.strokeText(n.label, box.x, box.y); ctx.fillText(n.label, box.x, box.y);
      shown.push(n.id); boxes.push(box);
    }
    function covers(box) {
      return boxes.some(function (b) { return Math.abs(b.x - box.x) < (b.w + box.w) / 2 && Math.abs(b.y - box.y) < (b.h + box.h) / 2; });
    }
    var box, i, moved = [];
    for (i = 0; i < namesByZoom.length && namesByZoom[i].label_zoom <= scale; i++) {
      // the node a focus or ministry view is about (named first) in bold, as the selected one
      if (namesByZoom[i].id !== selectedNode && (box = place(namesByZoom[i], namesByZoom[i].id === CENTRE))) {
        if (box.moved) { moved.push([namesByZoom[i], box]); } else { draw(namesByZoom[i], box); }
      }
    }
    // names moved in from the side are drawn last, where they cover no other
    moved.forEach(function (m) { if (!covers(m[1])) { draw(m[0], m[1]); } });
    if (selectedNode && nodeById.has(selectedNode)) {
      if ((box = place(nodeById.get(selectedNode), true))) { draw(nodeById.get(selectedNode), box); }
      var named = new Set(shown);
      neighboursByRank(selectedNode).forEach(function (n) {
        if (!named.has(n.id) && (box = place(n, false)) && !covers(box)) { draw(n, box); }
      });
    }
    ctx.restore();
    drawnNames = shown; drawnBoxes = boxes;
  }
  if (DENSE) {
    network.on("afterDrawing", drawNames);
    $("g40-hint-dense").hidden = false;
  }

  /* ---- state and filtering ---- */
  /* all: false while a dense page shows only its first view (the most connected nodes) */
  var state = { types: new Set(Object.keys(typeCounts)), relations: new Set(Object.keys(relationCounts)), period: "", search: "",
                all: !(DENSE && DENSE.first_view) };
  function inView(n) { return state.all || n.rank < DENSE.first_view; }
  var hiddenNode = new Map(), hiddenEdge = new Map(), dimmed = new Map();
  DATA.nodes.forEach(function (n) { hiddenNode.set(n.id, false); dimmed.set(n.id, false); });
  DATA.edges.forEach(function (e) { hiddenEdge.set(e.id, false); });

  function edgeInPeriod(e) {
    if (!state.period) { return true; }
    if (!e.start && !e.end) { return true; }
    var lo = state.period + "-01-01", hi = state.period + "-12-31";
    return (!e.start || e.start <= hi) && (!e.end || e.end >= lo);
  }
  function apply() {
    var edgeUpdates = [], nodeUpdates = [], shownEdges = 0, shownNodes = 0;
    var touched = new Set();
    DATA.edges.forEach(function (e) {
      var a = nodeById.get(e.from), b = nodeById.get(e.to);
      var show = state.relations.has(e.relation) && edgeInPeriod(e) &&
        !!a && !!b && state.types.has(a.type) && state.types.has(b.type) && inView(a) && inView(b);
      if (show) { shownEdges++; touched.add(e.from); touched.add(e.to); }
      if (hiddenEdge.get(e.id) !== !show) {
        hiddenEdge.set(e.id, !show);
        if (isLoaded.has(e.id)) { edgeUpdates.push({ id: e.id, hidden: !show }); }
      }
    });
    var q = fold(state.search.trim());
    var matches = [];
    DATA.nodes.forEach(function (n) {
      // a search also finds the nodes beyond a dense page's first view: choosing one shows all
      var findable = state.types.has(n.type) && (!state.period || touched.has(n.id) || edgesOf.get(n.id).length === 0);
      var show = findable && inView(n);
      if (show) { shownNodes++; }
      var dim = !!q && n._fold.indexOf(q) < 0;
      if (q && !dim && findable) { matches.push(n); }
      var update = null;
      if (hiddenNode.get(n.id) !== !show) { hiddenNode.set(n.id, !show); update = { id: n.id, hidden: !show }; }
      if (dimmed.get(n.id) !== dim) {
        dimmed.set(n.id, dim);
        update = update || { id: n.id };
        update.color = nodeColor(n, dim);
        update.font = { color: dim ? "#b8bec6" : "#1f2933" };
      }
      if (update) { nodeUpdates.push(update); }
    });
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    if (lightEdges.length && !edgeUpdates.length) { network.redraw(); }
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    state.shownNodes = shownNodes; state.shownEdges = shownEdges; state.matches = matches.map(function (n) { return n.id; });
    var status = $("g40-status");
    status.textContent = fmt(UI.shown, { nodes: shownNodes, total_nodes: DATA.nodes.length, edges: shownEdges, total_edges: DATA.edges.length });
    status.dataset.nodes = shownNodes; status.dataset.edges = shownEdges;
    showMatches(q, matches);
  }

  function showMatches(q, matches) {
    var list = $("g40-matches"), count = $("g40-search-count");
    clear(list);
    if (!q) { list.hidden = true; count.textContent = ""; count.dataset.matches = ""; return; }
    count.textContent = matches.length ? fmt(UI.matches, { n: matches.length }) : UI.no_matches;
    count.dataset.matches = String(matches.length);
    matches.slice(0, 30).forEach(function (n) {
      var li = el("li"), b = el("button", null, n.label);
      b.type = "button";
      b.addEventListener("click", function () { focusNode(n.id); });
      li.appendChild(b); list.appendChild(li);
    });
    list.hidden = matches.length === 0;
    if (matches.length) { foldControls(false); }  // the list of hits is in the legend's box
  }

  /* ---- a dense page's first view, and all nodes ---- */
  var showAll = $("g40-show-all");
  function labelShowAll() {
    showAll.textContent = state.all ? fmt(UI.show_first, { n: DENSE.first_view }) : fmt(UI.show_all, { n: DATA.nodes.length });
    showAll.dataset.all = state.all ? "1" : "0";
  }
  function setShowAll(all) {
    state.all = all; labelShowAll(); apply();
    if (!userView) { fitAll(); }
  }
  if (DENSE && DENSE.first_view) {
    labelShowAll();
    showAll.hidden = false;
    showAll.addEventListener("click", function () { setShowAll(!state.all); });
  }

  /* ---- legend / filters ---- */
  function legendItem(listId, key, swatch, name, count, set) {
    var li = el("li"), label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true; box.value = key;
    box.dataset.key = key;
    box.addEventListener("change", function () {
      if (box.checked) { set.add(key); } else { set.delete(key); }
      apply();
    });
    label.appendChild(box); label.appendChild(swatch); label.appendChild(el("span", "g40-name", name));
    label.appendChild(el("span", "g40-count", count));
    li.appendChild(label); $(listId).appendChild(li);
  }
  /* a relation's line as drawn: its colour, dash pattern and arrow (relations differ by more than colour) */
  function lineSwatch(s) {
    var NS = "http://www.w3.org/2000/svg", svg = document.createElementNS(NS, "svg"), line = document.createElementNS(NS, "line");
    svg.setAttribute("class", "g40-line"); svg.setAttribute("width", "30"); svg.setAttribute("height", "10");
    svg.setAttribute("viewBox", "0 0 30 10"); svg.setAttribute("aria-hidden", "true"); svg.setAttribute("focusable", "false");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", s.arrows ? "23" : "29");
    line.setAttribute("y2", "5"); line.setAttribute("stroke", s.color); line.setAttribute("stroke-width", "2");
    if (s.dashes) { line.setAttribute("stroke-dasharray", Array.isArray(s.dashes) ? s.dashes.join(" ") : "5 5"); }
    svg.appendChild(line);
    if (s.arrows) {
      var head = document.createElementNS(NS, "polygon");
      head.setAttribute("points", "22,1 29,5 22,9"); head.setAttribute("fill", s.color);
      svg.appendChild(head);
    }
    return svg;
  }
  /* the G40 members' swatch as the drawing shows them: their type's colour inside the thick gold ring */
  (function memberSwatch() {
    var member = DATA.nodes.filter(function (n) { return n.g40; })[0], swatch = document.querySelector(".g40-swatch-g40");
    if (!swatch) { return; }
    var s = typeStyle(member ? member.type : "Municipality");
    swatch.style.background = s.color;
  })();
  Object.keys(typeCounts).sort(function (a, b) { return typeCounts[b] - typeCounts[a] || a.localeCompare(b); }).forEach(function (t) {
    var s = typeStyle(t), sw = el("span", "g40-swatch", s.symbol || "●");
    sw.style.color = s.color; sw.setAttribute("aria-hidden", "true");
    legendItem("g40-types", t, sw, typeName(t), typeCounts[t], state.types);
  });
  Object.keys(relationCounts).sort(function (a, b) { return relationCounts[b] - relationCounts[a] || a.localeCompare(b); }).forEach(function (r) {
    var s = relationStyle(r), sw = lineSwatch(s);
    legendItem("g40-relations", r, sw, relationName(r), relationCounts[r], state.relations);
  });
  if (DATA.periods && DATA.periods.length) {
    var select = $("g40-period");
    DATA.periods.forEach(function (p) { var o = el("option", null, p); o.value = p; select.appendChild(o); });
    select.addEventListener("change", function () { state.period = select.value; apply(); });
    $("g40-period-box").hidden = false;
  }
  var searchTimer = null;
  $("g40-search").addEventListener("input", function (ev) {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { state.search = ev.target.value; apply(); }, 120);
  });
  $("g40-search").addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      clearTimeout(searchTimer); state.search = ev.target.value; apply();
      if (state.matches.length) { focusNode(state.matches[0]); }
    }
  });

  /* ---- side panel ---- */
  var panel = $("g40-panel"), body = $("g40-panel-body"), panelStatus = $("g40-panel-status"), opener = null;
  /* the panel opens: a short status is announced (not its quotes), focus goes to its heading and
     returns, on Escape or "×", to where it was before (the search box, a table link, the drawing) */
  function openPanel(summary) {
    var active = document.activeElement;
    if (!panel.hidden && panel.contains(active)) { active = null; }
    if (active && !panel.contains(active) && active !== document.body) { opener = active; }
    panel.hidden = false;
    panelStatus.textContent = summary;
    var heading = $("g40-panel-heading");
    if (heading) { heading.focus({ preventScroll: true }); }
  }
  function closePanel() {
    if (panel.hidden) { return; }
    panel.hidden = true; network.unselectAll(); panelStatus.textContent = UI.panel_closed;
    var back = opener && document.contains(opener) ? opener : $("g40-search");
    opener = null;
    back.focus();
  }
  $("g40-panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && !panel.hidden) { ev.preventDefault(); closePanel(); }
  });
  function panelHeading(text) {
    var h = el("h2", null, text);
    h.id = "g40-panel-heading"; h.tabIndex = -1;
    return h;
  }

  function factValue(v) {
    if (v === true) { return UI.yes; }
    if (v === false) { return UI.no; }
    if (Array.isArray(v)) { return v.join(", "); }
    return v;
  }
  function nodeLink(id) {
    var n = nodeById.get(id);
    var b = el("button", "g40-link", n ? n.label : id);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function evidenceList(e, parent) {
    var ev = e.evidence || [];
    if (!ev.length) { parent.appendChild(el("p", "g40-source", UI.no_evidence)); return; }
    ev.slice(0, 20).forEach(function (x) {
      if (x.curated) {  // added by hand: where it was curated and why, no quote
        var why = x.note ? UI.curation_note + ": " + x.note : "";
        var cur = [UI.curated, x.role || "", x.src || "", span(x.from, x.until), why].filter(function (s) { return s; });
        parent.appendChild(el("div", "g40-source g40-curated", cur.join(" · ")));
        return;
      }
      var doc = DOCS[x.doc] || {};
      if (x.q) {  // in the document's language (Dutch unless it says otherwise): read so on an English page
        var quote = parent.appendChild(el("blockquote", "g40-quote", x.q));
        quote.lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(doc.lang || "") ? doc.lang : "nl";
      }
      var when = span(x.from, x.until) || x.date || doc.date || "";
      var src = [x.role || "", doc.title || x.doc || "", when].filter(function (s) { return s; }).join(" · ");
      parent.appendChild(el("div", "g40-source", src));
    });
    if (ev.length > 20) { parent.appendChild(el("div", "g40-source", fmt(UI.more, { n: ev.length - 20 }))); }
  }
  function weightText(e) {
    if (e.unit === "programmes") { return fmt(e.weight === 1 ? UI.programme_1 : UI.programmes_n, { n: e.weight || 0 }); }
    var cur = e.curated || 0, docs = Math.max((e.weight || 0) - cur, 0);
    var text = docs === 1 ? UI.document_1 : fmt(UI.documents_n, { n: docs });
    return cur ? (docs ? text + " + " + UI.curated : UI.curated) : text;
  }
  function span(a, b) { return a && b && a !== b ? a + " – " + b : a || b || ""; }
  function edgeBlock(e, fromNode) {
    var box = el("div", "g40-edge"), head = el("div", "g40-edge-head");
    box.dataset.edge = e.id;
    if (fromNode === undefined) {
      head.appendChild(nodeLink(e.from)); head.appendChild(document.createTextNode(" " + relationName(e.relation) + " "));
      head.appendChild(nodeLink(e.to));
    } else if (e.from === fromNode) {
      head.appendChild(document.createTextNode(relationName(e.relation) + " ")); head.appendChild(nodeLink(e.to));
    } else {
      head.appendChild(nodeLink(e.from)); head.appendChild(document.createTextNode(" " + relationName(e.relation)));
    }
    head.appendChild(el("span", "g40-weight", " (" + weightText(e) + ")"));
    box.appendChild(head);
    evidenceList(e, box);
    return box;
  }
  function facts(pairs) {
    var dl = el("dl");
    pairs.forEach(function (p) {
      if (p[1] === undefined || p[1] === null || p[1] === "") { return; }
      dl.appendChild(el("dt", null, (UI.fact_names && UI.fact_names[p[0]]) || p[0]));
      dl.appendChild(el("dd", null, factValue(p[1])));
    });
    return dl;
  }
  function showNode(id) {
    var n = nodeById.get(id);
    if (!n) { return; }
    clear(body);
    body.dataset.kind = "node"; body.dataset.id = id;
    body.appendChild(el("div", "g40-type-tag", typeName(n.type)));
    body.appendChild(panelHeading(n.label));
    var pairs = [["type", typeName(n.type)]];
    if (n.g40) { pairs.push(["g40", true]); }
    (n.facts || []).forEach(function (p) { pairs.push(p); });
    pairs.push(["iri", n.id]);
    body.appendChild(el("h3", null, UI.facts));
    body.appendChild(facts(pairs));
    var list = edgesOf.get(id).slice().sort(function (a, b) { return (b.weight || 0) - (a.weight || 0); });
    body.appendChild(el("h3", null, UI.connections + " (" + list.length + ")"));
    list.slice(0, 60).forEach(function (e) { body.appendChild(edgeBlock(e, id)); });
    if (list.length > 60) { body.appendChild(el("p", "g40-source", fmt(UI.more, { n: list.length - 60 }))); }
    openPanel(fmt(list.length === 1 ? UI.panel_node_1 : UI.panel_node, { name: n.label, n: list.length }));
  }
  function showEdge(id) {
    var e = edgeById.get(id);
    if (!e) { return; }
    clear(body);
    body.dataset.kind = "edge"; body.dataset.id = id;
    body.appendChild(el("div", "g40-type-tag", UI.relation));
    body.appendChild(panelHeading(relationName(e.relation)));
    var a = nodeById.get(e.from), b = nodeById.get(e.to);
    body.appendChild(facts([["from", a ? a.label : e.from], ["to", b ? b.label : e.to],
      [e.unit === "programmes" ? "weight_programmes" : "weight", e.weight], ["date", span(e.start, e.end)]].map(function (p) {
      return [UI[p[0]] || p[0], p[1]];
    })));
    if (e.facts && e.facts.length) { body.appendChild(facts(e.facts)); }
    body.appendChild(el("h3", null, UI.evidence));
    body.appendChild(edgeBlock(e));
    openPanel(fmt(UI.panel_edge, { from: a ? a.label : e.from, relation: relationName(e.relation), to: b ? b.label : e.to }));
  }
  function focusNode(id) {
    if (!nodeById.has(id)) { return; }
    if (!inView(nodeById.get(id))) { setShowAll(true); }
    network.selectNodes([id]);
    selectedNode = id; selectedLight = null;
    userView = true;
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(id);
  }
  network.on("click", function (params) {
    var light = null;
    selectedLight = null; selectedNode = null;
    if (params.nodes.length) { selectedNode = params.nodes[0]; showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    else if (lightEdges.length && (light = lightEdgeAt(params.pointer.canvas))) { selectedLight = light; showEdge(light); }
    else { closePanel(); }
    if (lightEdges.length) { network.redraw(); }
  });

  /* ---- tooltip (plain text) ---- */
  var tip = $("g40-tip");
  function showTip(text, pointer) {
    tip.textContent = text;
    tip.style.left = (pointer.DOM.x + container.offsetLeft + 14) + "px";
    tip.style.top = (pointer.DOM.y + container.offsetTop + 10) + "px";
    tip.hidden = false;
  }
  network.on("hoverNode", function (p) {
    var n = nodeById.get(p.node);
    if (n) { showTip(n.label + " · " + typeName(n.type) + (n.g40 ? " · " + UI.g40_member : ""), p.pointer); }
  });
  network.on("hoverEdge", function (p) {
    var e = edgeById.get(p.edge);
    if (!e) { return; }
    var a = nodeById.get(e.from), b = nodeById.get(e.to);
    showTip((a ? a.label : "") + " " + relationName(e.relation) + " " + (b ? b.label : "") + " (" + weightText(e) + ")", p.pointer);
  });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; userView = true; });

  /* ---- footer ---- */
  (function footer() {
    var meta = DATA.meta || {}, f = $("g40-footer");
    var parts = [];
    if (meta.built) {  // in words for the reader, ISO for machines
      var built = el("span", null, UI.built + ": "), time = el("time", null, meta.built_words || meta.built);
      time.setAttribute("datetime", meta.built);
      built.appendChild(time); f.appendChild(built);
    }
    if (meta.generated) { parts.push([UI.generated, meta.generated]); }
    parts.forEach(function (p) { f.appendChild(el("span", null, p[0] + ": " + p[1])); });
    var used = meta.documents_used || Object.keys(DOCS);
    var det = el("details"), sum = el("summary", null, UI.documents_used + ": " + used.length);
    det.appendChild(sum);
    var ul = el("ul");
    used.forEach(function (d) {
      var doc = DOCS[d] || {};
      ul.appendChild(el("li", null, (doc.title || d) + (doc.date ? " (" + doc.date + ")" : "")));
    });
    det.appendChild(ul); f.appendChild(det);
    if (meta.command) {  // for whoever makes the next one; folded away, as the query (walkthrough 19, finding 24)
      var cd = el("details"), cs = el("summary", null, UI.command);
      cd.appendChild(cs); cd.appendChild(el("code", "g40-command", meta.command)); f.appendChild(cd);
    }
    if (meta.query) {
      var qd = el("details"), qs = el("summary", null, UI.query);
      qd.appendChild(qs); qd.appendChild(el("pre", "g40-query", meta.query)); f.appendChild(qd);
    }
  })();

  apply();
  if (DENSE && fitsAll && !userView) { fitAll(); }  // the first view: its nodes fill the window
  TIMES.applied = performance.now() - T0;
  network.once("afterDrawing", function () {
    TIMES.drawn = performance.now() - T0;
    window.g40viz.readyAt = performance.now();
    document.body.dataset.ready = "1";
    TIMES.complete = TIMES.drawn;
    document.body.dataset.complete = "1";
  });
  /* printing: the table of links (with its quotes) is printed after the drawing, open or not (the print
   * style of network.css); afterwards it is as the user left it */
  var tableBox = document.querySelector("#g40-table-view details"), tableWasOpen = null;
  window.addEventListener("beforeprint", function () {
    if (tableBox && tableWasOpen === null) { tableWasOpen = tableBox.open; tableBox.open = true; }
  });
  window.addEventListener("afterprint", function () {
    if (tableBox && tableWasOpen !== null) { tableBox.open = tableWasOpen; tableWasOpen = null; }
  });
  window.g40viz = {
    times: TIMES, network: network, nodes: nodes, edges: edges, data: DATA, state: state, labelFont: labelFont,
    stretch: STRETCH,
    apply: apply, showNode: showNode, showEdge: showEdge, focusNode: focusNode,
    lightEdgeCount: function () { return lightEdges.length; },
    drawnNames: function () { return drawnNames.slice(); }, setShowAll: setShowAll,
    drawnNameBoxes: function () { return drawnBoxes.map(function (b, i) { return [drawnNames[i], b.x, b.y, b.w, b.h]; }); },
    lightEdgeAt: lightEdgeAt,
    visibleNodeIds: function () { return nodes.getIds({ filter: function (n) { return !n.hidden; } }); },
    visibleEdgeIds: function () { return edges.getIds({ filter: function (e) { return !e.hidden; } }); }
  };
})();
