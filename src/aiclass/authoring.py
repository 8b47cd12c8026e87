"""Build lab notebooks in code: bilingual text cells and nbgrader cells with the right metadata.

>>> nb = new_lab([text(en="# Hello", zh="# 你好"), setup("import aiclass"),
...               answer("x = 1", "x-answer"), tests("assert x == 1", "x-tests", points=1)])
>>> [c.metadata.get("aiclass", {}).get("lang") for c in nb.cells]
['en', 'zh-CN', None, None, None]
"""

from __future__ import annotations

import nbformat
from nbformat import NotebookNode
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook


def _nbgrader(grade_id: str, *, grade=False, solution=False, locked=False, points=None) -> dict:
    meta = {
        "grade": grade,
        "grade_id": grade_id,
        "locked": locked,
        "schema_version": 3,
        "solution": solution,
        "task": False,
    }
    if points is not None:
        meta["points"] = points
    return {"nbgrader": meta}


def text(en: str, zh: str) -> list[NotebookNode]:
    """One passage in both languages (English cell, then Chinese cell)."""
    return [
        new_markdown_cell(en.strip(), metadata={"aiclass": {"lang": "en"}}),
        new_markdown_cell(zh.strip(), metadata={"aiclass": {"lang": "zh-CN"}}),
    ]


def shared(source: str) -> NotebookNode:
    """A markdown cell shown in both languages (a picture, a formula)."""
    return new_markdown_cell(source.strip())


def setup(source: str, grade_id: str = "setup") -> NotebookNode:
    """The locked set-up cell at the top (imports, data, widgets)."""
    return new_code_cell(source.strip(), metadata=_nbgrader(grade_id, locked=True))


def locked(source: str, grade_id: str) -> NotebookNode:
    """A code cell the learner runs but cannot change."""
    return new_code_cell(source.strip(), metadata=_nbgrader(grade_id, locked=True))


def code(source: str) -> NotebookNode:
    """A free code cell for the learner to play in (not graded)."""
    return new_code_cell(source.strip())


def answer(source: str, grade_id: str) -> NotebookNode:
    """An answer cell: the part between ### BEGIN/END SOLUTION is removed in the release."""
    return new_code_cell(source.strip(), metadata=_nbgrader(grade_id, solution=True))


def tests(source: str, grade_id: str, points: int) -> NotebookNode:
    """An autograded test cell (visible checks, then ### BEGIN/END HIDDEN TESTS)."""
    return new_code_cell(
        source.strip(), metadata=_nbgrader(grade_id, grade=True, locked=True, points=points)
    )


def written_answer(en: str, zh: str, grade_id: str, points: int) -> list[NotebookNode]:
    """A manually graded written answer: the teacher marks it; the model answer is hidden."""
    return [
        new_markdown_cell(
            en.strip(),
            metadata={"aiclass": {"lang": "en"}, **_nbgrader(grade_id, grade=True, solution=True, points=points)},
        ),
        new_markdown_cell(
            zh.strip(),
            metadata={"aiclass": {"lang": "zh-CN"}, **_nbgrader(grade_id, grade=True, solution=True, points=points)},
        ),
    ]


def new_lab(cells: list) -> NotebookNode:
    """A notebook from cells and lists of cells, with the Python 3 kernel."""
    flat: list[NotebookNode] = []
    for item in cells:
        flat.extend(item if isinstance(item, list) else [item])
    nb = new_notebook(cells=flat)
    nb.metadata["kernelspec"] = {"display_name": "Python 3", "language": "python", "name": "python3"}
    nb.metadata["language_info"] = {"name": "python"}
    return nb


def write_lab(nb: NotebookNode, path) -> None:
    nbformat.validate(nb)
    nbformat.write(nb, str(path))
