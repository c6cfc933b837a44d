// Refreshes the footer's visit counter, whose HTML may come from a page cache.
(function () {
    "use strict";
    var block = document.querySelector("[data-visit-stats-url]");
    if (!block || !window.fetch) { return; }
    // Thousands grouped as the server's intcomma does ("1.234" in Vietnamese, "1,234" in English)
    // without Intl.NumberFormat, whose locale data costs the page a long task to load.
    var separator = /^en\b/.test(document.documentElement.lang) ? "," : ".";
    function format(value) { return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator); }
    fetch(block.getAttribute("data-visit-stats-url"), { credentials: "omit" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (stats) {
            if (!stats) { return; }
            block.querySelectorAll("[data-stat]").forEach(function (cell) {
                var value = stats[cell.getAttribute("data-stat")];
                // Figures that have not changed since the page was rendered are left alone:
                // rewriting them would lay the page out again for nothing.
                if (typeof value === "number" && cell.textContent !== format(value)) { cell.textContent = format(value); }
            });
        })
        .catch(function () {});
})();
