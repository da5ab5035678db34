/* Progressive enhancement: the dark theme toggle and the timeline filters. Every page works without it. */
(function () {
  "use strict";
  var root = document.documentElement;
  var KEY = "briefing-theme";

  function isDark() {
    var chosen = root.getAttribute("data-theme");
    if (chosen) return chosen === "dark";
    return window.matchMedia("(prefers-color-scheme: dark)").matches;
  }

  function setUpThemeToggle(button) {
    button.setAttribute("aria-pressed", String(isDark()));
    button.addEventListener("click", function () {
      var theme = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", theme);
      button.setAttribute("aria-pressed", String(theme === "dark"));
      try { window.localStorage.setItem(KEY, theme); } catch (error) { /* not remembered */ }
    });
  }

  function matches(entry, choice) {
    return (!choice.publication || entry.getAttribute("data-publication") === choice.publication) &&
      (!choice.year || entry.getAttribute("data-year") === choice.year);
  }

  function showGroups(selector) {
    document.querySelectorAll(selector).forEach(function (group) {
      group.hidden = !group.querySelector(".entry:not([hidden])");
    });
  }

  function remember(choice) {
    var params = new URLSearchParams(window.location.search);
    ["publication", "year"].forEach(function (name) {
      if (choice[name]) params.set(name, choice[name]); else params.delete(name);
    });
    var query = params.toString();
    window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
  }

  function applyFilters(form, status) {
    var choice = { publication: form.elements.publication.value, year: form.elements.year.value };
    var entries = document.querySelectorAll(".timeline .entry");
    var shown = 0;
    entries.forEach(function (entry) {
      entry.hidden = !matches(entry, choice);
      if (!entry.hidden) shown += 1;
    });
    showGroups(".timeline .month");
    showGroups(".timeline .year");
    status.textContent = shown === entries.length ? "Showing all " + entries.length + " articles." :
      "Showing " + shown + " of " + entries.length + " articles.";
    remember(choice);
  }

  function setUpFilters(form) {
    var status = form.querySelector("[data-filter-status]");
    var params = new URLSearchParams(window.location.search);
    ["publication", "year"].forEach(function (name) {
      var select = form.elements[name];
      var wanted = params.get(name);
      if (wanted && select.querySelector('option[value="' + CSS.escape(wanted) + '"]')) select.value = wanted;
    });
    form.addEventListener("change", function () { applyFilters(form, status); });
    form.addEventListener("reset", function () { window.setTimeout(function () { applyFilters(form, status); }, 0); });
    form.addEventListener("submit", function (event) { event.preventDefault(); applyFilters(form, status); });
    applyFilters(form, status);
  }

  var toggle = document.querySelector("[data-theme-toggle]");
  if (toggle) setUpThemeToggle(toggle);
  var filters = document.querySelector("[data-filters]");
  if (filters) setUpFilters(filters);
})();
