/* The livestream overlay (OBS browser source): the projector's public view, on a transparent
   page. Question, countdown, floor count, eliminations, winner. */
"use strict";
(function () {
  var R = RCV, el = R.el, key = R.hashParam("k"), deadline = null, link = null;
  function tick() {
    R.text("timer", deadline === null ? "" : Math.max(0, Math.ceil((deadline - performance.now()) / 1000)) + " s");
  }
  function onMessage(m) {
    if (m.t !== "public") return;
    R.show("ov", m.scene !== "blackout");
    var q = m.question;
    R.text("q", q ? R.say("question", { number: q.number }) + " — " + q.text : m.event || "");
    deadline = q && q.running && typeof q.left_ms === "number" ? performance.now() + q.left_ms : null;
    R.text("floor", R.say("standing", { n: m.standing, total: m.total }));
    R.text("out", m.eliminated_count ? R.say("out_now", { names: m.eliminated_now.join(", ") }) : "");
    R.text("win", m.winners && m.winners.length ? R.say("winner", { names: m.winners.join(", ") }) : "");
    var a = m.audience;
    R.text("aud", a ? R.say("audience_count", { n: a.answered }) : "");
    tick();
  }
  setInterval(tick, 250);
  R.loadWords(function () {
    link = new R.Link(function () { link.send({ t: "hello", role: "overlay", key: key }); }, onMessage, function () {});
  });
})();
