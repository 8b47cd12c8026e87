"""Where a cell gives each name a value: its line, and the function it is in (if any)."""

from __future__ import annotations

import ast


class _Assigned(ast.NodeVisitor):
    def __init__(self) -> None:
        self.found: dict[str, list[tuple[int, str | None]]] = {}
        self.func: str | None = None

    def add(self, name: str, line: int) -> None:
        self.found.setdefault(name, []).append((line, self.func))

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.add(node.name, node.lineno)
        outer, self.func = self.func, node.name
        self.generic_visit(node)
        self.func = outer

    visit_AsyncFunctionDef = visit_FunctionDef  # type: ignore[assignment]

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.add(node.name, node.lineno)
        self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> None:
        if isinstance(node.ctx, ast.Store):
            self.add(node.id, node.lineno)

    def visit_arg(self, node: ast.arg) -> None:
        if self.func:
            self.add(node.arg, node.lineno)

    def visit_Import(self, node: ast.Import | ast.ImportFrom) -> None:
        for alias in node.names:
            self.add(alias.asname or alias.name.split(".")[0], node.lineno)

    visit_ImportFrom = visit_Import  # type: ignore[assignment]

    def visit_ExceptHandler(self, node: ast.ExceptHandler) -> None:
        if node.name:
            self.add(node.name, node.lineno)
        self.generic_visit(node)


def assignments(source: str) -> dict[str, list[tuple[int, str | None]]]:
    """``{name: [(line, function or None), ...]}`` for the names ``source`` assigns.

    IPython lines (``%magic``, ``!shell``) are blanked first; code that does not parse gives {}.

    >>> assignments("x = 1\\ndef f(a):\\n    y = a")
    {'x': [(1, None)], 'f': [(2, None)], 'a': [(2, 'f')], 'y': [(3, 'f')]}
    """
    lines = ["" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines()]
    try:
        tree = ast.parse("\n".join(lines))
    except (SyntaxError, ValueError):
        return {}
    visitor = _Assigned()
    visitor.visit(tree)
    return visitor.found
