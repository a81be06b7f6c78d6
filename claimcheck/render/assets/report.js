(function () {
  "use strict";
  // Details live server-rendered (and escaped) in #cc-tips; the tooltip only clones them, never parses text as HTML.
  var tip = document.getElementById("cc-tip");
  var status = document.getElementById("cc-status");
  var selected = null;

  function cardsFor(el) {
    return (el.getAttribute("data-tip") || "").split(/\s+/).map(function (id) {
      return id ? document.getElementById(id) : null;
    }).filter(Boolean);
  }

  function cloneCard(card) {
    var copy = card.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (n) { n.removeAttribute("id"); });
    return copy;
  }

  function place(el) {
    var r = el.getBoundingClientRect();
    var width = tip.offsetWidth;
    var left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
    var below = r.bottom + 8;
    var top = below + tip.offsetHeight > window.innerHeight && r.top > tip.offsetHeight + 8
      ? r.top - tip.offsetHeight - 8 : below;
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (top + window.scrollY) + "px";
  }

  function show(el) {
    var cards = cardsFor(el);
    if (!cards.length) { hide(); return; }
    tip.replaceChildren.apply(tip, cards.map(cloneCard));
    tip.hidden = false;
    place(el);
  }

  function hide() { tip.hidden = true; }

  function markFrom(target) {
    return target && target.closest ? target.closest("[data-tip]") : null;
  }

  function select(sourceId) {
    var turnOn = selected !== sourceId;
    document.querySelectorAll(".is-selected").forEach(function (n) { n.classList.remove("is-selected"); });
    document.querySelectorAll("[data-select]").forEach(function (n) { n.setAttribute("aria-pressed", "false"); });
    selected = turnOn ? sourceId : null;
    if (!turnOn) { status.textContent = "Source highlighting cleared."; return; }
    var token = CSS.escape(sourceId);
    var mentions = document.querySelectorAll('.mk-source[data-sources~="' + token + '"]');
    mentions.forEach(function (n) { n.classList.add("is-selected"); });
    document.querySelectorAll('[data-select="' + token + '"]').forEach(function (n) {
      n.setAttribute("aria-pressed", "true");
    });
    var entry = document.getElementById("roster-" + sourceId);
    if (entry) { entry.classList.add("is-selected"); }
    var name = entry ? entry.getAttribute("data-name") : sourceId;
    status.textContent = name + ": " + mentions.length + " mention" + (mentions.length === 1 ? "" : "s") + " highlighted.";
  }

  document.addEventListener("mouseover", function (e) {
    var el = markFrom(e.target);
    if (el) { show(el); } else { hide(); }
  });
  document.addEventListener("focusin", function (e) {
    var el = markFrom(e.target);
    if (el) { show(el); } else { hide(); }
  });
  document.addEventListener("focusout", function (e) {
    if (!markFrom(e.relatedTarget)) { hide(); }
  });
  document.addEventListener("click", function (e) {
    var el = e.target.closest ? e.target.closest("[data-select]") : null;
    if (el) { select(el.getAttribute("data-select")); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { hide(); return; }
    var el = e.target.closest ? e.target.closest("[data-select]") : null;
    if (el && el.getAttribute("role") === "button" && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      select(el.getAttribute("data-select"));
    }
  });
  window.addEventListener("beforeprint", hide);
})();
