"""Feedback students can use: nbgrader's ``generate_feedback``, with hidden tests kept hidden.

Plain ``nbgrader generate_feedback`` shows the autograded notebook, and nbgrader puts the hidden
tests back into it when grading: the feedback would show them, and their tracebacks. Here each
autograded test cell loses its hidden part, a failed check shows only its one-line message, a
failed hidden check only says that the public checks passed and a hidden one did not, and a short
summary in the course language opens the page: each check, its points, and what passed.

nbgrader reads each student's graded folder from a safe copy (``snapshot``) holding only its
notebooks and the two small files ``release_feedback`` needs: a link, pipe or crowd of files
that the student's code made there while it was graded is never followed, opened or listed.
"""

from __future__ import annotations

from pathlib import Path

from nbconvert.preprocessors import Preprocessor
from nbformat.v4 import new_markdown_cell, new_output
from traitlets import Bool

from aiclass.grade.reports import course_language
from aiclass.grade.snapshot import take_snapshot
from aiclass.i18n import t
from aiclass.notebooks import HIDDEN_BEGIN, HIDDEN_END

FEEDBACK_FILES = ("timestamp.txt", "submission_secret.txt")  # what release_feedback needs
WORDS = {
    "en": {
        "title": "## Your feedback",
        "intro": "Each check of this lab, its points, and what passed. Hidden checks are not shown.",
        "all": "✔ all checks passed",
        "public": "◐ public checks passed; a hidden check did not (look at your answer again)",
        "failed": "✘ a public check did not pass",
        "manual": "✎ your teacher reads this answer",
        "hidden_failed": "Public checks passed, but a hidden check did not.",
        "head": "| check | points | result |",
    },
    "zh-CN": {
        "title": "## 你的反馈",
        "intro": "本实验的每项检查、得分以及通过情况。隐藏检查的内容不会显示。",
        "all": "✔ 全部检查通过",
        "public": "◐ 公开检查通过了，但有一项隐藏检查没有通过（再检查一下你的答案）",
        "failed": "✘ 有一项公开检查没有通过",
        "manual": "✎ 这道题由老师阅读评分",
        "hidden_failed": "公开检查通过了，但有一项隐藏检查没有通过。",
        "head": "| 检查 | 得分 | 结果 |",
    },
}


def feedback_input(assignment: str) -> Path:
    """Where nbgrader reads the graded folders from (safe copies), relative to the course."""
    return Path(".aiclass-grade") / assignment / "feedback-input"


def strip_hidden(source: str) -> str:
    """``source`` without the lines between the hidden-test markers (markers included)."""
    kept, inside = [], False
    for line in source.splitlines():
        if line.strip() == HIDDEN_BEGIN:
            inside = True
        elif line.strip() == HIDDEN_END:
            inside = False
        elif not inside:
            kept.append(line)
    return "\n".join(kept)


class StudentFeedback(Preprocessor):
    """Hide hidden tests and their tracebacks; open with a summary in the course language."""

    enabled = Bool(True)
    language = "en"

    def preprocess(self, nb, resources):
        words = WORDS.get(self.language, WORDS["en"])
        passed_line = t("grading.public_checks_passed", self.language)
        rows = []
        for cell in nb.cells:
            meta = cell.get("metadata", {}).get("nbgrader", {})
            if not meta.get("grade"):
                continue
            points = meta.get("points", 0)
            if cell.cell_type != "code" or meta.get("solution"):
                rows.append(f"| {meta.get('grade_id')} | {points:g} | {words['manual']} |")
                continue
            cell.source = strip_hidden(cell.source)
            printed = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
            public_ok = passed_line in printed
            errors = [o for o in cell.outputs if o.output_type == "error"]
            kept = [o for o in cell.outputs if o.output_type != "error"]
            if errors and public_ok:
                kept.append(new_output("stream", name="stderr", text=words["hidden_failed"] + "\n"))
            elif errors:
                last = errors[0]
                kept.append(
                    new_output(
                        "error",
                        ename=last.ename,
                        evalue=last.evalue,
                        traceback=[f"{last.ename}: {last.evalue}"],
                    )
                )
            cell.outputs = kept
            result = (
                words["failed"]
                if errors and not public_ok
                else (words["public"] if errors else words["all"])
            )
            rows.append(f"| {meta.get('grade_id')} | {points:g} | {result} |")
        summary = "\n".join(
            [words["title"], "", words["intro"], "", words["head"], "|---|---|---|", *rows]
        )
        nb.cells.insert(0, new_markdown_cell(summary))
        return nb, resources


def generate_feedback(
    course: Path, assignment: str, students: list[str] | None = None
) -> list[Path]:
    """feedback/<student>/<assignment>/*.html for graded students; return the files written."""
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbgrader.converters import GenerateFeedback
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.preprocessors import GetGrades
    from nbgrader.utils import capture_log
    from traitlets import List
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    from aiclass.errors import AiclassError
    from aiclass.grade.runner import FAILED, load_results

    course = course.expanduser().resolve()
    config = Config()
    if (course / "nbgrader_config.py").is_file():
        config.merge(PyFileConfigLoader("nbgrader_config.py", path=str(course)).load_config())
    config.CourseDirectory.root = str(course)
    config.HTMLExporter.template_name = "feedback"
    StudentFeedback.language = course_language(course)
    results = load_results(course, assignment)
    chosen = students or sorted(s for s, r in results.items() if r.status != FAILED)
    for student in chosen:
        take_snapshot(
            course / "autograded" / student / assignment,
            course / feedback_input(assignment) / student / assignment,
            keep=lambda name: name.endswith(".ipynb") or name in FEEDBACK_FILES,
        )
    config.CourseDirectory.autograded_directory = str(feedback_input(assignment))

    class Converter(GenerateFeedback):
        preprocessors = List([StudentFeedback, GetGrades, CSSHTMLHeaderPreprocessor])

    written: list[Path] = []
    for student in chosen:
        coursedir = CourseDirectory(config=config)
        coursedir.assignment_id, coursedir.student_id = assignment, student
        converter = Converter(coursedir=coursedir, config=config)
        converter.force = True
        done = capture_log(converter)
        if not done.get("success"):
            raise AiclassError(f"feedback for {student} failed: {done.get('error', '')[-200:]}")
        written += sorted((course / "feedback" / student / assignment).glob("*.html"))
    return written
