"""Does student feedback keep hidden tests hidden, and speak the course language?"""

from __future__ import annotations

from nbformat.v4 import new_code_cell, new_notebook, new_output

from aiclass.grade.feedback import StudentFeedback, strip_hidden
from aiclass.i18n import t

HIDDEN = "### BEGIN HIDDEN TESTS\ncheck(secret_rule(model), 'k')\n### END HIDDEN TESTS"


def test_strip_hidden_removes_the_block_and_its_markers():
    assert strip_hidden(f"check(a, 'k')\n{HIDDEN}\nprint(1)") == "check(a, 'k')\nprint(1)"


def graded_cell(printed: str, failed: bool) -> object:
    cell = new_code_cell(f"check(a, 'k')\n{HIDDEN}")
    cell.metadata["nbgrader"] = {"grade": True, "solution": False, "grade_id": "t1", "points": 2}
    cell.outputs = [new_output("stream", name="stdout", text=printed)]
    if failed:
        trace = ["Traceback", "check(secret_rule(model), 'k')", "AssertionError: too low"]
        cell.outputs.append(
            new_output("error", ename="AssertionError", evalue="too low", traceback=trace)
        )
    return cell


def test_a_failed_hidden_check_shows_neither_code_nor_message():
    passed = t("grading.public_checks_passed", "zh-CN")
    nb = new_notebook(cells=[graded_cell(passed + "\n", failed=True)])
    StudentFeedback.language = "zh-CN"
    out, _ = StudentFeedback().preprocess(nb, {})
    page = str(out)
    assert "secret_rule" not in page and "too low" not in page
    assert "你的反馈" in out.cells[0].source and "隐藏检查没有通过" in out.cells[0].source


def test_a_failed_public_check_keeps_only_its_message():
    nb = new_notebook(cells=[graded_cell("", failed=True)])
    StudentFeedback.language = "en"
    out, _ = StudentFeedback().preprocess(nb, {})
    error = [o for o in out.cells[1].outputs if o.output_type == "error"][0]
    assert error.traceback == ["AssertionError: too low"] and "secret_rule" not in str(out)
    assert "a public check did not pass" in out.cells[0].source
