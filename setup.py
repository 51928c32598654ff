"""The build step pyproject.toml cannot say: compile the translations with Qt's lrelease.

The `.ts` sources in resources/translations/ are what translators edit and what is kept in
version control; the `.qm` files the app loads are made from them here, whenever the package
is built (a wheel, a regular or an editable install), with the lrelease of the PySide6 in
the build environment. An editable install writes them beside their sources, as setuptools
asks of generated files in editable mode.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
TRANSLATIONS = HERE / "resources" / "translations"
LRELEASE = (
    "import sys; from PySide6.scripts.pyside_tool import lrelease; "
    "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())"
)


def compile_translations(target: Path) -> list[Path]:
    """Each resources/translations/*.ts compiled to `target`/*.qm; the files written."""
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(TRANSLATIONS.glob("*.ts")):
        compiled = target / source.with_suffix(".qm").name
        # Written beside and then renamed over the old file: a running app or test that has
        # the old one mapped keeps reading whole bytes.
        fresh = compiled.with_name(compiled.name + ".new")
        subprocess.run(
            [sys.executable, "-c", LRELEASE, "-silent", str(source), "-qm", str(fresh)],
            check=True,
        )
        fresh.replace(compiled)
        written.append(compiled)
    return written


class BuildPyWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            compile_translations(TRANSLATIONS)
        else:
            folder = Path(self.build_lib) / "trade_target" / "resources" / "translations"
            self._outputs = [str(path) for path in compile_translations(folder)]

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        return [*super().get_outputs(include_bytecode), *getattr(self, "_outputs", [])]


setup(cmdclass={"build_py": BuildPyWithTranslations})
