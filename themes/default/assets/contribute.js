/* "Deel je praktijk": turns the form into a practice card (.md) in the browser and offers it as a
   download. Validation uses the JSON Schema that stek generates from site.yaml
   (schema/practice.schema.js registers it), the same rules `stek check` applies.
   A classic script: works from file://, keeps a draft in localStorage, sends nothing anywhere. */
(function () {
  "use strict";
  var form = document.getElementById("contribute-form");
  var schemas = window.stekSchemas || {};
  if (!form || !window.stekValidate || !schemas[form.getAttribute("data-schema")]) return;
  var schema = schemas[form.getAttribute("data-schema")];
  var folder = form.getAttribute("data-folder");
  var STORE = "stek-contribute-draft:" + window.location.pathname;
  var output = document.getElementById("contribute-output");
  var summary = document.getElementById("contribute-summary");
  var status = document.getElementById("contribute-status");
  var filenameEl = document.getElementById("contribute-filename");
  var checked = false;

  form.hidden = false;
  var nojs = document.getElementById("contribute-nojs");
  if (nojs) nojs.hidden = true;

  function msg(key) {
    return form.getAttribute("data-msg-" + key.replace(/\./g, "-")) || key;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function fieldBlocks() {
    return Array.prototype.slice.call(form.querySelectorAll(".contribute-field[data-field]"));
  }

  function inputs(name) {
    return Array.prototype.slice.call(form.querySelectorAll("[name='" + name + "']"));
  }

  function text(name) {
    var el = inputs(name)[0];
    return el ? el.value.trim() : "";
  }

  /* The card's front matter from the form, in the order of the fields; empty fields left out. */
  function collect() {
    var data = {};
    fieldBlocks().forEach(function (block) {
      var name = block.getAttribute("data-field");
      var kind = block.getAttribute("data-kind");
      var v;
      if (kind === "text" || kind === "date") {
        v = text(name);
        if (v !== "") data[name] = v;
      } else if (kind === "year") {
        v = text(name);
        if (v !== "") data[name] = /^[0-9]+$/.test(v) ? parseInt(v, 10) : v;
      } else if (kind === "text_list") {
        v = text(name).split(/\r?\n/).map(function (s) { return s.trim(); })
          .filter(function (s) { return s !== ""; });
        if (v.length) data[name] = v;
      } else if (kind === "many_of") {
        v = inputs(name).filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
        if (v.length) data[name] = v;
      } else if (kind === "one_of" || kind === "rating") {
        var els = inputs(name);
        v = els.length && els[0].tagName === "SELECT" ? els[0].value
          : (els.filter(function (i) { return i.checked; })[0] || { value: "" }).value;
        if (v !== "") data[name] = kind === "rating" ? parseInt(v, 10) : v;
      } else if (kind === "contact" || kind === "image") {
        var parts = kind === "contact" ? ["name", "email", "url"] : ["file", "alt"];
        var o = {};
        parts.forEach(function (p) {
          var s = text(name + "." + p);
          if (s !== "") o[p] = s;
        });
        if (Object.keys(o).length) data[name] = o;
      } else if (kind === "links") {
        var links = [];
        for (var i = 0; inputs("links." + i + ".title").length; i++) {
          var l = {};
          var t = text("links." + i + ".title");
          var u = text("links." + i + ".url");
          if (t !== "") l.title = t;
          if (u !== "") l.url = u;
          if (t !== "" || u !== "") links.push(l);
        }
        if (links.length) data[name] = links;
      }
    });
    return data;
  }

  function message(e) {
    var s = e.schema || {};
    var types = [].concat(s.type || []);
    switch (e.keyword) {
      case "required": return types.indexOf("array") >= 0 ? msg("error.choose") : msg("error.required");
      case "minItems": return msg("error.choose");
      case "enum": return msg("error.choice");
      case "minimum": case "maximum":
        return msg("error.range").replace("{min}", s.minimum).replace("{max}", s.maximum);
      case "type": return types.indexOf("integer") >= 0 ? msg("error.number") : msg("error.text");
      case "format": return msg("error.date");
      case "additionalProperties": return msg("error.unknown");
      case "pattern":
        if (s.format === "date") return msg("error.date");
        if (s.pattern.indexOf("@") >= 0) return msg("error.email");
        if (s.pattern.indexOf("https?") >= 0) return msg("error.url");
        return msg("error.required");
      default: return msg("error.required");
    }
  }

  /* The error line of a path: its own (contact.email) or its field's (themes.0 -> themes). */
  function errorSlot(path) {
    var parts = path.split(".");
    while (parts.length) {
      var el = byId("f-" + parts.join(".") + "-error");
      if (el) return { el: el, name: parts.join(".") };
      parts.pop();
    }
    return null;
  }

  function labelOf(name) {
    var top = name.split(".")[0];
    var block = form.querySelector(".contribute-field[data-field='" + top + "']");
    var l = block && block.querySelector("legend, label");
    return l ? l.textContent.replace(/\s*\(.*\)\s*$/, "").trim() : name;
  }

  function focusTarget(name) {
    var top = name.split(".")[0];
    var block = form.querySelector(".contribute-field[data-field='" + top + "']");
    return block ? block.querySelector("input, select, textarea") : null;
  }

  function clearErrors() {
    Array.prototype.forEach.call(form.querySelectorAll(".contribute-error"), function (el) {
      el.textContent = "";
      el.hidden = true;
    });
    Array.prototype.forEach.call(form.querySelectorAll("[aria-invalid]"), function (el) {
      el.removeAttribute("aria-invalid");
    });
    summary.hidden = true;
    summary.textContent = "";
  }

  function showErrors(errors) {
    clearErrors();
    var shown = {};
    var list = document.createElement("ul");
    errors.forEach(function (e) {
      var slot = errorSlot(e.path);
      if (!slot || shown[slot.name]) return;
      shown[slot.name] = true;
      var text = message(e);
      slot.el.textContent = text;
      slot.el.hidden = false;
      var block = form.querySelector(".contribute-field[data-field='" + e.path.split(".")[0] + "']");
      (block ? block.querySelectorAll("input, select, textarea") : []).forEach(function (i) {
        i.setAttribute("aria-invalid", "true");
      });
      var target = focusTarget(e.path);
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "#" + (target ? target.id : "");
      a.textContent = labelOf(e.path) + ": " + text;
      a.addEventListener("click", function (ev) {
        if (target) { ev.preventDefault(); target.focus(); }
      });
      li.appendChild(a);
      list.appendChild(li);
    });
    var h = document.createElement("h2");
    h.textContent = msg("errors.title");
    summary.appendChild(h);
    summary.appendChild(list);
    summary.hidden = false;
    summary.focus();
  }

  /* ---- The file ---- */
  function scalar(v) {
    if (typeof v === "number" || typeof v === "boolean") return String(v);
    if (/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(v)) return v;
    return JSON.stringify(v);
  }

  function yaml(data) {
    var out = "";
    Object.keys(data).forEach(function (k) {
      var v = data[k];
      if (Array.isArray(v) && v.length && typeof v[0] === "object") {
        out += k + ":\n";
        v.forEach(function (o) {
          Object.keys(o).forEach(function (p, i) {
            out += (i === 0 ? "  - " : "    ") + p + ": " + scalar(o[p]) + "\n";
          });
        });
      } else if (Array.isArray(v)) {
        out += k + ": [" + v.map(scalar).join(", ") + "]\n";
      } else if (v !== null && typeof v === "object") {
        out += k + ":\n";
        Object.keys(v).forEach(function (p) { out += "  " + p + ": " + scalar(v[p]) + "\n"; });
      } else {
        out += k + ": " + scalar(v) + "\n";
      }
    });
    return out;
  }

  function card() {
    var body = byId("f-body").value.replace(/\r\n/g, "\n").replace(/\s+$/, "");
    return "---\n" + yaml(collect()) + "---\n" + (body ? "\n" + body + "\n" : "");
  }

  function slug(title) {
    var s = title.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return s || "card";
  }

  function filename() {
    return slug(text("title")) + ".md";
  }

  function refresh() {
    output.value = card();
    filenameEl.textContent = folder + "/" + filename();
  }

  function check() {
    var errors = [];
    window.stekValidate(schema, collect(), "", errors);
    checked = true;
    if (errors.length) {
      showErrors(errors);
      status.textContent = "";
      return false;
    }
    clearErrors();
    refresh();
    status.textContent = msg("ok");
    return true;
  }

  function download() {
    if (!check()) return;
    var blob = new Blob([card()], { type: "text/markdown;charset=utf-8" });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = filename();
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    form.setAttribute("data-downloaded", a.download);
    window.setTimeout(function () {
      URL.revokeObjectURL(a.href);
      a.parentNode.removeChild(a);
    }, 1000);
  }

  function copy() {
    if (!check()) return;
    output.focus();
    output.select();
    var done = function () { status.textContent = msg("copied"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(output.value).then(done, function () {
        if (document.execCommand("copy")) done();
      });
    } else if (document.execCommand("copy")) {
      done();
    }
  }

  /* ---- The draft in localStorage ---- */
  function save() {
    var state = {};
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.readOnly) return;
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) (state[el.name] = state[el.name] || []).push(el.value);
      } else {
        state[el.name] = el.value;
      }
    });
    try {
      window.localStorage.setItem(STORE, JSON.stringify(state));
    } catch (e) { /* storage off or full: the form still works */ }
  }

  function restore() {
    var state;
    try {
      state = JSON.parse(window.localStorage.getItem(STORE) || "null");
    } catch (e) {
      state = null;
    }
    if (!state) return;
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.readOnly || !(el.name in state)) return;
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = [].concat(state[el.name]).indexOf(el.value) >= 0;
      } else {
        el.value = state[el.name];
      }
    });
  }

  function today() {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }

  function defaults() {
    var published = inputs("published")[0];
    if (published && published.value === "") published.value = today();
  }

  restore();
  defaults();
  refresh();
  form.addEventListener("input", function () {
    refresh();
    save();
  });
  form.addEventListener("change", function () {
    refresh();
    save();
    if (checked) {
      var errors = [];
      window.stekValidate(schema, collect(), "", errors);
      if (!errors.length) clearErrors();
    }
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    check();
  });
  byId("contribute-download").addEventListener("click", download);
  byId("contribute-copy").addEventListener("click", copy);
  byId("contribute-clear").addEventListener("click", function () {
    try {
      window.localStorage.removeItem(STORE);
    } catch (e) { /* nothing kept */ }
    form.reset();
    clearErrors();
    status.textContent = "";
    checked = false;
    defaults();
    refresh();
  });
})();
