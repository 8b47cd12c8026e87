"""Run a model exported by m2cgen three ways: in Python, on real MicroPython, and in the simulator.

The exported source is what `aiclass.robot.export.model_source` writes: `CLASSES` and `score(input)`.

>>> source = 'CLASSES = ["a", "b"]\\n\\ndef score(input):\\n    return [0.2, 0.8]\\n'
>>> exported_predict(source, [[1, 2, 3]])
['b']
"""

import json
import tempfile
from pathlib import Path

from aiclass.robot.firmware import firmware_module
from aiclass.robot.micropython import result_of, run_micropython
from aiclass.robot.paths import common_dir


def load_exported(source: str) -> tuple:
    """Run the exported source in CPython and return its (score, CLASSES)."""
    namespace: dict = {}
    exec(compile(source, "line_model.py", "exec"), namespace)
    return namespace["score"], list(namespace["CLASSES"])


def exported_predict(source: str, rows) -> list[str]:
    """Predict every row with the exported code, in CPython, as the board's model_policy does."""
    score, classes = load_exported(source)
    predict = firmware_module("model_policy").predict
    return [predict(score, classes, [int(v) for v in row]) for row in rows]


def micropython_predict(source: str, rows, timeout_s: float = 30.0) -> list[str]:
    """Predict every row on the real MicroPython interpreter, through the board's own
    model_policy.py with the exported code saved as line_model.py."""
    rows = [[int(v) for v in row] for row in rows]
    code = (
        "import json, model_policy\n"
        "rows = json.loads(open('rows.json').read())\n"
        "print('RESULT ' + json.dumps([model_policy.see_line_by_model(r) for r in rows]))\n"
    )
    with tempfile.TemporaryDirectory() as folder:
        model_file = Path(folder) / "line_model.py"
        model_file.write_text(source, encoding="utf-8")
        files = {"line_model.py": model_file, "model_policy.py": common_dir() / "model_policy.py"}
        output = run_micropython(files, code, {"rows.json": json.dumps(rows)}, timeout_s)
    return [str(label) for label in result_of(output)]


def line_follower_with(see_line):
    """The boards' line follower, seeing the line with `see_line(line) -> "left"...`."""
    return firmware_module("line_follower").LineFollower(see_line)


def see_line_with(source: str):
    """A `see_line(line)` function that asks the exported model where the line is."""
    score, classes = load_exported(source)
    predict = firmware_module("model_policy").predict

    def see_line(line: tuple) -> str:
        return predict(score, classes, [int(line[0]), int(line[1]), int(line[2])])

    return see_line
