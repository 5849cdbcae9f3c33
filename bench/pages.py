"""How fast the public pages are served: uncached by one gunicorn worker, through Varnish, and
nginx serving the same bytes from a file, in one run on this machine.

    .venv/bin/python bench/pages.py [--seconds 3] [--rounds 3] [--connections 32]

Starts its own production stack (site/stack.sh: settings.production on PostgreSQL with the
demo content, Redis, one sync gunicorn worker, Varnish, nginx) on ports 18280-18284, in
.stack-bench/ with the database thidua_stack_bench, and stops it at the end. Load comes
from `wrk` (Debian's package, installed if missing). For each page it prints:

- uncached: requests per second from gunicorn directly (one sync worker, 2 connections),
  and the ratio to /robots.txt (a page that renders nothing), target >= 1/30;
- queries per request (the second request of a Django test client), target <= 15;
- cached: requests per second through Varnish, nginx serving the same bytes from a file,
  and their ratio, target >= 0.8.

Search results are never cached (so its Varnish figure is a pass to gunicorn).

On a shared two-core machine one run of a few seconds moves by a third, and the two figures
of a ratio measured minutes apart move apart: every figure is measured in each of several
rounds (all the pages, then again), and each ratio is the median of the rounds' ratios, with
the lowest and highest beside it.
"""

import argparse
import re
import shutil
import signal
import statistics
import subprocess
import sys
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.stack.running_stack import RunningStack, own_database_and_redis  # noqa: E402

UNCACHED_TARGET = 1 / 30
QUERIES_TARGET = 15
CACHED_TARGET = 0.8


def ensure_wrk() -> None:
    if shutil.which("wrk") is None:
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)


def wrk(url: str, seconds: int, connections: int) -> float:
    """Requests per second; non-2xx/3xx answers make the run fail."""
    done = subprocess.run(
        ["wrk", "-t", "2" if connections > 1 else "1", "-c", str(connections), "-d", f"{seconds}s", url],
        capture_output=True,
        text=True,
        check=True,
    )
    if "Non-2xx or 3xx responses" in done.stdout:
        raise SystemExit(f"errors from {url}:\n{done.stdout}")
    return float(re.search(r"Requests/sec:\s+([\d.]+)", done.stdout).group(1))


def file_name_of(page: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", page) + ".html"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=3, help="length of each measurement")
    parser.add_argument("--rounds", type=int, default=3, help="how many times each figure is measured")
    parser.add_argument("--connections", type=int, default=32, help="connections for the cached figures")
    options = parser.parse_args()
    ensure_wrk()

    stack = RunningStack(
        "bench",
        port_base=18280,
        https_port=18643,
        extra_env={"WEB_CONCURRENCY": "1", "GUNICORN_WORKER_CLASS": "sync", **own_database_and_redis()},
    )
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    print("starting the stack (one sync gunicorn worker, production settings, PostgreSQL)...", flush=True)
    stack.start()
    try:
        pages = stack.action("bench-urls")
        query_counts = stack.action("queries", *pages.values())
        files_dir = stack.folder / "bench-files"
        sizes = {}
        for name, path in pages.items():
            body = requests.get(f"{stack.gunicorn_url}{path}", timeout=30)
            body.raise_for_status()
            (files_dir / file_name_of(name)).write_bytes(body.content)
            sizes[name] = len(body.content)
            requests.get(f"{stack.varnish_url}{path}", timeout=30)  # warm the cache
        rounds = []
        for number in range(1, options.rounds + 1):
            measured = {}
            for name, path in pages.items():
                measured[name] = (
                    wrk(f"{stack.gunicorn_url}{path}", options.seconds, 2),
                    wrk(f"{stack.varnish_url}{path}", options.seconds, options.connections),
                    wrk(
                        f"http://127.0.0.1:{stack.port_base + 4}/{file_name_of(name)}",
                        options.seconds,
                        options.connections,
                    ),
                )
            rounds.append(measured)
            print(f"  round {number} of {options.rounds} measured", flush=True)
    finally:
        stack.stop()

    print()
    print(
        f"{'page':<15} {'bytes':>7} {'uncached r/s':>12} {'x robots':>9} {'queries':>7} "
        f"{'Varnish r/s':>11} {'nginx file r/s':>14} {'Varnish/file':>12} {'(lowest-highest)':>17}"
    )
    failures = []
    for name, path in pages.items():
        uncached, cached, from_file = (
            statistics.median(measured[name][column] for measured in rounds) for column in range(3)
        )
        # Each round's ratio of figures measured seconds apart, then their median.
        ratios = [measured[name][0] / measured["robots.txt"][0] for measured in rounds]
        cached_ratios = [measured[name][1] / measured[name][2] for measured in rounds]
        ratio, cached_ratio = statistics.median(ratios), statistics.median(cached_ratios)
        queries = query_counts[path]
        print(
            f"{name:<15} {sizes[name]:>7} {uncached:>12.1f} {ratio:>9.3f} {queries:>7} "
            f"{cached:>11.0f} {from_file:>14.0f} {cached_ratio:>12.2f} "
            f"{f'({min(cached_ratios):.2f}-{max(cached_ratios):.2f})':>17}"
        )
        if name == "robots.txt":
            continue
        if ratio < UNCACHED_TARGET:
            failures.append(f"{name}: uncached {ratio:.3f} x robots.txt (target {UNCACHED_TARGET:.3f})")
        if queries > QUERIES_TARGET:
            failures.append(f"{name}: {queries} queries (target {QUERIES_TARGET})")
        if name != "search results" and cached_ratio < CACHED_TARGET:
            failures.append(f"{name}: Varnish {cached_ratio:.2f} x nginx (target {CACHED_TARGET})")
    print()
    print("targets met" if not failures else "targets missed:\n  " + "\n  ".join(failures))


if __name__ == "__main__":
    main()
