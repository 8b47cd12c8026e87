"""House rules that hold for the whole repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = re.compile(r"fetch_(openml|california|20newsgroups|olivetti|lfw|covtype|kddcup|rcv1|species)|urlretrieve|requests\.get\(|torchvision|https?://(?!127\.0\.0\.1|localhost|\{|\[::1\]|0\.0\.0\.0|www\.w3\.org)")


def shipped_files():
    for folder in ("src", "labs", "robotics/firmware", "graders"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".ipynb", ".yaml", ".html", ".js") and ".stubs" not in path.parts:
                yield path


def test_nothing_shipped_downloads_at_run_time():
    hits = [
        f"{p.relative_to(ROOT)}: {m.group(0)}"
        for p in shipped_files()
        for line in p.read_text(encoding="utf-8", errors="replace").splitlines()
        if "# offline-ok:" not in line  # a line that says why it is not a download
        for m in FORBIDDEN.finditer(line)
    ]
    assert hits == []


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in readme.split("## For teachers")[0]
    assert [line for line in ci.splitlines() if line and not line.startswith(("#", "set ", "cd "))] == ["make test"]
