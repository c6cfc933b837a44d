/*
 * Progress of a document import in the admin: the upload's share as a bar, then a moving bar
 * while the server checks and saves every row. Without JavaScript the form posts as usual.
 */
(function () {
  "use strict";
  var form = document.querySelector("[data-import-form]");
  var box = document.querySelector("[data-import-progress]");
  if (!form || !box || !window.FormData) {
    return;
  }
  var bar = box.querySelector("progress");
  var label = box.querySelector("[data-import-progress-label]");

  form.addEventListener("submit", function (event) {
    var file = form.querySelector("input[type=file][name=file]");
    if (!file || !file.files.length) {
      return; // the server says what is missing
    }
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.href);
    request.upload.addEventListener("progress", function (progress) {
      if (progress.lengthComputable) {
        var percent = Math.round((progress.loaded / progress.total) * 100);
        bar.value = percent;
        label.textContent = box.dataset.uploading + ": " + percent + "%";
      }
    });
    request.upload.addEventListener("load", function () {
      bar.removeAttribute("value"); // indeterminate: the rows are being checked and saved
      label.textContent = box.dataset.checking;
    });
    request.addEventListener("load", function () {
      // Shown as the server rendered it: the listing with its "imported" message (already read
      // from the session, so not loaded again), or the form with its errors or update preview.
      if (request.responseURL && request.responseURL !== window.location.href) {
        window.history.replaceState(null, "", request.responseURL);
      }
      document.open();
      document.write(request.responseText);
      document.close();
    });
    request.addEventListener("error", function () {
      label.textContent = box.dataset.failed;
      form.querySelector("[type=submit]").disabled = false;
    });
    box.hidden = false;
    form.querySelector("[type=submit]").disabled = true;
    request.send(new FormData(form));
  });
})();
