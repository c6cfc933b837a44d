// Print and share buttons on a document's page.
document.addEventListener("click", async (event) => {
    if (event.target.closest("[data-legal-print]")) {
        window.print();
        return;
    }
    const share = event.target.closest("[data-legal-share]");
    if (!share) return;
    const data = { title: document.title, url: window.location.href };
    if (navigator.share) {
        try { await navigator.share(data); } catch (error) { /* the reader closed the share sheet */ }
    } else if (navigator.clipboard) {
        await navigator.clipboard.writeText(data.url);
        share.textContent = share.dataset.copied;
    }
});
