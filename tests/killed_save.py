"""A save killed outright at its worst moment: its temporary file written, the rename not yet
done. The storage tests check what such a kill leaves behind."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from trade_target.core.files import storage

_CHILD = """
import os
import sys
import time
from pathlib import Path

from trade_target.core.files.storage import write_atomically


def announce_then_hang(source, destination):
    print("ready", source, flush=True)
    time.sleep(60)


os.replace = announce_then_hang
write_atomically(sys.argv[1], Path(sys.argv[2]).read_bytes())
"""


@dataclass(frozen=True)
class KilledSave:
    temporary: Path  # the save's temporary file, fully written when the kill came
    returncode: int


def kill_a_save_before_its_rename(target: Path, content: bytes) -> KilledSave:
    """`write_atomically(target, content)` in a fresh interpreter, on this checkout's code,
    killed (SIGKILL on POSIX: no cleanup code in the child can run) just before it renames
    its temporary file over `target`."""
    src = Path(storage.__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")]),
    }
    with tempfile.TemporaryDirectory() as elsewhere:  # not in the target's folder
        source = Path(elsewhere) / "content"
        source.write_bytes(content)
        with subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(target), str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        ) as child:
            stdout = child.stdout
            assert stdout is not None
            lines: queue.Queue[str] = queue.Queue()
            reader = threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True)
            reader.start()
            try:
                line = lines.get(timeout=60)
            finally:
                child.kill()
                _, errors = child.communicate(timeout=60)
                reader.join(timeout=60)
    assert line.startswith("ready "), errors
    return KilledSave(Path(line.split(" ", 1)[1].strip()), child.returncode)
