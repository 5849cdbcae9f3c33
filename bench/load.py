"""The day results are announced: 200 readers and 30 officers saving nominations at once.

    .venv/bin/python bench/load.py [--seconds 60] [--readers 200] [--officers 30]

Starts its own production stack (site/stack.sh, ports 18380-18384, .stack-load/, database
thidua_stack_load with the demo content, five gunicorn workers) and, for the given time, runs on this machine:

- readers: each reads public pages through nginx and Varnish (home, plan, news, an article,
  the gallery, a work, the honor roll, an exemplar; one search in 25 pages), with a pause of
  1-3 s between pages, as a person reads;
- officers: each signed in as a demo officer (canbo.*) before the clock starts, then, from a
  moment in the first 10 s on, opens a nomination of their unit
  that is not in review in the admin and saves it unchanged (the whole form posted back, as
  the Save button does), with a pause of 5-15 s (filling in the form);
- an editor who publishes a news article every 5 s (which queues search indexing tasks and
  purges the cache);
- half-way, the task worker is killed (SIGKILL); the stack starts it again.

Prints requests, errors and the readers' and officers' p50/p95, then waits for the queue to
drain and checks that every task queued during the run has run: none lost to the kill.
Exits non-zero on any error or lost task.
"""

import argparse
import os
import random
import re
import signal
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests
from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stack.running_stack import RunningStack, own_database_and_redis  # noqa: E402

PASSWORD = "demo-2020-langson"


@dataclass
class Timings:
    durations: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, seconds: float, error: str | None = None):
        with self.lock:
            self.durations.append(seconds)
            if error:
                self.errors.append(error)

    def percentile(self, fraction: float) -> float:
        ordered = sorted(self.durations)
        return (
            ordered[min(len(ordered) - 1, int(len(ordered) * fraction))] * 1000 if ordered else float("nan")
        )


def reader(base: str, paths: list[str], until: float, timings: Timings):
    session = requests.Session()
    while time.time() < until:
        path = random.choice(paths)
        started = time.perf_counter()
        try:
            response = session.get(base + path, timeout=30)
            error = None if response.status_code == 200 else f"{path}: {response.status_code}"
        except requests.RequestException as exc:
            error = f"{path}: {exc}"
        timings.record(time.perf_counter() - started, error)
        time.sleep(random.uniform(1, 3))


def sign_in(base: str, username: str) -> requests.Session:
    session = requests.Session()
    page = session.get(f"{base}/admin/login/", timeout=30)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    response = session.post(
        f"{base}/admin/login/",
        data={"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD},
        headers={"Referer": f"{base}/admin/login/"},
        timeout=30,
        allow_redirects=False,
    )
    if response.status_code != 302:
        raise RuntimeError(f"{username} could not sign in ({response.status_code})")
    return session


def form_data(html: str) -> tuple[list[tuple[str, str]], str] | None:
    """The edit form's fields as the browser would post them, or None when it cannot be saved."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", attrs={"method": re.compile("post", re.I), "enctype": True})
    if form is None:
        return None
    # The editor's fields are not all inside its <form> element as a parser sees it: take
    # every field of the page but those of the other forms (search, sign out).
    others = [
        other
        for other in soup.find_all("form")
        if other is not form and other.get("action") != form.get("action")
    ]
    data = []
    for element in soup.find_all(["input", "select", "textarea"]):
        name = element.get("name")
        if not name or element.has_attr("disabled") or any(element in other.descendants for other in others):
            continue
        kind = (element.get("type") or "").lower()
        if element.name == "input":
            if kind in ("submit", "button", "file", "image", "reset"):
                continue
            if kind in ("checkbox", "radio") and not element.has_attr("checked"):
                continue
            data.append((name, element.get("value", "on" if kind == "checkbox" else "")))
        elif element.name == "select":
            chosen = element.find_all("option", selected=True) or element.find_all("option")[:1]
            if not element.has_attr("multiple"):
                chosen = chosen[:1]
            data.extend((name, option.get("value", option.text)) for option in chosen)
        else:
            data.append((name, element.text))
    return data, form.get("action") or ""


def officer(
    base: str, username: str, session: requests.Session, targets: list[str], until: float, timings: Timings
):
    time.sleep(random.uniform(0, 10))  # officers do not all press Save in the same second
    while time.time() < until:
        target = random.choice(targets)
        started = time.perf_counter()
        error = None
        try:
            page = session.get(base + target, timeout=30)
            parsed = form_data(page.text) if page.status_code == 200 else None
            if parsed is None:
                error = f"{username} {target}: no form ({page.status_code})"
            else:
                data, action = parsed
                response = session.post(
                    base + (action or target),
                    files=[(name, (None, value)) for name, value in data],
                    headers={"Referer": base + target},
                    timeout=60,
                    allow_redirects=False,
                )
                if response.status_code != 302:
                    error = f"{username} {target}: not saved ({response.status_code})"
        except requests.RequestException as exc:
            error = f"{username} {target}: {exc}"
        timings.record(time.perf_counter() - started, error)
        time.sleep(random.uniform(5, 15))


def editor(stack: RunningStack, until: float, published: list, errors: list):
    number = 0
    while time.time() < until:
        number += 1
        try:
            result = stack.action("publish-article", f"Tin kết quả thi đua số {number} ({int(time.time())})")
            published.append(result["ended"] - result["started"])
        except Exception as exc:  # noqa: BLE001 - reported at the end
            errors.append(str(exc))
        time.sleep(5)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--readers", type=int, default=200)
    parser.add_argument("--officers", type=int, default=30)
    options = parser.parse_args()

    stack = RunningStack(
        "load",
        port_base=18380,
        https_port=18743,
        extra_env={"WEB_CONCURRENCY": "5", **own_database_and_redis()},
    )
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    print("starting the stack...", flush=True)
    stack.start()
    try:
        urls = stack.action("bench-urls")
        pages = [path for name, path in urls.items() if name not in ("robots.txt", "search results")]
        paths = pages * 3 + [urls["search results"]]  # one search in 25 pages read
        officers_targets = {name: found for name, found in stack.action("officer-targets").items() if found}
        accounts = sorted(officers_targets)
        # Officers are signed in before the clock starts, as they are at their desks when the
        # results come out: thirty password checks (PBKDF2, about 0.3 s of CPU each, by
        # design) in the same second would measure the sign-in, not the saving.
        sessions = [sign_in(stack.url, accounts[i % len(accounts)]) for i in range(options.officers)]
        started_at = time.time()
        until = started_at + options.seconds
        readers, officers = Timings(), Timings()
        published, editor_errors = [], []
        threads = [
            threading.Thread(target=reader, args=(stack.url, paths, until, readers), daemon=True)
            for _ in range(options.readers)
        ]
        threads += [
            threading.Thread(
                target=officer,
                args=(
                    stack.url,
                    accounts[i % len(accounts)],
                    sessions[i],
                    officers_targets[accounts[i % len(accounts)]],
                    until,
                    officers,
                ),
                daemon=True,
            )
            for i in range(options.officers)
        ]
        threads.append(
            threading.Thread(target=editor, args=(stack, until, published, editor_errors), daemon=True)
        )
        print(
            f"{options.readers} readers, {options.officers} officers ({len(accounts)} accounts), "
            f"an editor, for {options.seconds} s",
            flush=True,
        )
        for thread in threads:
            thread.start()
        time.sleep(options.seconds / 2)
        worker = stack.pids().get("worker")
        os.kill(worker, signal.SIGKILL)
        print(f"killed the task worker (pid {worker}) at {time.time() - started_at:.0f} s", flush=True)
        for thread in threads:
            thread.join(timeout=options.seconds + 120)

        deadline = time.time() + 120
        while time.time() < deadline:
            counts = stack.action("tasks", str(started_at))
            if not counts.get("READY") and not counts.get("RUNNING"):
                break
            time.sleep(1)
        restarted = stack.pids().get("worker")
    finally:
        stack.stop()

    print()
    for name, timings in (("readers", readers), ("officers", officers)):
        print(
            f"{name:<9} {len(timings.durations):>6} requests  {len(timings.errors):>4} errors  "
            f"p50 {timings.percentile(0.50):7.1f} ms  p95 {timings.percentile(0.95):7.1f} ms"
        )
    print(
        f"editor    {len(published):>6} articles published, {len(editor_errors)} errors; "
        f"publish (with purges) p50 {statistics.median(published) * 1000 if published else float('nan'):.0f} ms"
    )
    lost = counts.get("READY", 0) + counts.get("RUNNING", 0)
    print(
        f"tasks queued during the run: {sum(counts.values())} ({counts}); worker restarted as pid {restarted}; "
        f"{'none lost' if not lost and not counts.get('FAILED') else 'LOST: ' + str(lost) + ' not run, ' + str(counts.get('FAILED', 0)) + ' failed'}"
    )
    for error in (readers.errors + officers.errors + editor_errors)[:10]:
        print("  error:", error)
    failed = readers.errors or officers.errors or editor_errors or lost or counts.get("FAILED")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
