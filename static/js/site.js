/*
 * Small enhancements; every page works without them.
 *
 * - The main menu, the plan's table of contents and the listings' filter box are
 *   <details> elements that the HTML leaves open (so phones without JavaScript still see the links); here they
 *   fold on small screens and stay open on wide ones.
 * - The home page's countdown is rendered by the server; here it is kept right when
 *   the page stays open past midnight or was served from a cache.
 * - The plan's print button (hidden without JavaScript) opens the browser's print dialog;
 *   site.css's print rules leave out the header, menu, table of contents and buttons.
 */
(function () {
    "use strict";

    var narrow = window.matchMedia("(max-width: 47.99em)");

    function foldOnPhones() {
        var panels = document.querySelectorAll("[data-site-nav], [data-toc], [data-filter-box]");
        for (var i = 0; i < panels.length; i++) {
            panels[i].open = !narrow.matches;
        }
    }

    foldOnPhones();
    if (narrow.addEventListener) {
        narrow.addEventListener("change", foldOnPhones);
    }

    /* Whole days from today to an ISO date, counted in the visitor's calendar. */
    function daysUntil(isoDate) {
        var parts = isoDate.split("-");
        var target = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
        var now = new Date();
        var today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
        return Math.round((target - today) / 86400000);
    }

    function updateCountdowns() {
        var countdowns = document.querySelectorAll("[data-countdown]");
        for (var i = 0; i < countdowns.length; i++) {
            var number = countdowns[i].querySelector("[data-countdown-days]");
            var days = daysUntil(countdowns[i].getAttribute("data-countdown"));
            // Only the number changes; the wording around it (and the "ended" state)
            // stays the server's, which is translated.
            if (number && days > 0) {
                number.textContent = String(days);
            }
        }
    }

    updateCountdowns();
    window.setInterval(updateCountdowns, 60 * 60 * 1000);

    /* The plan's print button: shown only where it can work (it needs JavaScript). */
    var printButtons = document.querySelectorAll("[data-print]");
    for (var p = 0; p < printButtons.length; p++) {
        printButtons[p].hidden = false;
        printButtons[p].addEventListener("click", function () {
            window.print();
        });
    }
})();
