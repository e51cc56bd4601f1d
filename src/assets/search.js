// Runs the /search/ page: reads ?q=, queries the Pagefind index that the build wrote to
// <site>/pagefind/, and lists the matching meetings, updating as you type. Paths are taken from
// this file's own URL, so the site works under any path prefix.

const SHOWN = 20;
const siteRoot = new URL("../", import.meta.url);
const form = document.querySelector("form.search-form");
const input = document.querySelector("#search-query");
const status = document.querySelector("[data-search-status]");
const list = document.querySelector("[data-search-results]");

/** @type {Promise<any> | null} */
let loading = null;
function loadPagefind() {
  loading ??= import(new URL("pagefind/pagefind.js", siteRoot).href).then(async (pagefind) => {
    await pagefind.options({ baseUrl: siteRoot.pathname });
    return pagefind;
  });
  return loading;
}

/** Pagefind's excerpt is HTML with <mark> around the matches: keep the text and the marks only. */
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
  return [...parsed.body.firstChild.childNodes].map((node) => {
    if (node.nodeName !== "MARK") return document.createTextNode(node.textContent ?? "");
    const mark = document.createElement("mark");
    mark.textContent = node.textContent;
    return mark;
  });
}

function resultItem(data) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  heading.className = "entry-title";
  const link = document.createElement("a");
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta.date) {
    const date = document.createElement("p");
    date.className = "entry-date";
    date.textContent = data.meta.date;
    item.prepend(date);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "search-excerpt";
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(excerpt);
  return item;
}

let latest = 0;
async function run(query) {
  const ticket = ++latest;
  const url = new URL(location.href);
  if (query) url.searchParams.set("q", query);
  else url.searchParams.delete("q");
  history.replaceState(null, "", url);
  if (!query.trim()) {
    status.textContent = "Type words to search the notes of every meeting.";
    list.replaceChildren();
    return;
  }
  let pagefind;
  try {
    pagefind = await loadPagefind();
  } catch {
    status.textContent = "The search index is missing from this copy of the site; it is written by `npm run build`.";
    return;
  }
  const search = await pagefind.search(query);
  const results = await Promise.all(search.results.slice(0, SHOWN).map((r) => r.data()));
  if (ticket !== latest) return;
  const total = search.results.length;
  status.textContent =
    total === 0
      ? `No meeting matches “${query}”.`
      : `${total} ${total === 1 ? "meeting matches" : "meetings match"} “${query}”${total > SHOWN ? `; the best ${SHOWN} are shown` : ""}.`;
  list.replaceChildren(...results.map(resultItem));
}

let timer = 0;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value), 200);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  run(input.value);
});

const initial = new URLSearchParams(location.search).get("q") ?? "";
input.value = initial;
run(initial);
