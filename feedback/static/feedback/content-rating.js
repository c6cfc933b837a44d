// Sends the rating without leaving the page; without JavaScript the form posts normally.
document.querySelectorAll("form[data-content-rating]").forEach((form) => {
  const status = form.querySelector("[role=status]");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "omit",
      });
      const data = await response.json();
      status.textContent = data.message;
      status.classList.toggle("error", !data.ok);
    } catch {
      form.submit();
    } finally {
      button.disabled = false;
    }
  });
});
