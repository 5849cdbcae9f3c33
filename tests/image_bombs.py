"""Pictures that are small files but huge images, and a measure of the memory a call takes.

``huge_png(12_000, 12_000)`` is a black 1-bit PNG of a few kilobytes, written row by row
with zlib so that making it costs the test no memory; decoding it would take 144 MB (and
430 MB in colour). ``peak_memory_growth`` says how far a call raised the process's
resident memory above where it started: Linux resets the peak on request
(``/proc/self/clear_refs``), else the lifetime peak from ``getrusage`` is compared.
"""

import re
import resource
import struct
import zlib
from pathlib import Path

MB = 1024 * 1024
# Making a thumbnail or a JPEG from the picture would exceed this many times over.
MEMORY_BOUND = 100 * MB


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png(width: int, height: int) -> bytes:
    """A valid 1-bit greyscale PNG of ``width`` × ``height`` black pixels."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    row = b"\x00" * (1 + (width + 7) // 8)  # filter byte, then the packed pixels
    packer = zlib.compressobj(9)
    rows_per_block = max(1, MB // len(row))
    parts = []
    for start in range(0, height, rows_per_block):
        parts.append(packer.compress(row * min(rows_per_block, height - start)))
    parts.append(packer.flush())
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", b"".join(parts))
        + _chunk(b"IEND", b"")
    )


def _status_kb(field: str) -> int:
    return int(re.search(rf"{field}:\s+(\d+) kB", Path("/proc/self/status").read_text()).group(1))


def peak_memory_growth(call) -> tuple[object, int]:
    """Run ``call()``; return its result (or the exception it raised) and the peak growth in bytes."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        start, read_peak = _status_kb("VmRSS"), lambda: _status_kb("VmHWM")
    except OSError:
        start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        read_peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # noqa: E731
    try:
        outcome = call()
    except Exception as error:  # noqa: BLE001 - handed back to the test
        outcome = error
    return outcome, (read_peak() - start) * 1024
