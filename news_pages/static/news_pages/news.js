// Article tools, as progressive enhancement: without JavaScript the share links still work.
(function () {
    "use strict";
    document.querySelectorAll(".news-article__tools [data-print][hidden]").forEach(function (button) {
        button.hidden = false;
    });
    var status = document.querySelector(".share-links__status");
    document.querySelectorAll("[data-copy-link]").forEach(function (button) {
        if (!navigator.clipboard) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.clipboard.writeText(button.getAttribute("data-copy-link")).then(function () {
                if (status) {
                    status.textContent = button.getAttribute("data-copied-text");
                }
            });
        });
    });
})();
