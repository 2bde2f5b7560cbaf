"use strict";
(function () {
  var form = document.getElementById("form");
  var data = form.dataset;
  var groups = Array.prototype.slice.call(form.querySelectorAll("fieldset.q"));
  var notes = Array.prototype.slice.call(form.querySelectorAll("textarea[name]"));
  var status = document.getElementById("status");
  var key = "leadgap-form:" + data.key;
  var total = groups.length;
  // What the page writes, in its language, from leadgap: `{answered}`, `{left}` and `{file}`
  // mark where a number or the file's name goes.
  var words = JSON.parse(data.text);
  function fill(template, values) {
    Object.keys(values).forEach(function (k) {
      template = template.split("{" + k + "}").join(String(values[k]));
    });
    return template;
  }
  function plural(n) {
    var kind = "other";
    try { kind = new Intl.PluralRules(document.documentElement.lang).select(n); } catch (e) { /* no Intl */ }
    return words.left[kind] || words.left.other;
  }

  // Kept in this browser between visits until the file is saved; a browser that refuses
  // storage (private mode, a policy) still has the answers while the page is open.
  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }
  function keep() {
    var s = storage();
    if (!s) { return; }
    var kept = { answers: {}, comments: {} };
    groups.forEach(function (g) {
      var c = g.querySelector("input:checked");
      if (c) { kept.answers[g.dataset.q] = c.value; }
    });
    notes.forEach(function (t) {
      if (t.value) { kept.comments[t.name] = t.value; }
    });
    try { s.setItem(key, JSON.stringify(kept)); } catch (e) { /* full or refused */ }
  }
  function restore() {
    var s = storage();
    var kept = null;
    try { kept = s && JSON.parse(s.getItem(key) || "null"); } catch (e) { kept = null; }
    if (!kept || typeof kept !== "object") { return; }
    groups.forEach(function (g) {
      var v = kept.answers && kept.answers[g.dataset.q];
      g.querySelectorAll("input").forEach(function (r) { if (r.value === v) { r.checked = true; } });
    });
    notes.forEach(function (t) {
      var v = kept.comments && kept.comments[t.name];
      if (typeof v === "string") { t.value = v; }
    });
  }

  function progress() {
    var answered = 0;
    groups.forEach(function (g) {
      var done = !!g.querySelector("input:checked");
      g.classList.toggle("done", done);
      if (done) { answered += 1; }
    });
    status.textContent = fill(words.answered, { answered: answered });
    return answered;
  }

  function focusGroup(g) {
    var r = g.querySelector("input:checked") || g.querySelector("input");
    r.focus();
    g.scrollIntoView({ block: "center" });
  }

  // A digit answers the statement in focus and moves to the next; `s` is "Can't say".
  // Tab and the arrow keys keep what the browser does with radio groups.
  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) { return; }
    var t = ev.target;
    if (!t || t.type !== "radio") { return; }
    var g = t.closest("fieldset.q");
    var value = ev.key === "s" || ev.key === "S" ? "skip" : ev.key;
    if (!g || !/^(?:[0-9]|skip)$/.test(value)) { return; }
    var pick = null;
    g.querySelectorAll("input").forEach(function (r) { if (r.value === value) { pick = r; } });
    if (!pick) { return; }
    ev.preventDefault();
    pick.checked = true;
    changed();
    var next = groups[groups.indexOf(g) + 1];
    if (next) { focusGroup(next); } else { form.querySelector("textarea[name=start]").focus(); }
  });

  function changed() { progress(); keep(); }
  form.addEventListener("change", changed);
  form.addEventListener("input", keep);

  // A TOML basic string: JSON's escapes are TOML's, but TOML also wants DEL escaped and has
  // no lone surrogates.
  function tomlString(s) {
    s = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
    return JSON.stringify(s).replace(/\u007f/g, "\\u007f");
  }
  function today() {
    var d = new Date();
    var two = function (n) { return (n < 10 ? "0" : "") + n; };
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate());
  }
  function answerFile(date) {
    var lines = [
      "# leadgap answer file, saved from the rater form",
      "rubrics = [" + data.rubrics.split(" ").map(tomlString).join(", ") + "]",
      "subject = " + tomlString(data.subject),
      "rater = " + tomlString(data.rater),
      "date = " + date,
      "",
      "[answers]"
    ];
    groups.forEach(function (g) {
      var c = g.querySelector("input:checked");
      var v = c && c.value !== "skip" ? c.value : "\"skip\"";
      lines.push(g.dataset.q + " = " + v);
    });
    var comments = [];
    notes.forEach(function (t) {
      var v = t.value.trim();
      if (v) { comments.push(t.name + " = " + tomlString(v)); }
    });
    if (comments.length) { lines.push("", "[comments]"); lines = lines.concat(comments); }
    return lines.join("\n") + "\n";
  }

  document.getElementById("save").addEventListener("click", function () {
    var date = today();
    var name = data.file + "-" + date + ".toml";
    var text = answerFile(date);
    try {
      var url = URL.createObjectURL(new Blob([text], { type: "text/plain" }));
      var a = document.createElement("a");
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    } catch (e) { /* no download here: the text below is the way */ }
    var left = total - progress();
    document.getElementById("saved-name").textContent =
      fill(left > 0 ? plural(left) : words.saved, { file: name, left: left });
    document.getElementById("copy").value = text;
    var saved = document.getElementById("saved");
    saved.hidden = false;
    var s = storage();
    try { if (s) { s.removeItem(key); } } catch (e) { /* nothing kept */ }
    saved.scrollIntoView({ block: "start" });
  });

  document.getElementById("copy").addEventListener("focus", function (ev) { ev.target.select(); });

  restore();
  progress();
})();
