/* Loaded in <head> before the page paints: apply the reader's saved theme, mark the page as scripted. */
(function (root) {
  root.classList.add("js");
  try {
    var theme = window.localStorage.getItem("briefing-theme");
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  } catch (error) { /* storage blocked: follow the system setting */ }
})(document.documentElement);
