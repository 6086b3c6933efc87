/* Checks a value against a JSON Schema, for the keywords stek's card schemas use (type, enum,
   minLength, pattern, format date, minimum, maximum, minItems, items, required, properties,
   additionalProperties). A classic script: stekValidate(schema, value, "", errors) appends
   {path, keyword, schema} for each failure, path like "contact.email" or "themes.0". */
(() => {
  "use strict";
  function isType(t, v) {
    switch (t) {
      case "null": return v === null;
      case "string": return typeof v === "string";
      case "integer": return typeof v === "number" && Math.floor(v) === v;
      case "number": return typeof v === "number";
      case "boolean": return typeof v === "boolean";
      case "array": return Array.isArray(v);
      case "object": return v !== null && typeof v === "object" && !Array.isArray(v);
    }
    return false;
  }

  function realDate(s) {
    const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(s);
    if (!m) return false;
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
  }

  function validate(s, v, path, errors) {
    const fail = (keyword) => errors.push({ path, keyword, schema: s });
    if (s.type !== undefined) {
      const types = [].concat(s.type);
      if (!types.some((t) => isType(t, v))) {
        fail("type");
        return;
      }
    }
    if (v === null) return;
    if (s["enum"] && !s["enum"].some((e) => e === v)) fail("enum");
    if (typeof v === "string") {
      if (s.minLength !== undefined && Array.from(v).length < s.minLength) {
        fail("minLength");
        return;
      }
      if (s.pattern !== undefined && !new RegExp(s.pattern, "u").test(v)) {
        fail("pattern");
        return;
      }
      if (s.format === "date" && !realDate(v)) fail("format");
    }
    if (typeof v === "number") {
      if (s.minimum !== undefined && v < s.minimum) fail("minimum");
      else if (s.maximum !== undefined && v > s.maximum) fail("maximum");
    }
    if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems) fail("minItems");
      if (s.items) v.forEach((x, i) => validate(s.items, x, `${path}.${i}`, errors));
    }
    if (isType("object", v)) {
      const props = s.properties || {};
      const at = (k) => (path ? `${path}.${k}` : k);
      (s.required || []).forEach((k) => {
        if (!(k in v)) errors.push({ path: at(k), keyword: "required", schema: props[k] || {} });
      });
      Object.keys(v).forEach((k) => {
        const sub = props[k];
        if (sub) validate(sub, v[k], at(k), errors);
        else if (s.additionalProperties === false) errors.push({ path: at(k), keyword: "additionalProperties", schema: {} });
      });
    }
  }

  window.stekValidate = validate;
})();
