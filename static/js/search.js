/*
 * Search suggestions: turns each <input data-search-suggest="URL"> into a combobox
 * (WAI-ARIA 1.2 pattern, list autocomplete without automatic selection).
 *
 * - Typing (2 characters or more) asks the server for up to 8 titles; accents are
 *   optional, the server folds them.
 * - Down/Up move through the suggestions (aria-activedescendant keeps focus in the
 *   field), Enter opens the highlighted one or, with none highlighted, submits the
 *   search; Escape closes the list, a second Escape clears the field.
 * - The number of suggestions is announced in a polite live region.
 *
 * Without JavaScript the field is a plain search field that submits to the search page.
 * Titles are inserted as text nodes, never as HTML.
 */
(function () {
    "use strict";

    var DELAY = 150;
    var MIN_LENGTH = 2;
    var counter = 0;

    function markedText(container, text, marks) {
        // Offsets count code points (Python's), so split by code point, not UTF-16 unit.
        var chars = Array.from(text);
        var position = 0;
        (marks || []).forEach(function (span) {
            var start = span[0];
            var end = span[1];
            if (start > position) {
                container.appendChild(document.createTextNode(chars.slice(position, start).join("")));
            }
            var mark = document.createElement("mark");
            mark.textContent = chars.slice(start, end).join("");
            container.appendChild(mark);
            position = end;
        });
        if (position < chars.length) {
            container.appendChild(document.createTextNode(chars.slice(position).join("")));
        }
    }

    function setup(input) {
        var url = input.getAttribute("data-search-suggest");
        var anchor = input.closest(".search-suggest-anchor") || input.parentNode;
        counter += 1;
        var listId = (input.id || "search") + "-suggestions-" + counter;

        var list = document.createElement("ul");
        list.id = listId;
        list.className = "search-suggest";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", input.getAttribute("data-suggest-label") || "");
        list.hidden = true;
        anchor.appendChild(list);

        var status = document.createElement("div");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");
        anchor.appendChild(status);

        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);

        var options = [];
        var active = -1;
        var timer = null;
        var controller = null;
        var shownFor = null;

        function open() {
            if (!options.length) {
                return;
            }
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }

        function close() {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            setActive(-1);
        }

        function setActive(index) {
            active = index;
            options.forEach(function (option, i) {
                var selected = i === index;
                option.setAttribute("aria-selected", selected ? "true" : "false");
                option.classList.toggle("is-active", selected);
            });
            if (index >= 0) {
                input.setAttribute("aria-activedescendant", options[index].id);
                if (options[index].scrollIntoView) {
                    options[index].scrollIntoView({ block: "nearest" });
                }
            } else {
                input.removeAttribute("aria-activedescendant");
            }
        }

        function render(query, suggestions) {
            list.textContent = "";
            options = [];
            suggestions.forEach(function (item, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.className = "search-suggest__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("data-url", item.url);
                var title = document.createElement("span");
                title.className = "search-suggest__title";
                markedText(title, item.title, item.marks);
                var type = document.createElement("span");
                type.className = "search-suggest__type";
                type.textContent = item.type;
                option.appendChild(title);
                option.appendChild(type);
                list.appendChild(option);
                options.push(option);
            });
            shownFor = query;
            setActive(-1);
            if (options.length) {
                open();
                status.textContent = (input.getAttribute("data-suggest-count") || "{n}").replace("{n}", String(options.length));
            } else {
                close();
                status.textContent = query ? input.getAttribute("data-suggest-none") || "" : "";
            }
        }

        function fetchSuggestions() {
            var query = input.value.trim();
            if (query.length < MIN_LENGTH) {
                render("", []);
                return;
            }
            if (query === shownFor) {
                open();
                return;
            }
            if (controller) {
                controller.abort();
            }
            controller = window.AbortController ? new AbortController() : null;
            var target = url + (url.indexOf("?") === -1 ? "?" : "&") + "q=" + encodeURIComponent(query);
            window.fetch(target, {
                headers: { Accept: "application/json" },
                credentials: "same-origin",
                signal: controller ? controller.signal : undefined
            })
                .then(function (response) {
                    return response.ok ? response.json() : { suggestions: [] };
                })
                .then(function (data) {
                    if (input.value.trim() === query) {
                        render(query, data.suggestions || []);
                    }
                })
                .catch(function () {
                    /* aborted or offline: the form still submits */
                });
        }

        function go(option) {
            var href = option && option.getAttribute("data-url");
            if (href) {
                close();
                window.location.assign(href);
            }
        }

        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            timer = window.setTimeout(fetchSuggestions, DELAY);
        });

        input.addEventListener("keydown", function (event) {
            var isOpen = !list.hidden;
            switch (event.key) {
                case "ArrowDown":
                case "Down":
                    if (!options.length) {
                        return;
                    }
                    event.preventDefault();
                    if (!isOpen) {
                        open();
                    }
                    setActive(active + 1 >= options.length ? 0 : active + 1);
                    break;
                case "ArrowUp":
                case "Up":
                    if (!options.length) {
                        return;
                    }
                    event.preventDefault();
                    if (!isOpen) {
                        open();
                    }
                    setActive(active <= 0 ? options.length - 1 : active - 1);
                    break;
                case "Enter":
                    if (isOpen && active >= 0) {
                        event.preventDefault();
                        go(options[active]);
                    }
                    break;
                case "Escape":
                case "Esc":
                    if (isOpen) {
                        event.preventDefault();
                        close();
                    } else if (input.value) {
                        event.preventDefault();
                        input.value = "";
                        render("", []);
                    }
                    break;
                case "Tab":
                    close();
                    break;
                default:
                    break;
            }
        });

        input.addEventListener("focus", function () {
            if (options.length && input.value.trim() === shownFor) {
                open();
            }
        });

        // A click on an option must not blur the field first (that would close the list).
        list.addEventListener("mousedown", function (event) {
            event.preventDefault();
        });
        list.addEventListener("click", function (event) {
            go(event.target.closest("[role='option']"));
        });
        list.addEventListener("mousemove", function (event) {
            var option = event.target.closest("[role='option']");
            var index = options.indexOf(option);
            if (index !== -1 && index !== active) {
                setActive(index);
            }
        });

        document.addEventListener("click", function (event) {
            if (!anchor.contains(event.target)) {
                close();
            }
        });
        input.addEventListener("blur", function () {
            window.setTimeout(function () {
                if (document.activeElement !== input) {
                    close();
                }
            }, 100);
        });
    }

    if (!window.fetch || !Array.from) {
        return;
    }
    var inputs = document.querySelectorAll("input[data-search-suggest]");
    for (var i = 0; i < inputs.length; i++) {
        setup(inputs[i]);
    }
})();
