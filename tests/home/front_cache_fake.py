"""A fake Varnish: an HTTP server on the loopback that records the PURGE requests it gets."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class PurgeRecorder(BaseHTTPRequestHandler):
    """Answers every PURGE with 200 and notes its path and headers on the server."""

    protocol_version = "HTTP/1.1"

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.requests.append((self.path, dict(self.headers)))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class FakeVarnish:
    def __init__(self):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
        self.requests: list[tuple[str, dict]] = []
        self.server.requests = self.requests
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()

    @property
    def paths(self) -> set[str]:
        return {path for path, headers in self.requests if "X-Purge-All" not in headers}

    @property
    def purged_everything(self) -> bool:
        return any("X-Purge-All" in headers for _, headers in self.requests)

    def clear(self):
        self.requests.clear()
