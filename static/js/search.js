// The search page: runs Pagefind's JS API over the bundles the build wrote into pagefind/<shard>/,
// one per group of years (listed in the results list's data-bundles), merged into one search.
// Bundles are found relative to this file, so the site works under any base path; the
// timeline's plain GET form lands here with ?q=..., which is searched at once.
const form = document.querySelector("form.search-form");
const input = form.querySelector("input[name=q]");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const timelineUrl = new URL("../../index.html", import.meta.url).href;
const siteRoot = new URL("../../", import.meta.url);
const bundles = list.dataset.bundles.split(" ").filter(Boolean).map((folder) => new URL(`${folder}/`, siteRoot));
const MAX_RESULTS = 50;
let pagefind = null;
let latest = 0;
let timer = 0;

function loadPagefind() {
  pagefind ??= import(new URL("pagefind.js", bundles[0]).href).then(async (module) => {
    // Result URLs are relative to the site root, wherever the bundles sit below it.
    const baseUrl = siteRoot.pathname;
    await module.options({ excerptLength: 30, baseUrl });
    for (const bundle of bundles.slice(1)) await module.mergeIndex(bundle.href, { baseUrl });
    await module.init();
    return module;
  });
  return pagefind;
}

// Pagefind excerpts are HTML with <mark> around hits; rebuild them from text so nothing else gets in.
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  const nodes = [];
  for (const node of parsed.body.firstChild.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent));
    }
  }
  return nodes;
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta?.title || data.url;
  heading.append(link);
  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  excerpt.append(...excerptNodes(data.excerpt || ""));
  item.append(heading, excerpt);
  return item;
}

function say(text, withTimelineLink = false) {
  status.replaceChildren(text);
  if (withTimelineLink) {
    const link = document.createElement("a");
    link.href = timelineUrl;
    link.textContent = "timeline";
    status.append(" Every article is listed on the ", link, ".");
  }
}

function describe(total, shown, query) {
  if (total === 0) return `No article matches “${query}”.`;
  const noun = total === 1 ? "article matches" : "articles match";
  return `${total} ${noun} “${query}”` + (shown < total ? `; showing the first ${shown}.` : ".");
}

async function run(rawQuery) {
  const ticket = ++latest;
  const query = rawQuery.trim();
  list.replaceChildren();
  list.hidden = true;
  if (!query) {
    say("Type a word or a name to search every article.");
    return;
  }
  say("Searching…");
  let search, found;
  try {
    search = await (await loadPagefind()).search(query);
    found = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
  } catch (error) {
    if (ticket === latest) say(`Search could not load (${error.message || error}).`, true);
    return;
  }
  if (ticket !== latest) return;
  list.replaceChildren(...found.map(resultItem));
  list.hidden = found.length === 0;
  say(describe(search.results.length, found.length, query), found.length === 0);
}

function remember(query) {
  const address = new URL(window.location.href);
  if (query.trim()) address.searchParams.set("q", query.trim());
  else address.searchParams.delete("q");
  window.history.replaceState(null, "", address);
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  window.clearTimeout(timer);
  remember(input.value);
  run(input.value);
});

input.addEventListener("input", () => {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    remember(input.value);
    run(input.value);
  }, 200);
});

input.value = new URLSearchParams(window.location.search).get("q") ?? "";
run(input.value);
