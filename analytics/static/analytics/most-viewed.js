// Turns each "Xem nhiều nhất" block's window headings into accessible tabs (WAI-ARIA tabs pattern).
(function () {
    "use strict";
    document.querySelectorAll("[data-most-viewed]:not([data-tabs-ready])").forEach(function (block) {
        var panels = Array.prototype.slice.call(block.querySelectorAll(".most-viewed__panel"));
        if (panels.length < 2) { return; }
        block.setAttribute("data-tabs-ready", "");
        var list = document.createElement("div");
        list.className = "most-viewed__tabs";
        list.setAttribute("role", "tablist");
        list.setAttribute("aria-labelledby", block.getAttribute("aria-labelledby"));
        var tabs = panels.map(function (panel, index) {
            var tab = document.createElement("button");
            tab.type = "button";
            tab.className = "most-viewed__tab";
            tab.id = panel.id + "-tab";
            tab.textContent = panel.getAttribute("data-tab-label");
            tab.setAttribute("role", "tab");
            tab.setAttribute("aria-controls", panel.id);
            panel.setAttribute("role", "tabpanel");
            panel.setAttribute("aria-labelledby", tab.id);
            panel.setAttribute("tabindex", "0");
            panel.querySelector(".most-viewed__window").hidden = true;
            tab.addEventListener("click", function () { select(index, false); });
            tab.addEventListener("keydown", function (event) {
                var step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
                if (event.key === "Home") { select(0, true); }
                else if (event.key === "End") { select(tabs.length - 1, true); }
                else if (step) { select((index + step + tabs.length) % tabs.length, true); }
                else { return; }
                event.preventDefault();
            });
            list.appendChild(tab);
            return tab;
        });
        function select(chosen, focus) {
            tabs.forEach(function (tab, index) {
                var selected = index === chosen;
                tab.setAttribute("aria-selected", selected ? "true" : "false");
                tab.tabIndex = selected ? 0 : -1;
                panels[index].hidden = !selected;
            });
            if (focus) { tabs[chosen].focus(); }
        }
        panels[0].parentNode.insertBefore(list, panels[0]);
        select(0, false);
    });
})();
