// SPARQL page: run the query with fetch() and show the result table. No library, works offline.
(function () {
  "use strict";
  var form = document.getElementById("sparql-form");
  var area = document.getElementById("query");
  var status = document.getElementById("status");
  var results = document.getElementById("results");
  var lang = document.documentElement.lang || "nl";
  // behind a proxy the explorer lives under a path ("/g40"): the form's action begins with it
  var root = form.getAttribute("action").replace(/\/sparql$/, "");
  var T = {
    nl: {result: "Resultaat van de query", running: "Bezig…", rows: " rijen", row: " rij", seconds: " s", error: "Fout", yes: "ja", no: "nee"},
    en: {result: "Query result", running: "Running…", rows: " rows", row: " row", seconds: " s", error: "Error", yes: "yes", no: "no"}
  }[lang === "en" ? "en" : "nl"];

  function cell(term) {
    var td = document.createElement("td");
    if (!term) { return td; }
    if (term.type === "uri") {
      var a = document.createElement("a");
      var base = "https://w3id.org/g40kg/id/";
      if (term.value.indexOf(base) === 0) {
        var local = term.value.slice(base.length);
        a.href = root + (local.indexOf("document/") === 0 ? "/" + local : "/entity/" + local);
      } else if (/^https?:\/\//i.test(term.value)) {
        a.href = term.value;
        a.rel = "noopener noreferrer";
      } else {  // javascript:, data: … are shown, never linked
        td.textContent = term.value;
        return td;
      }
      a.textContent = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (term["xml:lang"]) { td.title = "@" + term["xml:lang"]; }
      else if (term.datatype) { td.title = term.datatype; }
    }
    return td;
  }

  function table(data) {
    var tbl = document.createElement("table");
    tbl.className = "results";
    tbl.setAttribute("aria-label", T.result);  // a named table in a screen reader's list of tables
    var head = tbl.createTHead().insertRow();
    data.head.vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    });
    var body = tbl.createTBody();
    data.results.bindings.forEach(function (b) {
      var tr = body.insertRow();
      data.head.vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
    });
    return tbl;
  }

  function run(event) {
    if (event && event.submitter && event.submitter.name === "format") { return; } // download: plain submit
    if (event) { event.preventDefault(); }
    var started = performance.now();
    // the address bar holds the query: a bookmark or a link to a colleague runs it again
    history.replaceState(null, "", root + "/sparql?query=" + encodeURIComponent(area.value) +
                         (lang === "en" ? "&lang=en" : ""));
    status.textContent = T.running;
    results.textContent = "";
    area.removeAttribute("aria-invalid");
    area.setAttribute("aria-describedby", "query-keys");
    fetch(root + "/sparql", {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        "Accept": "application/sparql-results+json, text/turtle;q=0.9",
        "Accept-Language": lang
      },
      body: new URLSearchParams({query: area.value}),
      credentials: "same-origin"
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      return response.text().then(function (text) {
        var secs = ((performance.now() - started) / 1000).toFixed(2) + T.seconds;
        if (!response.ok) {
          // the message itself is announced (not only "Error 400") and tied to the query field
          // (WCAG 3.3.1, 4.1.3): a screen reader user hears what is wrong and where
          // (shown once, below the query; the status line carries it only for the screen reader)
          status.textContent = T.error + " " + response.status;
          var said = document.createElement("span");
          said.className = "visually-hidden";
          said.textContent = ": " + text.trim();
          status.appendChild(said);
          var pre = document.createElement("pre");
          pre.className = "error";
          pre.id = "query-error";
          pre.textContent = text;
          results.appendChild(pre);
          area.setAttribute("aria-invalid", "true");
          area.setAttribute("aria-describedby", "query-keys query-error");
          return;
        }
        if (type.indexOf("json") >= 0) {
          var data = JSON.parse(text);
          if (typeof data.boolean === "boolean") {
            status.textContent = (data.boolean ? T.yes : T.no) + " · " + secs;  // the answer is announced
            var p = document.createElement("p");
            p.className = "boolean";
            p.textContent = data.boolean ? T.yes : T.no;
            results.appendChild(p);
          } else {
            var n = data.results.bindings.length;
            status.textContent = n + (n === 1 ? T.row : T.rows) + " · " + secs;
            results.appendChild(table(data));
          }
        } else {
          status.textContent = secs;
          var out = document.createElement("pre");
          out.textContent = text;
          results.appendChild(out);
        }
      });
    }).catch(function (err) {
      status.textContent = T.error + ": " + err;
    });
  }

  form.addEventListener("submit", run);
  if (form.getAttribute("data-run") === "1") { run(); }  // opened from a shared /sparql?query=… link
  // Tab and Shift+Tab move the focus as everywhere else (a keyboard user is never caught in the
  // editor, WCAG 2.1.2); Ctrl+] and Ctrl+[ indent and outdent the lines of the selection instead
  function indent(outdent) {
    var v = area.value, s = area.selectionStart, e = area.selectionEnd;
    var first = v.lastIndexOf("\n", s - 1) + 1;
    var lines = v.slice(first, e).split("\n"), shift = 0, firstShift = 0;
    lines = lines.map(function (line, i) {
      var d = outdent ? -Math.min(2, line.length - line.replace(/^ +/, "").length) : 2;
      if (i === 0) { firstShift = d; }
      shift += d;
      return d < 0 ? line.slice(-d) : "  " + line;
    });
    area.value = v.slice(0, first) + lines.join("\n") + v.slice(e);
    area.selectionStart = Math.max(first, s + firstShift);
    area.selectionEnd = e + shift;
  }
  area.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { run(e); }
    if ((e.key === "]" || e.key === "[") && (e.ctrlKey || e.metaKey) && !e.altKey) {
      e.preventDefault();
      indent(e.key === "[");
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.example"), function (b) {
    b.addEventListener("click", function () { area.value = b.getAttribute("data-query"); area.focus(); });
  });
}());
