// Progressive enhancement only: every page works without JavaScript.
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    var toggle = document.querySelector(".main-nav__toggle");
    var list = document.getElementById("main-nav-list");
    if (toggle && list) {
        toggle.addEventListener("click", function () {
            var open = list.classList.toggle("is-open");
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && list.classList.contains("is-open")) {
                list.classList.remove("is-open");
                toggle.setAttribute("aria-expanded", "false");
                toggle.focus();
            }
        });
    }
    // Filters folded behind a button on phones start open where the screen has room for them.
    document.querySelectorAll("details[data-open-from]").forEach(function (details) {
        if (window.matchMedia(details.getAttribute("data-open-from")).matches) { details.open = true; }
    });
    document.querySelectorAll("[data-print]").forEach(function (button) {
        button.addEventListener("click", function () { window.print(); });
    });
})();
