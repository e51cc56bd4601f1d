// Filters a long list as you type: the decision log, the issues, the people. The page marks the
// box (data-list-filter="<scope>"), the list (data-filter-scope="<scope>"), each entry
// (data-filter-item) and the groups around entries (data-filter-group), which hide when empty.
// Without JavaScript the box stays hidden and the page's year or initial links narrow the list.

for (const box of document.querySelectorAll("[data-list-filter]")) {
  const scope = document.querySelector(`[data-filter-scope="${box.dataset.listFilter}"]`);
  const input = box.querySelector("input");
  const status = box.querySelector("[role=status]");
  if (!scope || !input || !status) continue;
  const items = [...scope.querySelectorAll("[data-filter-item]")].map((element) => ({
    element,
    text: element.textContent.toLowerCase().replace(/\s+/g, " "),
  }));
  const groups = [...scope.querySelectorAll("[data-filter-group]")];
  const what = box.querySelector("label")?.textContent.replace(/^Filter\s+|\s+on this page$/g, "") ?? "entries";

  const apply = () => {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const match = words.every((word) => item.text.includes(word));
      item.element.hidden = !match;
      if (match) shown++;
    }
    for (const group of groups) group.hidden = !group.querySelector("[data-filter-item]:not([hidden])");
    status.textContent = words.length === 0 ? "" : `${shown} of ${items.length} ${what} match.`;
  };

  input.addEventListener("input", apply);
  box.hidden = false;
  // A value the browser restored (back button) filters at once.
  if (input.value) apply();
}
