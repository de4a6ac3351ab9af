/* rcv pages: words from the server's catalogue, a WebSocket that reconnects by itself.
   Plain ES5-friendly JavaScript, no build step, nothing from the internet. */
"use strict";
var RCV = (function () {
  var words = {};
  function lang() {
    var saved = localStorage.getItem("rcv.lang");
    if (saved === "vi" || saved === "en") return saved;
    return (navigator.language || "vi").toLowerCase().indexOf("en") === 0 ? "en" : "vi";
  }
  function say(key, params) {
    var text = words[key] || key;
    if (params) {
      Object.keys(params).forEach(function (k) { text = text.split("{" + k + "}").join(String(params[k])); });
    }
    return text;
  }
  function loadWords(done) {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", "/words.json?lang=" + lang());
    xhr.onload = function () {
      try { words = JSON.parse(xhr.responseText); } catch (e) { words = {}; }
      document.documentElement.lang = lang();
      done();
    };
    xhr.onerror = function () { done(); };
    xhr.send();
  }
  function toggleLanguage() {
    localStorage.setItem("rcv.lang", lang() === "vi" ? "en" : "vi");
    location.reload();
  }
  function hashParam(name) {
    var m = new RegExp("[#&]" + name + "=([^&]*)").exec(location.hash);
    return m ? decodeURIComponent(m[1]) : "";
  }
  /* A socket that reconnects with a growing delay; onOpen is called on every (re)connect. */
  function Link(onOpen, onMessage, onState) {
    var self = this, delay = 500, ws = null, stopped = false;
    function connect() {
      var url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws";
      ws = new WebSocket(url);
      ws.onopen = function () { delay = 500; onState(true); onOpen(); };
      ws.onmessage = function (e) {
        var m; try { m = JSON.parse(e.data); } catch (err) { return; }
        if (m.t === "closed") { stopped = true; }
        onMessage(m);
      };
      ws.onclose = function () {
        onState(false);
        if (stopped) return;
        setTimeout(connect, delay);
        delay = Math.min(delay * 2, 5000);
      };
    }
    self.send = function (m) {
      if (ws && ws.readyState === 1) { ws.send(JSON.stringify(m)); return true; }
      return false;
    };
    self.stop = function () { stopped = true; if (ws) ws.close(); };
    connect();
  }
  function el(id) { return document.getElementById(id); }
  function show(id, on) { el(id).hidden = !on; }
  function text(id, t) { el(id).textContent = t; }
  return { say: say, loadWords: loadWords, lang: lang, toggleLanguage: toggleLanguage,
           hashParam: hashParam, Link: Link, el: el, show: show, text: text };
})();
