"""What the benchmark scripts share: a Qt platform to run on, reading a child's line, units."""

from __future__ import annotations

import contextlib
import math
import os
import select
import subprocess
import time
from collections.abc import Iterator, Sequence


@contextlib.contextmanager
def qt_platform(name: str) -> Iterator[dict[str, str]]:
    """Environment for Qt on `name`; for xvfb, a private X server that lives as long as this."""
    if name == "offscreen":
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        display = read_line(read_end, 30.0, "Xvfb did not report a display").decode().strip()
        yield {"QT_QPA_PLATFORM": "xcb", "DISPLAY": f":{display}"}
    finally:
        os.close(read_end)
        server.terminate()
        server.wait(timeout=10)


def read_line(fd: int, timeout: float, what: str) -> bytes:
    """One line from a pipe, without waiting past `timeout` for a child that hangs."""
    deadline = time.perf_counter() + timeout
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.perf_counter()
        ready, _, _ = select.select([fd], [], [], max(left, 0))
        if not ready:
            raise TimeoutError(f"{what} within {timeout:g} s")
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        data += chunk
    return data


def ms(seconds: float) -> float:
    return seconds * 1000.0


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def verdict(passed: bool) -> str:
    return "PASS" if passed else "MISS"
