/* "Deel je praktijk": turns the form into a card (.md) of the form's kind (a practice, a profile)
   in the browser and offers it as a download. Validation uses the JSON Schema that stek generates
   from site.yaml (schema/<kind>.schema.js registers it), the same rules `stek check` applies.
   A classic script: works from file://, keeps a draft in localStorage, sends nothing anywhere.
   It runs where the form ends, before stek.js, so it uses none of stek.js's helpers. */
(() => {
  "use strict";
  const form = document.getElementById("contribute-form");
  const schemas = window.stekSchemas || {};
  if (!form || !window.stekValidate || !schemas[form.getAttribute("data-schema")]) return;
  const schema = schemas[form.getAttribute("data-schema")];
  const folder = form.getAttribute("data-folder");
  const STORE = `stek-contribute-draft:${window.location.pathname}`;
  const byId = (id) => document.getElementById(id);
  const output = byId("contribute-output");
  const summary = byId("contribute-summary");
  const status = byId("contribute-status");
  const filenameEl = byId("contribute-filename");
  let checked = false;

  form.hidden = false;
  const nojs = byId("contribute-nojs");
  if (nojs) nojs.hidden = true;

  const msg = (key) => form.getAttribute(`data-msg-${key.replace(/\./g, "-")}`) || key;
  const fieldBlocks = () => Array.from(form.querySelectorAll(".contribute-field[data-field]"));
  const inputs = (name) => Array.from(form.querySelectorAll(`[name='${name}']`));
  /* The block of a field by its name or a path in it (contact.email -> contact). */
  const blockOf = (path) => form.querySelector(`.contribute-field[data-field='${path.split(".")[0]}']`);

  function text(name) {
    const el = inputs(name)[0];
    return el ? el.value.trim() : "";
  }

  /* The card's front matter from the form, in the order of the fields; empty fields left out. */
  function collect() {
    const data = {};
    fieldBlocks().forEach((block) => {
      const name = block.getAttribute("data-field");
      const kind = block.getAttribute("data-kind");
      if (kind === "text" || kind === "url" || kind === "date") {
        const v = text(name);
        if (v !== "") data[name] = v;
      } else if (kind === "year") {
        const v = text(name);
        if (v !== "") data[name] = /^[0-9]+$/.test(v) ? parseInt(v, 10) : v;
      } else if (kind === "text_list") {
        const v = text(name).split(/\r?\n/).map((s) => s.trim()).filter((s) => s !== "");
        if (v.length) data[name] = v;
      } else if (kind === "many_of") {
        const v = inputs(name).filter((i) => i.checked).map((i) => i.value);
        if (v.length) data[name] = v;
      } else if (kind === "one_of" || kind === "rating") {
        const els = inputs(name);
        const v = els.length && els[0].tagName === "SELECT" ? els[0].value
          : (els.filter((i) => i.checked)[0] || { value: "" }).value;
        if (v !== "") data[name] = kind === "rating" ? parseInt(v, 10) : v;
      } else if (kind === "contact" || kind === "image") {
        const parts = kind === "contact" ? ["name", "email", "url"] : ["file", "alt"];
        const o = {};
        parts.forEach((p) => {
          const s = text(`${name}.${p}`);
          if (s !== "") o[p] = s;
        });
        if (Object.keys(o).length) data[name] = o;
      } else if (kind === "links") {
        const links = [];
        for (let i = 0; inputs(`links.${i}.title`).length; i++) {
          const l = {};
          const t = text(`links.${i}.title`);
          const u = text(`links.${i}.url`);
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
    const s = e.schema || {};
    const types = [].concat(s.type || []);
    switch (e.keyword) {
      case "required": return types.indexOf("array") >= 0 ? msg("error.choose") : msg("error.required");
      case "minItems": return msg("error.choose");
      case "enum": return msg("error.choice");
      case "minimum": case "maximum":
        return msg("error.range").replace("{min}", s.minimum).replace("{max}", s.maximum);
      case "type": return types.indexOf("integer") >= 0 ? msg("error.number") : msg("error.text");
      case "format": return msg("error.date");
      case "additionalProperties": return msg("error.unknown");
      case "section": return msg("error.section");
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
    const parts = path.split(".");
    while (parts.length) {
      const el = byId(`f-${parts.join(".")}-error`);
      if (el) return { el, name: parts.join(".") };
      parts.pop();
    }
    return null;
  }

  function labelOf(name) {
    const block = blockOf(name);
    const l = block && block.querySelector("legend, label");
    return l ? l.textContent.replace(/\s*\(.*\)\s*$/, "").trim() : name;
  }

  function focusTarget(name) {
    const block = blockOf(name);
    return block ? block.querySelector("input, select, textarea") : null;
  }

  function clearErrors() {
    form.querySelectorAll(".contribute-error").forEach((el) => {
      el.textContent = "";
      el.hidden = true;
    });
    form.querySelectorAll("[aria-invalid]").forEach((el) => el.removeAttribute("aria-invalid"));
    summary.hidden = true;
    summary.textContent = "";
  }

  function showErrors(errors) {
    clearErrors();
    const shown = {};
    const list = document.createElement("ul");
    errors.forEach((e) => {
      const slot = errorSlot(e.path);
      if (!slot || shown[slot.name]) return;
      shown[slot.name] = true;
      const text = message(e);
      slot.el.textContent = text;
      slot.el.hidden = false;
      const block = blockOf(e.path);
      (block ? block.querySelectorAll("input, select, textarea") : []).forEach((i) => {
        i.setAttribute("aria-invalid", "true");
      });
      const target = focusTarget(e.path);
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = `#${target ? target.id : ""}`;
      a.textContent = `${labelOf(e.path)}: ${text}`;
      a.addEventListener("click", (ev) => {
        if (target) {
          ev.preventDefault();
          target.focus();
        }
      });
      li.appendChild(a);
      list.appendChild(li);
    });
    const h = document.createElement("h2");
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
    let out = "";
    Object.keys(data).forEach((k) => {
      const v = data[k];
      if (Array.isArray(v) && v.length && typeof v[0] === "object") {
        out += `${k}:\n`;
        v.forEach((o) => {
          Object.keys(o).forEach((p, i) => {
            out += `${i === 0 ? "  - " : "    "}${p}: ${scalar(o[p])}\n`;
          });
        });
      } else if (Array.isArray(v)) {
        out += `${k}: [${v.map(scalar).join(", ")}]\n`;
      } else if (v !== null && typeof v === "object") {
        out += `${k}:\n`;
        Object.keys(/** @type {!Object} */ (v)).forEach((p) => { out += `  ${p}: ${scalar(v[p])}\n`; });
      } else {
        out += `${k}: ${scalar(v)}\n`;
      }
    });
    return out;
  }

  /* ---- The body's sections, when site.yaml declares them (the schema lists them) ---- */
  const declared = schema["x-stek-sections"] || [];
  const sectionBlocks = () => Array.from(form.querySelectorAll(".contribute-field[data-kind='section']"));
  const areaText = (block) => block.querySelector("textarea").value.replace(/\r\n/g, "\n").replace(/\s+$/, "");

  /* A heading as stek check compares it: case, accents, spaces and closing ?:.! do not count. */
  function normal(h) {
    return h.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/\s+/g, " ").trim().replace(/[\s?:.!]+$/, "");
  }

  /* What stek check says of sections: a required one empty, a declared heading inside another. */
  function checkSections(errors) {
    sectionBlocks().forEach((block) => {
      const path = block.getAttribute("data-field");
      const s = declared.filter((d) => `section-${d.key}` === path)[0];
      if (!s) return;
      const text = areaText(block).replace(/<!--[\s\S]*?-->/g, "").trim();
      if (s.required && text === "") errors.push({ path, keyword: "required", schema: {} });
      const own = text.split("\n").some((line) => {
        const m = /^##[ \t]+(.*)$/.exec(line);
        return m && declared.some((d) => d.headings.some((h) => normal(h) === normal(m[1])));
      });
      if (own) errors.push({ path, keyword: "section", schema: {} });
    });
  }

  function body() {
    const blocks = sectionBlocks();
    if (!blocks.length) return byId("f-body").value.replace(/\r\n/g, "\n").replace(/\s+$/, "");
    return blocks.map((block) => {
      const text = areaText(block).replace(/^\s+/, "");
      return text ? `## ${block.getAttribute("data-heading")}\n\n${text}` : "";
    }).filter(Boolean).join("\n\n");
  }

  function card() {
    const text = body();
    return `---\n${yaml(collect())}---\n${text ? `\n${text}\n` : ""}`;
  }

  function slug(title) {
    const s = title.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
    return s || "card";
  }

  /* The file is named after the field that names the card: a title, or a profile's name. */
  const filename = () => `${slug(text(form.getAttribute("data-title-field") || "title"))}.md`;

  /* "Propose": the code host's own new-file page, with the card's name and text in the link where
     the host fills them in (data-new-file has {name} and {text}); past the length a link can
     safely carry, the steps to download and upload instead. Nothing is sent from here. */
  const propose = byId("contribute-propose");
  function refreshPropose() {
    if (!propose) return;
    const link = byId("contribute-propose-link");
    const name = byId("contribute-propose-name");
    if (name) name.textContent = `${folder}/${filename()}`;
    const template = propose.getAttribute("data-new-file");
    if (template.indexOf("{text}") < 0) {
      link.href = template;
      return;
    }
    const url = template.replace("{name}", encodeURIComponent(filename()))
      .replace("{text}", encodeURIComponent(card()));
    const tooLong = url.length > parseInt(propose.getAttribute("data-max-url"), 10);
    byId("contribute-propose-go").hidden = tooLong;
    byId("contribute-propose-long").hidden = !tooLong;
    if (!tooLong) link.href = url;
  }

  function refresh() {
    output.value = card();
    filenameEl.textContent = `${folder}/${filename()}`;
    refreshPropose();
  }

  function validate() {
    const errors = [];
    window.stekValidate(schema, collect(), "", errors);
    checkSections(errors);
    return errors;
  }

  function check() {
    const errors = validate();
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
    const blob = new Blob([card()], { type: "text/markdown;charset=utf-8" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = filename();
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    form.setAttribute("data-downloaded", a.download);
    window.setTimeout(() => {
      URL.revokeObjectURL(a.href);
      a.parentNode.removeChild(a);
    }, 1000);
  }

  /** @suppress {deprecated} execCommand: where the clipboard API is missing or refused */
  function copy() {
    if (!check()) return;
    output.focus();
    output.select();
    const done = () => { status.textContent = msg("copied"); };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(output.value).then(done, () => {
        if (document.execCommand("copy")) done();
      });
    } else if (document.execCommand("copy")) {
      done();
    }
  }

  /* ---- The draft in localStorage ---- */
  function save() {
    const state = {};
    Array.from(form.elements).forEach((el) => {
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
    let state;
    try {
      state = JSON.parse(window.localStorage.getItem(STORE) || "null");
    } catch (e) {
      state = null;
    }
    if (!state) return;
    Array.from(form.elements).forEach((el) => {
      if (!el.name || el.readOnly || !(el.name in state)) return;
      if (el.type === "checkbox" || el.type === "radio") {
        el.checked = [].concat(state[el.name]).indexOf(el.value) >= 0;
      } else {
        el.value = state[el.name];
      }
    });
  }

  function today() {
    const d = new Date();
    const two = (n) => (n < 10 ? "0" : "") + n;
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  }

  function defaults() {
    const published = inputs("published")[0];
    if (published && published.value === "") published.value = today();
  }

  restore();
  defaults();
  refresh();
  form.addEventListener("input", () => {
    refresh();
    save();
  });
  form.addEventListener("change", () => {
    refresh();
    save();
    if (checked && !validate().length) clearErrors();
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    check();
  });
  if (propose) {
    propose.hidden = false;
    byId("contribute-propose-link").addEventListener("click", (e) => {
      if (!check()) e.preventDefault();
    });
  }
  byId("contribute-download").addEventListener("click", download);
  byId("contribute-copy").addEventListener("click", copy);
  byId("contribute-clear").addEventListener("click", () => {
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
