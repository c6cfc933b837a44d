// Progressive enhancement only: every page works without JavaScript.
(function () {
    "use strict";
    // base.html's <head> sets the "js" class on <html> before the first paint.
    // A button that shows and hides the panel it names (aria-controls): the menu on a phone, the
    // library's filters. Escape closes an open panel and gives the focus back to its button.
    document.querySelectorAll("[data-disclosure]").forEach(function (toggle) {
        var panel = document.getElementById(toggle.getAttribute("aria-controls"));
        if (!panel) { return; }
        function show(open) {
            panel.classList.toggle("is-open", open);
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
        }
        toggle.addEventListener("click", function () { show(!panel.classList.contains("is-open")); });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && panel.classList.contains("is-open")) {
                show(false);
                toggle.focus();
            }
        });
    });
    // Filters folded behind a button on phones start open where the screen has room for them.
    document.querySelectorAll("details[data-open-from]").forEach(function (details) {
        if (window.matchMedia(details.getAttribute("data-open-from")).matches) { details.open = true; }
    });
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
})();
