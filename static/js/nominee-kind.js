// A collective's nomination shows no person's fields (position, gender, birth date, ethnicity,
// ID number, phone, portrait and its consent), without a reload.
//
// The form's panels holding them carry data-individual-only (nominations/models/nominations.py);
// while the kind (#id_kind) reads "collective" they are hidden, and shown again for an
// individual. Nothing typed is cleared here: the form drops a collective's person fields when
// it is saved. Without this script every field stays shown.
(() => {
    "use strict";

    const COLLECTIVE = "collective";

    function follow(kind) {
        const form = kind.form;
        if (!form) {
            return;
        }
        const collective = kind.value === COLLECTIVE;
        for (const panel of form.querySelectorAll("[data-individual-only]")) {
            panel.hidden = collective;
        }
    }

    function start() {
        const kind = document.getElementById("id_kind");
        if (kind) {
            follow(kind);
        }
    }

    document.addEventListener("change", (event) => {
        if (event.target.id === "id_kind") {
            follow(event.target);
        }
    });
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
