// The nomination form's quota panel follows the campaign and unit chosen on the form.
//
// The panel ([data-nomination-guidance]) carries the URL that serves it alone; when the
// officer picks another campaign or unit, the panel is fetched for that choice and put
// in place of the old one. Nothing typed in the form is touched. Without the URL (or on
// a failed request) the panel simply stays as it was.
(() => {
    "use strict";

    const WATCHED = new Set(["campaign", "unit"]);
    let pending = null;

    const currentPanel = () => document.querySelector("[data-nomination-guidance][data-refresh-url]");

    async function refresh(form) {
        const panel = currentPanel();
        if (!panel) {
            return;
        }
        const query = new URLSearchParams();
        for (const name of WATCHED) {
            const field = form.elements.namedItem(name);
            if (field && field.value) {
                query.set(name, field.value);
            }
        }
        if (panel.dataset.nomination) {
            query.set("nomination", panel.dataset.nomination);
        }
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        panel.setAttribute("aria-busy", "true");
        try {
            const response = await fetch(`${panel.dataset.refreshUrl}?${query}`, {
                credentials: "same-origin",
                headers: { "X-Requested-With": "XMLHttpRequest" },
                signal: pending.signal,
            });
            if (!response.ok) {
                return;
            }
            const holder = document.createElement("template");
            holder.innerHTML = (await response.text()).trim();
            const fresh = holder.content.querySelector("[data-nomination-guidance]");
            if (fresh) {
                panel.replaceWith(fresh);
            }
        } catch (error) {
            if (error.name !== "AbortError") {
                throw error;
            }
        } finally {
            panel.removeAttribute("aria-busy");
        }
    }

    document.addEventListener("change", (event) => {
        const field = event.target;
        if (!field.form || !WATCHED.has(field.name) || !field.form.contains(currentPanel())) {
            return;
        }
        refresh(field.form);
    });
})();
