/*
 * On a phone, Wagtail moves its menu button below the messages by a fixed 82 px, the height
 * of a one-line message; a longer one (the Vietnamese lock notice takes four lines at
 * 390 px) ran under the button, which hid the start of its lines. The button is placed
 * where the messages end, again whenever they change size (a message added, closed or
 * wrapped differently). On a wider screen Wagtail's own place is kept.
 */
(function () {
    "use strict";

    const wide = window.matchMedia("(min-width: 50em)");

    function place() {
        const button = document.querySelector(".sidebar-nav-toggle--mobile");
        const messages = document.querySelector(".messages");
        if (!button || !messages) {
            return;
        }
        if (wide.matches || !document.body.classList.contains("has-messages")) {
            button.style.removeProperty("top");
            return;
        }
        const end = messages.getBoundingClientRect().bottom + window.scrollY;
        button.style.top = `${Math.max(82, Math.ceil(end))}px`;
    }

    function watch() {
        const messages = document.querySelector(".messages");
        if (messages && "ResizeObserver" in window) {
            new ResizeObserver(place).observe(messages);
        }
        // The sidebar draws its button after the page loads; the body's class follows the messages.
        new MutationObserver(place).observe(document.body, { attributes: true, attributeFilter: ["class"] });
        const sidebar = document.querySelector("#wagtail-sidebar");
        if (sidebar) {
            new MutationObserver(place).observe(sidebar, { childList: true, subtree: true });
        }
        wide.addEventListener("change", place);
        place();
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", watch);
    } else {
        watch();
    }
})();
