/* A spectator: answers the audience (rescue) question once; sees the public view. */
"use strict";
(function () {
  var R = RCV, el = R.el, key = R.hashParam("k"), round = null, link = null;
  function status(t, cls) { var s = el("status"); s.textContent = t; s.className = "status " + (cls || ""); }
  function chosenKey(id) { return localStorage.getItem("rcv.aud." + id) || ""; }
  function renderRound() {
    var keys = el("keys"); keys.innerHTML = "";
    if (!round || !round.round) { status(R.say("audience_wait"), ""); R.text("question", ""); return; }
    R.text("question", round.text || "");
    var mine = chosenKey(round.round);
    if (mine) status(R.say("audience_done", { answer: mine }), "answered");
    else if (round.open) status(R.say("audience_go"), "armed");
    else status(R.say("audience_closed"), "locked");
    (round.letters || "").split("").forEach(function (letter, i) {
      var b = document.createElement("button"); b.type = "button"; b.textContent = letter;
      var small = document.createElement("small"); small.textContent = (round.options || [])[i] || ""; b.appendChild(small);
      b.disabled = !round.open || !!mine; if (mine === letter) b.className = "chosen";
      b.onclick = function () {
        localStorage.setItem("rcv.aud." + round.round, letter);
        link.send({ t: "aud", round: round.round, key: letter }); renderRound();
      };
      keys.appendChild(b);
    });
  }
  function onMessage(m) {
    if (m.t === "round") { round = m; renderRound(); }
    else if (m.t === "public") {
      R.text("floor", R.say("standing", { n: m.standing, total: m.total }));
      var a = m.audience;
      R.text("count", a ? (a.right === null || a.right === undefined ? R.say("audience_count", { n: a.answered }) : R.say("audience_right", { n: a.right })) : "");
    } else if (m.t === "refused") status(R.say("bad_token"), "wrong");
    else if (m.t === "closed") status(R.say("closed"), "offline");
  }
  R.loadWords(function () {
    R.text("title", R.say("audience_title")); document.title = R.say("audience_title");
    R.text("lang", R.say("language")); el("lang").onclick = R.toggleLanguage;
    link = new R.Link(function () { link.send({ t: "hello", role: "audience", key: key }); renderRound(); },
      onMessage, function (up) { if (!up) status(R.say("connecting"), "offline"); });
  });
})();
