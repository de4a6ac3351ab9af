/* A referee's tablet (whiteboard mode): one block of seats; tap the seats that wrote a wrong
   answer, send; the MC confirms on the console before anything applies. */
"use strict";
(function () {
  var R = RCV, el = R.el, key = R.hashParam("k"), wrong = {}, link = null;
  function status(t, cls) { var s = el("status"); s.textContent = t; s.className = "status " + (cls || ""); }
  function block() {
    var a = parseInt(el("first").value, 10) || 1, b = parseInt(el("last").value, 10) || a;
    localStorage.setItem("rcv.ref", JSON.stringify([el("name").value, a, b]));
    return [a, Math.max(a, Math.min(b, a + 199))];
  }
  function draw() {
    var g = el("grid"), range = block(); g.innerHTML = "";
    for (var s = range[0]; s <= range[1]; s++) {
      (function (seat) {
        var b = document.createElement("button"); b.type = "button"; b.textContent = seat;
        if (wrong[seat]) b.className = "wrong";
        b.onclick = function () { wrong[seat] = !wrong[seat]; draw(); };
        g.appendChild(b);
      })(s);
    }
  }
  function onMessage(m) {
    if (m.t === "hello") status(R.say("referee_help"), "");
    else if (m.t === "ack") { status(R.say("referee_sent", { n: m.n }), "answered"); wrong = {}; draw(); }
    else if (m.t === "refused") status(R.say("bad_token"), "wrong");
    else if (m.t === "closed") status(R.say("closed"), "offline");
  }
  R.loadWords(function () {
    R.text("title", R.say("referee_title")); R.text("lang", R.say("language")); el("lang").onclick = R.toggleLanguage;
    el("name").placeholder = R.say("referee_name"); el("first").placeholder = R.say("referee_from");
    el("last").placeholder = R.say("referee_to"); R.text("send", R.say("send")); R.text("help", R.say("referee_help"));
    try { var saved = JSON.parse(localStorage.getItem("rcv.ref") || "null"); if (saved) { el("name").value = saved[0]; el("first").value = saved[1]; el("last").value = saved[2]; } } catch (e) {}
    el("first").onchange = draw; el("last").onchange = draw; draw();
    el("send").onclick = function () {
      var range = block(), seats = Object.keys(wrong).filter(function (s) { return wrong[s]; }).map(Number)
        .filter(function (s) { return s >= range[0] && s <= range[1]; });
      link.send({ t: "wrong", first: range[0], last: range[1], seats: seats });
    };
    link = new R.Link(function () { link.send({ t: "hello", role: "referee", key: key, name: el("name").value }); }, onMessage,
      function (up) { if (!up) status(R.say("connecting"), "offline"); });
  });
})();
