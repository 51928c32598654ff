"""A private X server (Xvfb) for tests that look at the real app as a person would.

Xvfb is started with `-fbdir`, which keeps the screen in a memory-mapped file in XWD format;
read_xwd turns that into an image and Image.png writes it with the standard library, so the
screenshot is the X server's own framebuffer and no screenshot tool is needed. Xvfb, xdotool
and xwininfo are (Debian packages xvfb, xdotool and x11-utils). The fixtures start_xserver
and start_app live in tests/conftest.py.
"""

from __future__ import annotations

import collections
import json
import os
import select
import shutil
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
APP_FROM_SOURCE = (sys.executable, "-m", "trade_target")

SCREEN_WIDTH, SCREEN_HEIGHT = 1280, 900
TITLE = "Trade Target"
WINDOW_TIMEOUT = 30.0  # seconds from launch until the window is mapped
PAINT_TIMEOUT = 15.0  # seconds from mapping until the screen shows a settled, painted window
EXIT_TIMEOUT = 15.0  # seconds from Ctrl+Q until the process has exited

REQUIRED_PATH_COLOUR = "#0072B2"  # the trajectory chart's required path (Okabe–Ito blue)
CHART_PIXELS_LEAST = 40  # a drawn line's worth of them, not a stray pixel

TOOLS = {"Xvfb": "xvfb", "xdotool": "xdotool", "xwininfo": "x11-utils"}


def require_programs(programs: dict[str, str], purpose: str) -> None:
    """Skip when `programs` (name → Debian package) are missing on a developer's machine;
    under CI their absence is a failure, since .ci/run installs them."""
    missing = sorted({package for name, package in programs.items() if shutil.which(name) is None})
    if not missing:
        return
    message = f"{purpose} needs: apt-get install {' '.join(missing)}"
    if os.environ.get("CI"):
        pytest.fail(f"CI must install these (see .ci/run). {message}", pytrace=False)
    pytest.skip(message)


def require_tools() -> None:
    """The X virtual framebuffer and the tools that look at it."""
    require_programs(TOOLS, "the real-X-server tests")


# --- the X server ------------------------------------------------------------------------------


@dataclass(frozen=True)
class XServer:
    display: str
    framebuffer: Path
    width: int = SCREEN_WIDTH
    height: int = SCREEN_HEIGHT


def _read_display_number(fd: int, server: subprocess.Popen[bytes], log: Path) -> str:
    """Xvfb writes the display number it chose to -displayfd once it accepts connections."""
    received = b""
    deadline = time.monotonic() + 15.0
    while not received.endswith(b"\n") and time.monotonic() < deadline and server.poll() is None:
        if select.select([fd], [], [], 0.5)[0]:
            chunk = os.read(fd, 64)
            if not chunk:  # the pipe closed without a number
                break
            received += chunk
    if not received.endswith(b"\n"):
        raise AssertionError(
            f"Xvfb did not report a display number (exit code {server.poll()}):\n"
            f"{log.read_text(errors='replace')}"
        )
    return ":" + received.decode().strip()


def xserver_starter(tmp_path: Path) -> Iterator[Callable[..., XServer]]:
    """Start Xvfb on a display number it picks itself, with a screen of the given size
    (SCREEN_WIDTH × SCREEN_HEIGHT unless told); whatever happens, kill it afterwards."""
    servers: list[subprocess.Popen[bytes]] = []

    def start(width: int = SCREEN_WIDTH, height: int = SCREEN_HEIGHT) -> XServer:
        number = f"-{len(servers)}" if servers else ""  # several servers in one folder
        fbdir = tmp_path / f"framebuffer{number}"
        fbdir.mkdir()
        log = tmp_path / f"xvfb{number}.log"
        read_end, write_end = os.pipe()
        try:
            with log.open("wb") as log_file:
                servers.append(
                    subprocess.Popen(
                        [
                            "Xvfb",
                            "-displayfd",
                            str(write_end),
                            "-screen",
                            "0",
                            f"{width}x{height}x24",
                            "-fbdir",
                            str(fbdir),
                            "-nolisten",
                            "tcp",
                            "-nocursor",  # the software cursor would be drawn into the framebuffer
                            "-noreset",
                        ],
                        stdin=subprocess.DEVNULL,
                        stdout=log_file,
                        stderr=subprocess.STDOUT,
                        pass_fds=(write_end,),
                        start_new_session=True,
                    )
                )
            os.close(write_end)
            write_end = -1
            display = _read_display_number(read_end, servers[-1], log)
        finally:
            os.close(read_end)
            if write_end >= 0:
                os.close(write_end)
        return XServer(display, fbdir / "Xvfb_screen0", width, height)

    try:
        yield start
    finally:
        for server in servers:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait(timeout=10)


def run_x(server: XServer, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DISPLAY": server.display}
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=20, check=check)


# --- the app -----------------------------------------------------------------------------------


@dataclass
class App:
    process: subprocess.Popen[bytes]
    stdout: Path
    stderr: Path

    def output(self) -> str:
        return (
            f"--- stdout ---\n{self.stdout.read_text(errors='replace')}"
            f"--- stderr ---\n{self.stderr.read_text(errors='replace')}"
        )


def app_starter(tmp_path: Path) -> Iterator[Callable[..., App]]:
    """Run the app (from source unless told otherwise) on the given X server; kill it
    afterwards if it is still up.

    Depends on start_xserver so that the app is gone before its X server is.
    """
    apps: list[App] = []

    def start(server: XServer, command: Sequence[str] = APP_FROM_SOURCE) -> App:
        env = {
            key: value
            for key, value in os.environ.items()
            if key not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "DISPLAY"}
        }
        runtime = tmp_path / "xdg-runtime"
        runtime.mkdir(mode=0o700)
        env.update(
            DISPLAY=server.display,
            QT_QPA_PLATFORM="xcb",
            XDG_RUNTIME_DIR=str(runtime),
            XDG_CONFIG_HOME=str(tmp_path / "xdg-config"),  # no settings from the user's session
            XDG_DATA_HOME=str(tmp_path / "xdg-data"),  # nor autosaved work
        )
        stdout, stderr = tmp_path / "app.stdout", tmp_path / "app.stderr"
        with stdout.open("wb") as out, stderr.open("wb") as err:
            process = subprocess.Popen(
                list(command),
                cwd=tmp_path,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=err,
                start_new_session=True,
            )
        apps.append(App(process, stdout, stderr))
        return apps[-1]

    try:
        yield start
    finally:
        for app in apps:
            if app.process.poll() is None:
                app.process.kill()
            app.process.wait(timeout=10)


# --- the framebuffer as an image ---------------------------------------------------------------


@dataclass(frozen=True)
class Image:
    width: int
    height: int
    rgb: bytes  # rows top to bottom, 3 bytes a pixel

    def crop(self, x: int, y: int, width: int, height: int) -> Image:
        x0, y0 = max(x, 0), max(y, 0)
        x1, y1 = min(x + width, self.width), min(y + height, self.height)
        rows = (
            self.rgb[(row * self.width + x0) * 3 : (row * self.width + x1) * 3]
            for row in range(y0, y1)
        )
        return Image(x1 - x0, y1 - y0, b"".join(rows))

    def colour_counts(self) -> collections.Counter[int]:
        packed = bytearray(self.width * self.height * 4)
        for channel in range(3):
            packed[channel::4] = self.rgb[channel::3]
        return collections.Counter(memoryview(packed).cast("I"))

    def png(self) -> bytes:
        def chunk(tag: bytes, data: bytes) -> bytes:
            return (
                struct.pack(">I", len(data))
                + tag
                + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
            )

        stride = self.width * 3
        scanlines = b"".join(
            b"\x00" + self.rgb[row * stride : (row + 1) * stride] for row in range(self.height)
        )
        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)  # 8-bit RGB
        return (
            b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(scanlines, 6))
            + chunk(b"IEND", b"")
        )


def read_xwd(path: Path) -> Image:
    """Decode the 24-bit TrueColor ZPixmap XWD file that Xvfb -fbdir keeps up to date."""
    data = path.read_bytes()
    for order in (">", "<"):
        fields = struct.unpack(f"{order}25I", data[:100])
        if fields[1] == 7:  # XWD_FILE_VERSION
            break
    else:
        raise AssertionError(f"{path} is not an XWD file")
    header_size, _, pixmap_format = fields[0:3]
    width, height = fields[4], fields[5]
    byte_order, bits_per_pixel, bytes_per_line = fields[7], fields[11], fields[12]
    masks, ncolors = fields[14:17], fields[19]
    if (pixmap_format, bits_per_pixel, masks) != (2, 32, (0xFF0000, 0xFF00, 0xFF)):
        raise AssertionError(f"unexpected XWD layout in {path}: header {fields}")
    start = header_size + ncolors * 12  # each XWDColor is 12 bytes
    pixels = data[start : start + bytes_per_line * height]
    if bytes_per_line != width * 4:
        pixels = b"".join(
            pixels[row * bytes_per_line : row * bytes_per_line + width * 4] for row in range(height)
        )
    # LSBFirst stores a pixel as B, G, R, pad; MSBFirst as pad, R, G, B.
    red, green, blue = (2, 1, 0) if byte_order == 0 else (1, 2, 3)
    rgb = bytearray(width * height * 3)
    rgb[0::3], rgb[1::3], rgb[2::3] = pixels[red::4], pixels[green::4], pixels[blue::4]
    return Image(width, height, bytes(rgb))


# --- helpers -----------------------------------------------------------------------------------


def wait_for_window_named(server: XServer, app: App, title: str = TITLE) -> str:
    """The id of the app's biggest visible window whose title contains `title`."""
    deadline = time.monotonic() + WINDOW_TIMEOUT
    while time.monotonic() < deadline:
        if app.process.poll() is not None:
            raise AssertionError(
                f"the app exited with code {app.process.returncode} before its window "
                f"appeared on {server.display}\n{app.output()}"
            )
        found = run_x(server, "xdotool", "search", "--onlyvisible", "--name", title, check=False)
        windows = found.stdout.split()
        if windows:
            # Qt may also own a hidden leader window; the biggest visible one is the main window.
            return max(windows, key=lambda wid: _area(_geometry(server, wid)))
        time.sleep(0.1)
    raise AssertionError(
        f"no visible window named {title!r} on {server.display} after {WINDOW_TIMEOUT:.0f} s\n"
        f"{app.output()}"
    )


def _geometry(server: XServer, window: str) -> dict[str, int]:
    shell = run_x(server, "xdotool", "getwindowgeometry", "--shell", window).stdout
    values = dict(line.split("=", 1) for line in shell.split())
    return {key: int(values[key]) for key in ("X", "Y", "WIDTH", "HEIGHT")}


def _area(geometry: dict[str, int]) -> int:
    return geometry["WIDTH"] * geometry["HEIGHT"]


def pixels_of(image: Image, colour: str) -> int:
    """How many pixels are exactly `colour` (#RRGGBB); colour_counts packs them as r|g<<8|b<<16."""
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return image.colour_counts()[red | green << 8 | blue << 16]


def chart_drawn(window: Image) -> bool:
    """The chart has taken its placeholder's place: the required path's blue is on screen.
    The chart is made a moment after the first paint, a longer moment on a busy machine or
    under Wine, and the placeholder alone can look settled for well over 0.3 s."""
    return pixels_of(window, REQUIRED_PATH_COLOUR) >= CHART_PIXELS_LEAST


def _painted(image: Image) -> bool:
    counts = image.colour_counts()
    return len(counts) >= 64 and counts.most_common(1)[0][1] < 0.9 * image.width * image.height


def _settled_screenshot(
    server: XServer, geometry: dict[str, int], ready: Callable[[Image], bool] | None = None
) -> Image:
    """The screen once the window shows painted content and two looks 0.3 s apart agree (and,
    with `ready`, once the window's crop passes it: the chart comes a moment after the first
    paint, and a busy machine can hold the placeholder on screen longer than 0.3 s)."""
    deadline = time.monotonic() + PAINT_TIMEOUT
    previous = read_xwd(server.framebuffer)
    while time.monotonic() < deadline:
        time.sleep(0.3)
        current = read_xwd(server.framebuffer)
        window = current.crop(geometry["X"], geometry["Y"], geometry["WIDTH"], geometry["HEIGHT"])
        if current == previous and _painted(window) and (ready is None or ready(window)):
            return current
        previous = current
    return previous  # the assertions below say what is wrong with it


def wait_for_report(path: Path, app: App) -> dict[str, Any]:
    """The JSON report a child process writes (whole, by renaming) once its window is painted."""
    deadline = time.monotonic() + WINDOW_TIMEOUT + PAINT_TIMEOUT
    while not path.exists():
        if app.process.poll() is not None:
            raise AssertionError(
                f"the app exited with code {app.process.returncode} before it wrote its "
                f"report\n{app.output()}"
            )
        if time.monotonic() > deadline:
            raise AssertionError(f"no report from the app in time\n{app.output()}")
        time.sleep(0.1)
    report: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return report


def save_png(path: Path, image: Image) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(image.png())


def check_app_window(
    server: XServer, app: App, artifact: Path, ready: Callable[[Image], bool] = chart_drawn
) -> Image:
    """The window appears, mapped, on screen and painted, its chart drawn (and `ready`, when
    given, holds); Ctrl+Q closes it with exit code 0.

    The screenshot is saved to `artifact` before anything is asserted on it, and returned.
    """
    window = wait_for_window_named(server, app)

    info = run_x(server, "xwininfo", "-id", window).stdout
    assert "Map State: IsViewable" in info, info
    geometry = _geometry(server, window)
    assert geometry["WIDTH"] >= 800 and geometry["HEIGHT"] >= 600, geometry
    assert geometry["X"] >= 0 and geometry["Y"] >= 0, geometry
    assert geometry["X"] + geometry["WIDTH"] <= server.width, geometry
    assert geometry["Y"] + geometry["HEIGHT"] <= server.height, geometry

    screen = _settled_screenshot(
        server, geometry, lambda window: chart_drawn(window) and ready(window)
    )
    assert (screen.width, screen.height) == (server.width, server.height)
    save_png(artifact, screen)
    shown = screen.crop(geometry["X"], geometry["Y"], geometry["WIDTH"], geometry["HEIGHT"])
    assert chart_drawn(shown), f"the chart never took its placeholder's place; see {artifact}"

    counts = shown.colour_counts()
    assert len(counts) >= 64, f"the window looks blank: {len(counts)} colours; see {artifact}"
    top_share = counts.most_common(1)[0][1] / (shown.width * shown.height)
    assert top_share < 0.9, f"one colour covers {top_share:.0%} of the window; see {artifact}"
    # Each quarter of the window has something in it: inputs, summary, chart, table.
    half_w, half_h = shown.width // 2, shown.height // 2
    for x, y in ((0, 0), (half_w, 0), (0, half_h), (half_w, half_h)):
        quarter = shown.crop(x, y, half_w, half_h)
        assert len(quarter.colour_counts()) >= 16, (
            f"the window's quarter at ({x}, {y}) looks empty; see {artifact}"
        )

    run_x(server, "xdotool", "windowfocus", window)
    run_x(server, "xdotool", "key", "--clearmodifiers", "ctrl+q")
    try:
        code = app.process.wait(timeout=EXIT_TIMEOUT)
    except subprocess.TimeoutExpired:
        pytest.fail(f"the app was still running {EXIT_TIMEOUT:.0f} s after Ctrl+Q\n{app.output()}")
    assert code == 0, f"the app exited with code {code} after Ctrl+Q\n{app.output()}"
    assert app.stderr.read_text(errors="replace") == "", app.output()
    return shown
