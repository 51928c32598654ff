"""What the benchmark scripts share: a Qt platform to run on, reading a child's line, units,
counting paints."""

from __future__ import annotations

import contextlib
import math
import os
import select
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from typing import Any


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


def paint_counter() -> Any:
    """An event filter that counts, in `.paints`, the Paint events reaching the widgets it is
    installed on: whether the event loop drew them. Qt is imported here, not above, as
    bench_packaging.py runs on a system Python that may have no PySide6."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.paints = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.paints += 1
            return False

    return PaintCounter()


def ms(seconds: float) -> float:
    return seconds * 1000.0


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: a value that was actually measured."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def verdict(passed: bool) -> str:
    return "PASS" if passed else "MISS"


def painted_marks(line: bytes) -> dict[str, float]:
    """The numbers of a start-up probe's line, "painted first=<t> chart=<t> rss_kb=<n> …"
    (ui/app.py, minimal_window.py, startup_child.py). A probe of the old kind, "painted <t>"
    (one moment: the first paint, which then included the chart), reads as first = chart."""
    words = line.decode().split()[1:]
    if len(words) == 1 and "=" not in words[0]:
        return {"first": float(words[0]), "chart": float(words[0])}
    return {key: float(value) for key, _, value in (word.partition("=") for word in words)}


class StartupError(RuntimeError):
    """A child that was to report its first paint did not."""


def time_to_painted(
    argv: Sequence[str], env: dict[str, str], cwd: str, timeout: float, exit_timeout: float
) -> tuple[bytes, float, float]:
    """Spawn `argv` and read its "painted …" line: (line, spawned, painted) on one clock.

    The child then exits by itself, untimed; one that hangs is killed. A child that fails,
    or prints no such line within `timeout`, raises StartupError with the tail of its stderr.
    """
    with tempfile.TemporaryFile() as errors:
        spawned = time.perf_counter()
        try:
            child = subprocess.Popen(
                list(argv), cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=errors
            )
        except OSError as exc:
            raise StartupError(f"{argv[0]}: {exc}") from exc
        assert child.stdout is not None
        line, painted, why = b"", 0.0, ""
        try:
            line = read_line(child.stdout.fileno(), timeout, f"{argv[0]} did not paint")
            painted = time.perf_counter()
        except TimeoutError as exc:
            why = str(exc)
        finally:
            with contextlib.suppress(subprocess.TimeoutExpired):
                child.wait(timeout=exit_timeout)
            if child.poll() is None:
                child.kill()
                child.wait()
            child.stdout.close()
        if not line.startswith(b"painted "):
            errors.seek(0)
            detail = errors.read().decode(errors="replace")[-2000:]
            why = why or f"exit {child.returncode}, no 'painted' line"
            raise StartupError(f"{argv[0]}: {why}\n{detail}")
    return line, spawned, painted
