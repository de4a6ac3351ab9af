/* The contestant's phone: one seat, its answer, its own state. It never learns the answer
   before the reveal (the server does not send it). */
"use strict";
(function () {
  var R = RCV, el = R.el, store = localStorage;
  var KEY = "rcv.session." + location.host;
  var token = R.hashParam("t");
  var session = store.getItem(KEY) || "";
  var view = null, seat = null, joined = false, waiting = false, online = false;
  var outbox = []; /* presses not acknowledged yet: sent again after a reconnect */
  var counter = parseInt(store.getItem(KEY + ".n") || "0", 10);
  var deadline = null, link = null;

  function setStatus(text, cls) { var s = el("status"); s.textContent = text; s.className = "status " + (cls || ""); }
  function nextN() { counter += 1; store.setItem(KEY + ".n", String(counter)); return counter; }

  function hello() {
    if (session) link.send({ t: "resume", session: session });
    else if (token) link.send({ t: "join", token: token });
    else showJoin();
  }
  function showJoin() { R.show("joinbox", true); R.show("play", false); if (!waiting) setStatus(R.say("join_help"), ""); }

  function onMessage(m) {
    if (m.t === "ping") { link.send({ t: "pong", id: m.id }); return; }
    if (m.t === "joined") {
      joined = true; waiting = false; seat = m.seat; session = m.session; store.setItem(KEY, session);
      token = ""; if (location.hash) history.replaceState(null, "", location.pathname);
      R.show("joinbox", false); R.show("play", true);
      outbox.forEach(function (p) { link.send(p); });
      render(); return;
    }
    if (m.t === "ack") { outbox = outbox.filter(function (p) { return p.n !== m.n; }); return; }
    if (m.t === "state") { view = m; render(); return; }
    if (m.t === "waiting") { waiting = true; setStatus(R.say("waiting_mc"), "locked"); return; }
    if (m.t === "replaced") { joined = false; session = ""; store.removeItem(KEY); setStatus(R.say("replaced"), "out"); showJoin(); return; }
    if (m.t === "refused") {
      if (session) { session = ""; store.removeItem(KEY); }
      token = ""; setStatus(R.say(m.why), "wrong"); R.show("joinbox", true); R.show("play", false); return;
    }
    if (m.t === "closed") { setStatus(R.say("closed"), "offline"); }
  }

  function press(key, text) {
    if (!view || view.mode !== "armed") return;
    var p = text === undefined ? { t: "press", n: nextN(), key: key } : { t: "type", n: nextN(), text: text };
    outbox.push(p); link.send(p);
    view.mode = "answered"; view.mine = text === undefined ? key : text; view.sent = true; render();
  }

  function label(letter, i) {
    if (view.kind === "true_false") return i === 0 ? R.say("true") : R.say("false");
    return letter;
  }
  function render() {
    if (!joined) return;
    var v = view || { mode: "idle" };
    el("seatline").textContent = R.say("seat") + " " + seat + (v.q ? " · " + R.say("question", { number: v.q }) : "");
    var cls = { armed: "armed", answered: "answered", locked: "locked", right: "right", wrong: "wrong", out: "out" }[v.mode] || "";
    var mine = v.mine === null || v.mine === undefined ? "" : (v.kind === "true_false" ? label(v.mine, v.mine === "A" ? 0 : 1) : v.mine);
    var words = { answered: v.sent ? R.say("sent", { answer: mine }) : R.say("answered", { answer: mine }) };
    setStatus(words[v.mode] || R.say(v.mode), cls);
    if (!online) setStatus(R.say("connecting"), "offline");
    if (v.bell) setStatus(R.say("bell"), "right");
    var keys = el("keys"); keys.innerHTML = "";
    var inQuestion = ["shown", "armed", "answered", "locked", "right", "wrong"].indexOf(v.mode) >= 0;
    var short = v.kind === "short";
    R.show("typed", inQuestion && short);
    el("answer").disabled = v.mode !== "armed";
    el("send").disabled = v.mode !== "armed";
    if (inQuestion && !short) {
      (v.letters || "").split("").forEach(function (letter, i) {
        var b = document.createElement("button");
        b.type = "button"; b.textContent = label(letter, i);
        if (v.kind !== "true_false" && v.options && v.options[i]) {
          var small = document.createElement("small"); small.textContent = v.options[i]; b.appendChild(small);
        }
        b.disabled = v.mode !== "armed"; if (v.mine === letter) b.className = "chosen";
        b.setAttribute("data-key", letter);
        b.onclick = function () { press(letter); };
        keys.appendChild(b);
      });
    }
    el("correct").textContent = v.correct ? R.say("correct_was", { answer: v.correct }) : "";
    deadline = v.mode === "armed" && typeof v.left_ms === "number" ? performance.now() + v.left_ms : null;
    tick();
  }
  function tick() {
    el("timer").textContent = deadline === null ? "" : Math.max(0, Math.ceil((deadline - performance.now()) / 1000)) + "";
  }
  setInterval(tick, 250);

  R.loadWords(function () {
    document.title = R.say("title"); R.text("title", R.say("title"));
    R.text("lang", R.say("language")); el("lang").onclick = R.toggleLanguage;
    el("seat").placeholder = R.say("seat"); el("pin").placeholder = R.say("pin");
    R.text("join", R.say("join")); R.text("join_help", R.say("join_help"));
    el("answer").placeholder = R.say("number_hint"); R.text("send", R.say("send"));
    el("joinform").onsubmit = function (e) {
      e.preventDefault();
      var s = parseInt(el("seat").value, 10);
      if (s > 0) { setStatus(R.say("joining"), ""); link.send({ t: "join", seat: s, pin: el("pin").value.trim() }); }
    };
    el("typed").onsubmit = function (e) {
      e.preventDefault(); var t = el("answer").value.trim(); if (t) press(null, t);
    };
    link = new R.Link(hello, onMessage, function (up) { online = up; if (!up) setStatus(R.say("connecting"), "offline"); else if (joined) render(); });
  });
})();
