// The nomination form follows what the officer picks on it, without a reload.
//
// The panel ([data-nomination-guidance]) carries the URLs that serve it alone and the
// form's criteria and works lists. When the officer picks another campaign, unit, award
// type or kind, the panel is fetched for that choice and put in place of the old one; the
// fields a submission needs for that choice get their required mark (*). A new campaign
// or unit also brings its own criteria and works: the lists are swapped, keeping ticked
// what was ticked and is still offered. Nothing typed is touched. Without the URLs (or on
// a failed request) the form simply stays as it was.
(() => {
    "use strict";

    const WATCHED = ["campaign", "unit", "award_type", "kind"];
    // Sent along (not watched: a refresh while typing would move the form under the pointer),
    // so the panel lists the award register's earlier awards of the nominee typed so far.
    const SENT = [...WATCHED, "name", "birth_date", "id_number"];
    const CHOICES_FOLLOW = new Set(["campaign", "unit"]);
    const CHOICE_LISTS = ["criteria", "works"];
    let pending = null;

    const currentPanel = () => document.querySelector("[data-nomination-guidance][data-refresh-url]");
    const words = (text) => (text || "").split(" ").filter(Boolean);

    function queryFor(form, panel) {
        const query = new URLSearchParams();
        for (const name of SENT) {
            const field = form.elements.namedItem(name);
            if (field && field.value) {
                query.set(name, field.value);
            }
        }
        if (panel.dataset.nomination) {
            query.set("nomination", panel.dataset.nomination);
        }
        return query;
    }

    async function fetchFragment(url, query, signal) {
        const response = await fetch(`${url}?${query}`, {
            credentials: "same-origin",
            headers: { "X-Requested-With": "XMLHttpRequest" },
            signal,
        });
        if (!response.ok) {
            return null;
        }
        const holder = document.createElement("template");
        holder.innerHTML = (await response.text()).trim();
        return holder.content;
    }

    // The label (or heading, for a list of boxes) Wagtail shows above a field.
    function labelOf(form, name) {
        const field = form.querySelector(`[id="id_${name}"]`);
        if (!field) {
            return null;
        }
        const wrapper = field.closest(".w-panel__wrapper");
        return (
            form.querySelector(`label[for="id_${name}"].w-field__label`) ||
            (wrapper && wrapper.querySelector(".w-field__label"))
        );
    }

    function markRequired(form, panel) {
        const required = new Set(words(panel.dataset.requiredFields));
        for (const name of words(panel.dataset.submissionFields)) {
            const label = labelOf(form, name);
            if (!label) {
                continue;
            }
            const mark = label.querySelector(".w-required-mark");
            if (required.has(name) && !mark) {
                const star = document.createElement("span");
                star.className = "w-required-mark";
                star.textContent = "*";
                if (label.lastChild && label.lastChild.nodeType === Node.TEXT_NODE) {
                    label.lastChild.textContent = label.lastChild.textContent.trimEnd();
                }
                label.append(star);
            } else if (!required.has(name) && mark) {
                mark.remove();
            }
        }
    }

    function swapChoices(form, fragment) {
        for (const name of CHOICE_LISTS) {
            const old = form.querySelector(`[id="id_${name}"]`);
            const fresh = fragment.querySelector(`[id="id_${name}"]`);
            if (!old || !fresh) {
                continue;
            }
            const ticked = new Set(Array.from(old.querySelectorAll("input:checked"), (input) => input.value));
            for (const input of fresh.querySelectorAll("input")) {
                input.checked = ticked.has(input.value);
            }
            old.replaceWith(fresh);
        }
    }

    async function refresh(form, changed) {
        const panel = currentPanel();
        if (!panel) {
            return;
        }
        const query = queryFor(form, panel);
        const choicesUrl = CHOICES_FOLLOW.has(changed) ? panel.dataset.choicesUrl : "";
        if (pending) {
            pending.abort();
        }
        pending = new AbortController();
        const { signal } = pending;
        panel.setAttribute("aria-busy", "true");
        try {
            const [guidance, choices] = await Promise.all([
                fetchFragment(panel.dataset.refreshUrl, query, signal),
                choicesUrl ? fetchFragment(choicesUrl, query, signal) : null,
            ]);
            const fresh = guidance && guidance.querySelector("[data-nomination-guidance]");
            if (fresh) {
                panel.replaceWith(fresh);
                markRequired(form, fresh);
            }
            if (choices) {
                swapChoices(form, choices);
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
        if (!field.form || !WATCHED.includes(field.name) || !field.form.contains(currentPanel())) {
            return;
        }
        refresh(field.form, field.name);
    });
})();
