"""What does inspecting a submission find, before any code runs?"""

from __future__ import annotations

import json
from pathlib import Path

from aiclass.grade.submission import count_while_loops, inspect_submission, tamper_flags

NB = "lab.ipynb"


def notebook(*cells: dict, kernel: str = "python3") -> dict:
    return {
        "nbformat": 4,
        "nbformat_minor": 5,
        "cells": list(cells),
        "metadata": {
            "kernelspec": {"name": kernel, "display_name": "Python 3", "language": "python"}
        },
    }


def cell(
    source: str,
    grade_id: str | None = None,
    grade: bool = False,
    locked: bool = False,
    kind: str = "code",
) -> dict:
    meta = {}
    if grade_id:
        meta["nbgrader"] = {
            "grade_id": grade_id,
            "grade": grade,
            "locked": locked,
            "solution": not locked,
        }
    out = {"cell_type": kind, "metadata": meta, "source": source}
    if kind == "code":
        out.update(outputs=[], execution_count=None)
    return out


def release() -> dict:
    return notebook(
        cell("x = None", "answer"), cell("check(x == 1, 'k')", "tests", grade=True, locked=True)
    )


def write(folder: Path, name: str, data: dict | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    payload = data if isinstance(data, bytes) else json.dumps(data).encode()
    (folder / name).write_bytes(payload)
    return folder


def check_one(tmp_path: Path, submitted: dict | bytes, name: str = NB):
    source = write(tmp_path / "release", NB, release())
    return inspect_submission(write(tmp_path / "student", name, submitted), source)


def test_an_untouched_notebook_has_no_findings(tmp_path):
    verdict = check_one(tmp_path, release())
    assert verdict.fatal is None and verdict.flags == []


def test_unreadable_notebooks_are_fatal_with_a_reason(tmp_path):
    assert "empty file" in check_one(tmp_path / "a", b"").fatal
    assert "not UTF-8" in check_one(tmp_path / "b", '{"cells": "café"}'.encode("latin-1")).fatal
    assert "not valid JSON" in check_one(tmp_path / "c", b'{"cells": [').fatal
    assert "nbformat 3" in check_one(tmp_path / "d", {"nbformat": 3, "cells": []}).fatal


def test_a_renamed_notebook_says_what_was_found(tmp_path):
    assert "found mine.ipynb: renamed?" in check_one(tmp_path, release(), "mine.ipynb").fatal


def test_edited_deleted_and_retyped_test_cells_are_flagged(tmp_path):
    edited = release()
    edited["cells"][1]["source"] = "pass"
    assert any("was edited" in f for f in check_one(tmp_path / "a", edited).flags)
    deleted = release()
    deleted["cells"].pop()
    assert any("was deleted" in f for f in check_one(tmp_path / "b", deleted).flags)
    retyped = release()
    retyped["cells"][1]["cell_type"] = "markdown"
    assert any(
        "changed from code to markdown" in f for f in check_one(tmp_path / "c", retyped).flags
    )


def test_another_kernel_is_flagged(tmp_path):
    other = notebook(*release()["cells"], kernel="ir")
    assert any("kernel 'ir'" in f for f in check_one(tmp_path, other).flags)


def test_rebinding_the_checks_is_flagged_and_ordinary_code_is_not():
    assert tamper_flags(notebook(cell("check = print")))[0].startswith("cell 1 redefines check")
    assert "np.array_equal" in tamper_flags(notebook(cell("np.array_equal = max")))[0]
    assert tamper_flags(notebook(cell("x = [1, 2]\ny = sum(x)"))) == []


def test_while_loops_are_counted_in_the_students_cells_only():
    loop = "n = 0\nwhile n < 3:\n    n += 1\n"
    assert count_while_loops(notebook(cell(loop, "answer"))) == 1
    assert count_while_loops(notebook(cell("%%time\nwhile True:\n    pass", "answer"))) == 1
    given = cell("while False:\n    pass", "tests", grade=True, locked=True)
    assert count_while_loops(notebook(given, cell("x = [1, 2]"))) == 0


def test_the_verdict_counts_the_while_loops(tmp_path):
    looping = notebook(cell("while True:\n    pass", "answer"), release()["cells"][1])
    assert check_one(tmp_path, looping).while_loops == 1


def test_a_notebook_left_out_of_the_safe_copy_is_fatal_and_says_what_it_was(tmp_path):
    source = write(tmp_path / "release", NB, release())
    (tmp_path / "copy").mkdir()
    refused = {NB: "a named pipe (FIFO)", "data": "a symbolic link to '/course/source'"}
    verdict = inspect_submission(tmp_path / "copy", source, refused)
    assert verdict.fatal.startswith(f"notebook {NB} is a named pipe (FIFO): never opened")


def test_anything_else_left_out_is_flagged_and_the_rest_inspected(tmp_path):
    source = write(tmp_path / "release", NB, release())
    copy = write(tmp_path / "copy", NB, release())
    verdict = inspect_submission(copy, source, {"data": "a symbolic link to '/course/source'"})
    assert verdict.fatal is None
    assert verdict.flags == [
        "data is a symbolic link to '/course/source': left out, never opened or followed"
    ]
    assert inspect_submission(copy, source, problem="too many files").fatal == "too many files"
