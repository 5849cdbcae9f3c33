"""Starting and stopping site/stack.sh from Python (the stack tests and bench/load.py).

A stack here gets its own folder, ports and database, so it runs beside a developer's
`make stack` (ports 18080-18084, .stack/): by default ports 18180-18184 and 18543,
database thidua_stack_test, folder .stack-test/.
"""

import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


@dataclass
class RunningStack:
    name: str = "test"
    port_base: int = 18180
    https_port: int = 18543
    extra_env: dict = field(default_factory=dict)
    process: subprocess.Popen | None = None

    @property
    def folder(self) -> Path:
        return ROOT / f".stack-{self.name}"

    @property
    def env(self) -> dict:
        base = self.port_base
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL", "PYTEST", "TASKS_BACKEND"))
        }
        env.update(
            STACK_DIR=str(self.folder),
            STACK_DB=f"thidua_stack_{self.name}",
            HTTP_PORT=str(base),
            VARNISH_PORT=str(base + 1),
            GUNICORN_PORT=str(base + 2),
            VARNISH_ADMIN_PORT=str(base + 3),
            NGINX_FILES_PORT=str(base + 4),
            HTTPS_PORT=str(self.https_port),
            REDIS_URL=f"redis://127.0.0.1:6379/{6 + base % 7}",
        )
        env.update(self.extra_env)
        return env

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port_base}"

    @property
    def https_url(self) -> str:
        return f"https://127.0.0.1:{self.https_port}"

    @property
    def varnish_url(self) -> str:
        return f"http://127.0.0.1:{self.port_base + 1}"

    @property
    def gunicorn_url(self) -> str:
        return f"http://127.0.0.1:{self.port_base + 2}"

    def start(self, timeout: float = 900) -> "RunningStack":
        self.folder.mkdir(exist_ok=True)
        (self.folder / "ready").unlink(missing_ok=True)
        log = open(self.folder / "stack.out", "ab")  # noqa: SIM115 - kept open for the process
        self.process = subprocess.Popen(
            [str(ROOT / "site" / "stack.sh")],
            cwd=ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while not (self.folder / "ready").exists():
            if self.process.poll() is not None:
                raise RuntimeError(f"site/stack.sh stopped: {self.tail()}")
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(f"the stack was not ready in {timeout} s: {self.tail()}")
            time.sleep(0.5)
        return self

    def pids(self) -> dict[str, int]:
        return {
            path.stem: int(path.read_text())
            for path in (self.folder / "pids").glob("*.pid")
            if path.read_text().strip()
        }

    def stop(self, timeout: float = 60) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def run(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess:
        """A command with the stack's settings (site/stack-run.sh)."""
        return subprocess.run(
            [str(ROOT / "site" / "stack-run.sh"), *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=True,
        )

    def action(self, *args: str) -> dict:
        """tests/stack/stack_actions.py inside the stack's site."""
        done = self.run(str(ROOT / ".venv" / "bin" / "python"), "tests/stack/stack_actions.py", *args)
        return json.loads(done.stdout.strip().splitlines()[-1])

    def action_started(self, *args: str) -> tuple[dict, subprocess.Popen]:
        """Like ``action``, returning as soon as the JSON is printed (the process may still be exiting)."""
        process = subprocess.Popen(
            [
                str(ROOT / "site" / "stack-run.sh"),
                str(ROOT / ".venv" / "bin" / "python"),
                "tests/stack/stack_actions.py",
                *args,
            ],
            cwd=ROOT,
            env=self.env,
            stdout=subprocess.PIPE,
            text=True,
        )
        line = process.stdout.readline()
        if not line:
            process.wait(60)
            raise RuntimeError(f"stack_actions.py {args} printed nothing (exit {process.returncode})")
        return json.loads(line), process

    def tail(self, lines: int = 30) -> str:
        out = self.folder / "stack.out"
        return "\n".join(out.read_text(errors="replace").splitlines()[-lines:]) if out.exists() else ""


def own_database_and_redis() -> dict:
    """``STACK_DB`` and ``REDIS_URL`` from ``BENCH_STACK_DB`` and ``BENCH_REDIS_URL`` when set.

    On a machine shared by several people, each runs the benchmarks and the stack tests on
    a database and a Redis database of their own.
    """
    chosen = {"STACK_DB": os.environ.get("BENCH_STACK_DB"), "REDIS_URL": os.environ.get("BENCH_REDIS_URL")}
    return {key: value for key, value in chosen.items() if value}


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
