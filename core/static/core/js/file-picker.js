/*
 * The chosen file's name beside a file input's "Chọn tệp" button
 * (core/templates/core/widgets/file_picker.html), in place of the browser's own line,
 * which speaks the browser's language. One listener for the whole page, so inputs added
 * later (a new row of a form) are served too.
 */
(function () {
    "use strict";

    function show(input) {
        const picker = input.closest("[data-file-picker]");
        const name = picker && picker.querySelector("[data-file-picker-name]");
        if (!name) {
            return;
        }
        const files = input.files || [];
        if (files.length === 0) {
            name.textContent = name.dataset.empty;
        } else if (files.length === 1) {
            name.textContent = files[0].name;
        } else {
            name.textContent = name.dataset.many.replace("{count}", String(files.length));
        }
    }

    document.addEventListener("change", function (event) {
        const input = event.target;
        if (input instanceof HTMLInputElement && input.type === "file") {
            show(input);
        }
    });

    // A form reset empties its inputs without a change event.
    document.addEventListener("reset", function (event) {
        window.setTimeout(function () {
            event.target.querySelectorAll("[data-file-picker] input[type=file]").forEach(show);
        });
    });

    // Back to a page the browser kept: the input may still hold the file chosen before.
    window.addEventListener("pageshow", function () {
        document.querySelectorAll("[data-file-picker] input[type=file]").forEach(show);
    });
})();
