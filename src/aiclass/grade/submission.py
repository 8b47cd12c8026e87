"""Look at a submission before it runs: can it be graded, and what should the teacher check?

``inspect_submission`` never runs student code. It returns a ``Verdict``:

- ``fatal``: the submission cannot be graded (missing or renamed notebook, a notebook that is a
  link, pipe or device, too many files, empty file, not UTF-8, not JSON, not nbformat 4). It is
  reported as failed with this reason, never as a silent 0.
- ``flags``: it can be graded, but something was changed that nbgrader repairs (locked or test
  cells edited, deleted or retyped, grade ids changed, another kernel) or that looks like an
  attempt on the grader (rebinding ``check``, reaching for the course's files, links and special
  files, which are left out of what is graded). The score is kept
  and the submission is marked for the teacher to look at.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

HELPERS = {
    "check",
    "check_close",
    "public_checks_passed",
    "AssertionError",
    "Exception",
    "BaseException",
    "get_ipython",
    "exec",
    "eval",
    "compile",
    "globals",
    "__import__",
    "getattr",
    "setattr",
}
LIBRARIES = {
    "np",
    "numpy",
    "plt",
    "matplotlib",
    "sklearn",
    "pd",
    "pandas",
    "math",
    "torch",
    "os",
    "sys",
    "aiclass",
    "random",
    "builtins",
}
SUSPECT_WORDS = (
    "gradebook",
    "nbgrader",
    "/source/",
    "../",
    "input_transformers",
    "ast_transformers",
    "sys.modules",
    "__builtins__",
    "builtins",
    "aiclass.grading",
    "settrace",
    "run_cell",
    "showtraceback",
    "os.environ",
)


@dataclass
class Verdict:
    """What inspecting one submission found."""

    fatal: str | None = None
    flags: list[str] = field(default_factory=list)
    while_loops: int = 0  # in cells the student wrote: where endless loops come from


def read_json_notebook(path: Path) -> tuple[dict | None, str | None]:
    """The notebook as JSON, or why it cannot be read."""
    data = path.read_bytes()
    if not data.strip():
        return None, f"{path.name} is an empty file"
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None, f"{path.name} is not UTF-8 text"
    try:
        nb = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"{path.name} is not valid JSON (line {exc.lineno}): damaged or edited by hand"
    if not isinstance(nb, dict) or not isinstance(nb.get("cells"), list):
        return None, f"{path.name} is JSON but not a notebook (no cells)"
    if nb.get("nbformat") != 4:
        return None, f"{path.name} has nbformat {nb.get('nbformat')!r}; nbgrader needs nbformat 4"
    return nb, None


def _source(cell: dict) -> str:
    src = cell.get("source", "")
    return "".join(src) if isinstance(src, list) else str(src)


def _meta(cell: dict) -> dict:
    meta = cell.get("metadata", {})
    nbg = meta.get("nbgrader", {}) if isinstance(meta, dict) else {}
    return nbg if isinstance(nbg, dict) else {}


def compare_cells(nb: dict, source: dict) -> list[str]:
    """What a student changed in the cells nbgrader protects (it restores them when grading)."""
    flags: list[str] = []
    wanted = {_meta(c)["grade_id"]: c for c in source["cells"] if _meta(c).get("grade_id")}
    seen: dict[str, int] = {}
    for cell in nb["cells"]:
        grade_id = _meta(cell).get("grade_id")
        if not grade_id:
            continue
        seen[grade_id] = seen.get(grade_id, 0) + 1
        original = wanted.get(grade_id)
        if original is None:
            flags.append(f"unknown grade id {grade_id!r} (grade id edited?)")
            continue
        if cell.get("cell_type") != original.get("cell_type"):
            flags.append(
                f"cell {grade_id!r} changed from {original.get('cell_type')} to "
                f"{cell.get('cell_type')} (restored)"
            )
        if _meta(original).get("locked") and _source(cell) != _source(original):
            kind = "test" if _meta(original).get("grade") else "locked"
            flags.append(f"{kind} cell {grade_id!r} was edited (restored from the source)")
    for grade_id, count in seen.items():
        if count > 1:
            flags.append(f"grade id {grade_id!r} appears {count} times (cells copied?)")
    for grade_id, original in wanted.items():
        if grade_id not in seen and _meta(original).get("grade"):
            flags.append(f"test cell {grade_id!r} was deleted (restored from the source)")
    return flags


def _student_code(nb: dict) -> list[tuple[int, str]]:
    """(number, source) of the code cells the student wrote (not the lab's locked or test cells)."""
    return [
        (index, _source(cell))
        for index, cell in enumerate(nb["cells"], start=1)
        if cell.get("cell_type") == "code"
        and not _meta(cell).get("locked")
        and not _meta(cell).get("grade")
    ]


def tamper_flags(nb: dict) -> list[str]:
    """Student cells that rebind the grading helpers or reach for the course's files."""
    flags: list[str] = []
    for index, code in _student_code(nb):
        names = _bound_names(code)
        hit = sorted(names & HELPERS)
        if hit:
            flags.append(f"cell {index} redefines {', '.join(hit)} (tampering with the checks?)")
        patched = sorted(_patched_libraries(code))
        if patched:
            flags.append(f"cell {index} changes {', '.join(patched)} (a library the checks use)")
        words = [word for word in SUSPECT_WORDS if word in code]
        if words:
            flags.append(f"cell {index} uses {', '.join(words)} (reaching outside the notebook?)")
    return flags


def count_while_loops(nb: dict) -> int:
    """``while`` loops in the code cells the student wrote (not the lab's locked cells)."""
    found = 0
    for _, code in _student_code(nb):
        try:
            found += sum(isinstance(node, ast.While) for node in ast.walk(ast.parse(code)))
        except (SyntaxError, ValueError):  # IPython magics, say: count the lines instead
            found += len(re.findall(r"^\s*while\b", code, flags=re.MULTILINE))
    return found


def _patched_libraries(code: str) -> set[str]:
    """``np.array_equal`` for ``np.array_equal = ...``: assignments to a library's attributes."""
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return set()
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name)
            and node.value.id in LIBRARIES
        ):
            found.add(f"{node.value.id}.{node.attr}")
    return found


def _bound_names(code: str) -> set[str]:
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError):
        return set()
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update(
                (alias.asname or alias.name).split(".")[0]
                for alias in node.names
                if alias.asname or isinstance(node, ast.ImportFrom)
            )
        elif isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            names.add(node.attr)
    return names


def left_out_flags(refused: dict[str, str]) -> list[str]:
    """One flag per entry the safe copy left out (``snapshot``): what it is."""
    return [
        f"{name} is {what}: left out, never opened or followed" for name, what in refused.items()
    ]


def inspect_submission(
    submitted: Path,
    source: Path,
    refused: dict[str, str] | None = None,
    problem: str | None = None,
) -> Verdict:
    """Inspect ``submitted`` (the safe copy of a student's assignment folder, ``snapshot``)
    against ``source``: the released assignment (what students were given), or the teacher's
    source where there is no release. ``refused``: what the copy left out, and why;
    ``problem``: why nothing could be copied."""
    refused = refused or {}
    verdict = Verdict(fatal=problem, flags=left_out_flags(refused))
    if problem:
        return verdict
    expected = sorted(p.name for p in source.glob("*.ipynb"))
    present = sorted(p.name for p in submitted.glob("*.ipynb")) if submitted.is_dir() else []
    missing = [name for name in expected if name not in present]
    if missing and missing[0] in refused:
        verdict.fatal = (
            f"notebook {missing[0]} is {refused[missing[0]]}: never opened or followed, so it "
            "cannot be graded (hand in the notebook itself)"
        )
        return verdict
    if missing:
        extra = [name for name in present if name not in expected]
        found = f"; found {', '.join(extra)}: renamed? rename it to {missing[0]}" if extra else ""
        verdict.fatal = f"notebook {missing[0]} is missing{found}"
        return verdict
    for name in expected:
        nb, problem = read_json_notebook(submitted / name)
        if problem or nb is None:
            verdict.fatal = problem
            return verdict
        original, _ = read_json_notebook(source / name)
        if original is None:
            continue
        kernel = nb.get("metadata", {}).get("kernelspec", {}).get("name")
        wanted = original.get("metadata", {}).get("kernelspec", {}).get("name")
        if kernel != wanted:
            verdict.flags.append(
                f"kernel {kernel!r} instead of {wanted!r} (nbgrader uses {wanted!r})"
            )
        verdict.flags += compare_cells(nb, original)
        verdict.flags += tamper_flags(nb)
        verdict.while_loops += count_while_loops(nb)
    return verdict
