// Refreshes the footer's visit counter, whose HTML may come from a page cache.
(function () {
    "use strict";
    var block = document.querySelector("[data-visit-stats-url]");
    if (!block || !window.fetch) { return; }
    var format = new Intl.NumberFormat(document.documentElement.lang || "vi");
    fetch(block.getAttribute("data-visit-stats-url"), { credentials: "omit" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (stats) {
            if (!stats) { return; }
            block.querySelectorAll("[data-stat]").forEach(function (cell) {
                var value = stats[cell.getAttribute("data-stat")];
                if (typeof value === "number") { cell.textContent = format.format(value); }
            });
        })
        .catch(function () {});
})();
