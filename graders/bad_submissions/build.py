"""Rebuild the bad-submission corpus from the grading fixture lab: ``python graders/bad_submissions/build.py``.

Each case is a folder: ``case.yaml`` (what ``aiclass grade`` must say) and ``submission/`` (what
the student handed in). Files there ending in ``.case`` are submitted without that ending (so
linters and Jupyter leave broken notebooks in this repository alone); links, pipes, devices and
crowds of files are listed under ``special:`` in ``case.yaml`` and made when the case is handed in
(``submit.py``). The fixture (``graders/fixture_lab/grading-fixture``) is frozen, so this only
needs to run again when a case is added; ``tests/grade/test_corpus.py`` grades every case.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import shutil
import sys
import tempfile
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LAB = "grading-fixture"
NB = f"{LAB}.ipynb"
FULL = 9.0  # autograded points of the fixture lab (the written answer is graded by hand)
FIXTURE = HERE.parent / "fixture_lab" / "course.py"
SOURCE = "{course}/source/{lab}/{lab}.ipynb"  # the teacher's notebook: solutions, hidden tests


def answers_and_release() -> tuple[dict, dict]:
    """The released notebook, and the same notebook answered correctly (solutions, no markers)."""
    spec = importlib.util.spec_from_file_location("fixture_course", FIXTURE)
    assert spec is not None and spec.loader is not None
    fixture = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fixture)
    with tempfile.TemporaryDirectory() as tmp:
        course = fixture.build_fixture_course(Path(tmp))
        release = json.loads((course / "release" / LAB / NB).read_text("utf-8"))
        source = json.loads((course / "source" / LAB / NB).read_text("utf-8"))
    solutions = {gid(c): c for c in source["cells"] if meta(c).get("solution")}
    answered = copy.deepcopy(release)
    for cell in answered["cells"]:
        if meta(cell).get("solution") and gid(cell) in solutions:
            lines = text(solutions[gid(cell)]).splitlines()
            keep = [
                line
                for line in lines
                if line.strip() not in ("### BEGIN SOLUTION", "### END SOLUTION")
            ]
            cell["source"] = "\n".join(keep)
    return release, answered


def meta(cell: dict) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def gid(cell: dict) -> str | None:
    return meta(cell).get("grade_id")


def text(cell: dict) -> str:
    src = cell["source"]
    return "".join(src) if isinstance(src, list) else src


def find(nb: dict, grade_id: str) -> dict:
    return next(c for c in nb["cells"] if gid(c) == grade_id)


def code_cell(source: str) -> dict:
    return {
        "cell_type": "code",
        "execution_count": None,
        "metadata": {},
        "outputs": [],
        "source": source,
    }


def append_to(nb: dict, grade_id: str, extra: str) -> dict:
    cell = find(nb, grade_id)
    cell["source"] = text(cell) + "\n" + extra
    return nb


def insert_after(nb: dict, grade_id: str, source: str) -> dict:
    index = nb["cells"].index(find(nb, grade_id))
    nb["cells"].insert(index + 1, code_cell(source))
    return nb


def with_last_cell(nb: dict, source: str) -> dict:
    nb["cells"].append(code_cell(source))
    return nb


def replace(nb: dict, grade_id: str, source: str) -> dict:
    find(nb, grade_id)["source"] = source
    return nb


LEAK_PROBE = """import glob, os
_found = [p for pattern in ("/tmp/**/gradebook.db", "/tmp/**/source/**/*.ipynb", "/work/**/gradebook.db",
          "/root/**/gradebook.db", "/tmp/**/submitted/**/*.ipynb")
          for p in glob.glob(pattern, recursive=True)]
print("LEAKED:", _found)
print("OWN NOTEBOOK:", sum(len(open(p).read()) for p in glob.glob("*.ipynb")), "characters")
"""


def cases(release: dict, good: dict) -> dict[str, tuple[dict, object]]:
    """name -> (expectation, notebook dict | bytes | {file: bytes})."""
    g = lambda: copy.deepcopy(good)  # noqa: E731
    b = lambda: copy.deepcopy(release)  # noqa: E731
    out: dict[str, tuple[dict, object]] = {}

    def add(name, status, score, message, content, **more):
        expect = {"status": status, "score": score, "message": message, **more}
        out[name] = (expect, content)

    add("correct", "graded", FULL, "", g(), about="every answer right: full autograded marks")
    add("blank", "graded", 0.0, "", b(), about="handed in untouched")
    partial = b()
    replace(partial, "split-answer", text(find(good, "split-answer")))
    add("partial", "graded", 2.0, "", partial, about="only the first step done")
    add(
        "infinite-loop",
        "graded",
        5.0,
        "cell time limit",
        replace(g(), "train-answer", "while True:\n    pass"),
        about="an endless loop: that cell is stopped at the cell time limit, the rest still runs",
    )
    add(
        "sleep-forever",
        "graded",
        5.0,
        "cell time limit",
        replace(g(), "train-answer", "import time\ntime.sleep(10**6)"),
        about="sleeps forever",
    )
    add(
        "sys-exit",
        "graded",
        FULL,
        "sys.exit",
        append_to(g(), "split-answer", "import sys\nsys.exit(1)"),
        about="sys.exit() after a right answer: IPython catches it, the work before it counts",
    )
    add(
        "os-exit",
        "failed",
        None,
        "kernel died",
        append_to(g(), "train-answer", "import os\nos._exit(0)"),
        about="os._exit ends the kernel: not graded, reported (plain nbgrader fails it too)",
    )
    add(
        "segfault",
        "failed",
        None,
        "kernel died",
        append_to(g(), "train-answer", "import ctypes\nctypes.string_at(0)"),
        about="a crash of the kernel",
    )
    add(
        "memory-bomb",
        "graded",
        FULL,
        "out of memory",
        with_last_cell(g(), "_hog = []\nwhile True:\n    _hog.append(bytearray(64 * 1024 * 1024))"),
        about="grows until the memory limit (its last cell): MemoryError there, the work before counts",
    )
    add(
        "memory-at-once",
        "graded",
        FULL,
        "out of memory",
        insert_after(g(), "split-answer", "_big = bytearray(64 * 1024 ** 3)"),
        about="asks for 64 GiB at once",
    )
    add(
        "fork-bomb",
        "graded",
        FULL,
        "too many processes",
        insert_after(g(), "depth-answer", "import os\nwhile True:\n    os.fork()"),
        about="a fork bomb: the pids cgroup caps it, that cell fails; the rest still runs, the batch "
        "goes on, no other student is touched",
    )
    add(
        "huge-output",
        "graded",
        FULL,
        "",
        insert_after(g(), "split-answer", "for _i in range(300000):\n    print(_i)"),
        about="prints 300,000 lines: nbgrader's LimitOutput keeps the first 1000",
    )
    add(
        "long-line",
        "graded",
        FULL,
        "",
        insert_after(g(), "split-answer", "print('x' * 5_000_000)"),
        about="one 5 MB line of output",
    )
    add(
        "huge-file",
        "graded",
        FULL,
        "",
        insert_after(
            g(),
            "split-answer",
            "try:\n    open('big.bin', 'wb').write(b'0' * 200 * 1024 * 1024)\nexcept OSError as e:\n    print('refused:', e)",
        ),
        about="writes a 200 MB file: the file size limit refuses it",
    )
    nb = g()
    nb["cells"] = [c for c in nb["cells"] if gid(c) != "train-tests"]
    add(
        "deleted-test-cell",
        "flagged",
        7.0,
        "deleted",
        nb,
        about="a test cell deleted: nbgrader puts it back at the end, where it fails (as in plain nbgrader)",
    )
    add(
        "edited-test-cell",
        "flagged",
        0.0,
        "was edited",
        replace(b(), "split-tests", "pass"),
        about="a blank notebook whose test cell was replaced by 'pass': restored, still 0",
    )
    nb = g()
    find(nb, "confusion-tests")["cell_type"] = "markdown"
    find(nb, "confusion-tests").pop("outputs", None)
    find(nb, "confusion-tests").pop("execution_count", None)
    add(
        "test-cell-to-markdown",
        "flagged",
        FULL,
        "changed from code to markdown",
        nb,
        about="a test cell turned into text: restored as code",
    )
    nb = g()
    find(nb, "split-answer")["cell_type"] = "raw"
    find(nb, "split-answer").pop("outputs", None)
    find(nb, "split-answer").pop("execution_count", None)
    add(
        "answer-cell-to-raw",
        "flagged",
        FULL,
        "changed from code to raw",
        nb,
        about="an answer cell turned into raw: nbgrader turns it back into code and runs it",
    )
    nb = insert_after(g(), "look-at-data", "print('my own experiment')")
    nb["cells"].insert(0, {"cell_type": "markdown", "metadata": {}, "source": "my notes"})
    add("inserted-cells", "graded", FULL, "", nb, about="extra cells are fine")
    nb = g()
    find(nb, "split-tests")["metadata"]["nbgrader"]["grade_id"] = "split-tests-mine"
    add(
        "edited-grade-id",
        "failed",
        None,
        "grade id",
        nb,
        about="a grade id renamed by hand: nbgrader rejects the notebook; the teacher puts the id back",
    )
    nb = g()
    nb["cells"].insert(
        nb["cells"].index(find(nb, "depth-tests")), copy.deepcopy(find(nb, "split-tests"))
    )
    add(
        "duplicated-test-cell",
        "failed",
        None,
        "appears 2 times",
        nb,
        about="a test cell copied: nbgrader rejects the notebook; the teacher deletes the copy",
    )
    nb = g()
    find(nb, "train-tests")["metadata"].pop("nbgrader")
    add(
        "test-metadata-removed",
        "flagged",
        7.0,
        "deleted",
        nb,
        about="nbgrader metadata of a test cell removed: treated as deleted and put back at the end",
    )
    raw = json.dumps(good, indent=1)
    add(
        "malformed-json",
        "failed",
        None,
        "not valid JSON",
        {NB: raw[: len(raw) // 2].encode()},
        about="cut in half (a broken upload)",
    )
    nb3 = {
        "nbformat": 3,
        "nbformat_minor": 0,
        "metadata": {},
        "worksheets": [{"cells": []}],
        "cells": [],
    }
    add(
        "wrong-nbformat",
        "failed",
        None,
        "nbformat 3",
        {NB: json.dumps(nb3).encode()},
        about="nbformat 3",
    )
    add("empty-file", "failed", None, "empty file", {NB: b""}, about="an empty file")
    add(
        "not-a-notebook",
        "failed",
        None,
        "not a notebook",
        {NB: b'{"hello": "world"}'},
        about="JSON, not a notebook",
    )
    latin = (
        json.dumps(good, ensure_ascii=False)
        .replace("How does", "Café: how does")
        .encode("latin-1", "replace")
    )
    add(
        "non-utf8",
        "failed",
        None,
        "not UTF-8",
        {NB: latin},
        about="saved as Latin-1 by another editor",
    )
    add(
        "renamed-notebook",
        "failed",
        None,
        "renamed?",
        {"my-homework.ipynb": json.dumps(good).encode()},
        about="the notebook renamed: not graded, the teacher renames it and grades again",
    )
    add(
        "missing-notebook",
        "failed",
        None,
        "is missing",
        {"notes.txt": b"I forgot the notebook"},
        about="no notebook at all",
    )
    nb = g()
    nb["metadata"]["kernelspec"] = {"name": "ir", "display_name": "R", "language": "R"}
    add(
        "other-kernel",
        "flagged",
        FULL,
        "kernel 'ir'",
        nb,
        about="another kernel name: nbgrader uses python3",
    )
    nb = insert_after(
        b(), "setup", "check = lambda *args, **kwargs: None\npublic_checks_passed = lambda: None"
    )
    add(
        "rebind-check",
        "flagged",
        0.0,
        "redefines",
        nb,
        about="rebinds check: the guard restores it, still 0",
    )
    nb = insert_after(
        b(),
        "setup",
        "import aiclass.grading.checks as _c\n_c.check = lambda *a, **k: None\n"
        "from aiclass.grading.checks import check",
    )
    add(
        "monkeypatch-module",
        "flagged",
        0.0,
        "redefines",
        nb,
        about="monkeypatches the checks module",
    )
    nb = insert_after(
        b(),
        "setup",
        "import builtins\nclass Quiet(Exception):\n    pass\n"
        "builtins.AssertionError = Quiet\nAssertionError = Quiet",
    )
    add(
        "rebind-assertionerror",
        "flagged",
        0.0,
        "AssertionError",
        nb,
        about="rebinds AssertionError",
    )
    nb = insert_after(
        b(), "setup", "get_ipython().input_transformers_cleanup.append(lambda lines: ['pass\\n'])"
    )
    add(
        "input-transformer",
        "flagged",
        0.0,
        "input_transformers",
        nb,
        about="turns every later cell into 'pass': the guard removes it before each test cell",
    )
    nb = insert_after(b(), "setup", "get_ipython().run_cell_async = None")
    add(
        "patch-shell",
        "flagged",
        0.0,
        "stopped answering",
        nb,
        about="breaks the shell's run_cell: the kernel finishes every later cell without a reply; "
        "each is reported 2 s later (not at the cell limit) and its checks fail",
    )
    nb = insert_after(b(), "setup", "np.array_equal = lambda *a, **k: True")
    add(
        "patch-numpy",
        "flagged",
        0.0,
        "np.array_equal",
        nb,
        about="patches a library function the checks use",
    )
    nb = insert_after(
        g(),
        "setup",
        LEAK_PROBE + "_src = '../../../source/" + LAB + "/" + NB + "'\n"
        "print('SOURCE:', os.path.exists(_src))",
    )
    add(
        "read-hidden-tests",
        "flagged",
        FULL,
        "../",
        nb,
        output=["LEAKED: []", "SOURCE: False", "OWN NOTEBOOK: 0 characters"],
        about="looks for the teacher's source, the gradebook, other submissions and its own graded copy "
        "(where nbgrader has put the hidden tests): none visible, the copy reads empty",
    )
    nb = insert_after(
        g(),
        "setup",
        "try:\n    open('../../../gradebook.db', 'w').write('pwned')\n"
        "    print('WROTE: tmpfs only')\nexcept OSError as e:\n    print('WROTE: no', e)",
    )
    add(
        "write-gradebook",
        "flagged",
        FULL,
        "gradebook",
        nb,
        output=["WROTE:"],
        about="overwrites the gradebook: it only reaches a private, throw-away folder",
    )
    nb = insert_after(
        g(),
        "setup",
        "import aiclass, os\n_p = os.path.join(os.path.dirname(aiclass.__file__), 'x.py')\n"
        "try:\n    open(_p, 'w').write('x')\n    print('PACKAGE: written')\nexcept OSError:\n"
        "    print('PACKAGE: read-only')",
    )
    add(
        "write-package",
        "graded",
        FULL,
        "",
        nb,
        output=["PACKAGE: read-only"],
        about="tries to change the aiclass package the checks import",
    )
    nb = insert_after(g(), "setup", "import os\nprint('CLASSMATES:', sorted(os.listdir('../..')))")
    add(
        "list-classmates",
        "flagged",
        FULL,
        "../",
        nb,
        output=["CLASSMATES: ['list-classmates']"],
        about="lists the other students' folders: sees only its own",
    )
    nb = insert_after(
        g(),
        "setup",
        "import socket\ntry:\n    socket.create_connection(('pypi.org', 443), timeout=3)\n"
        "    print('NETWORK: on')\nexcept OSError:\n    print('NETWORK: off')",
    )
    add(
        "network",
        "graded",
        FULL,
        "",
        nb,
        output=["NETWORK: off"],
        sandbox=False,
        about="tries to reach the internet",
    )
    nb = append_to(g(), "confusion-answer", "raise KeyboardInterrupt")
    add(
        "raise-interrupt",
        "graded",
        FULL,
        "KeyboardInterrupt",
        nb,
        about="raises KeyboardInterrupt itself",
    )
    nb = g()
    find(nb, "split-tests")["outputs"] = [
        {"output_type": "stream", "name": "stdout", "text": "Public checks passed!"}
    ]
    find(nb, "split-tests")["execution_count"] = 3
    add(
        "fake-outputs",
        "graded",
        FULL,
        "",
        nb,
        about="outputs typed in by hand are cleared before grading",
    )
    add(
        "symlink-notebook",
        "failed",
        None,
        "symbolic link",
        {},
        special=[{"name": NB, "kind": "symlink", "to": SOURCE}],
        about="the notebook is a symbolic link to the teacher's source (solutions, hidden tests): "
        "never followed, not graded (it used to score full marks)",
    )
    add(
        "hardlink-notebook",
        "failed",
        None,
        "hard link",
        {},
        special=[{"name": NB, "kind": "hardlink", "to": SOURCE}],
        about="the notebook is a hard link to the teacher's source notebook: never read, not graded "
        "(it used to score full marks)",
    )
    add(
        "fifo-notebook",
        "failed",
        None,
        "named pipe",
        {},
        special=[{"name": NB, "kind": "fifo"}],
        about="a named pipe (FIFO) in place of the notebook: never opened (it used to hang the batch)",
    )
    add(
        "device-notebook",
        "failed",
        None,
        "device file",
        {},
        special=[{"name": NB, "kind": "device"}],
        about="a device file like /dev/zero in place of the notebook (made with mknod, as root): "
        "never opened",
    )
    add(
        "symlink-folder",
        "flagged",
        FULL,
        "symbolic link",
        insert_after(g(), "setup", "import os\nprint('LINK:', os.path.exists('course-source'))"),
        special=[{"name": "course-source", "kind": "symlink", "to": "{course}/source"}],
        output=["LINK: False"],
        sandbox=False,
        about="a right notebook beside a link to the teacher's source folder: the link is left "
        "out (the kernel never sees it), the notebook is graded",
    )
    add(
        "symlink-to-device",
        "flagged",
        FULL,
        "symbolic link",
        g(),
        special=[{"name": "zeros.bin", "kind": "symlink", "to": "/dev/zero"}],
        about="a right notebook beside a link to /dev/zero (an endless file): left out, graded",
    )
    add(
        "many-files",
        "failed",
        None,
        "files and folders",
        g(),
        special=[{"name": "env", "kind": "many", "count": 20000}],
        about="a right notebook beside a copied environment of 20,000 small files: refused at once, "
        "with the reason (it used to hold a grading worker at full CPU for minutes)",
    )
    return out


def write_case(name: str, expect: dict, content: object) -> None:
    folder = HERE / name
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "submission").mkdir(parents=True)
    files = (
        content
        if isinstance(content, dict) and "cells" not in content
        else {NB: (json.dumps(content, indent=1, ensure_ascii=False) + "\n").encode("utf-8")}
    )
    for filename, data in files.items():
        (folder / "submission" / f"{filename}.case").write_bytes(data)
    (folder / "case.yaml").write_text(
        yaml.safe_dump(expect, allow_unicode=True, sort_keys=False), "utf-8"
    )


def main() -> int:
    release, good = answers_and_release()
    made = cases(release, good)
    for name, (expect, content) in made.items():
        write_case(name, expect, content)
    print(f"{len(made)} cases written in {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
