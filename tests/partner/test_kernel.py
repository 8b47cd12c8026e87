"""The partner in a real kernel: the note shows under the traceback, never while grading."""

from __future__ import annotations

import os

import nbformat
import pytest
from jupyter_client.manager import start_new_kernel
from nbclient import NotebookClient

pytestmark = pytest.mark.slow

SETUP = "%load_ext aiclass.partner\nimport aiclass\ntotal = 3"
MISTAKE = "count = 1\nprint(totl)"


def run_notebook(tmp_path, cells: list[str], **env: str) -> list[list[dict]]:
    """Each cell's outputs after running the notebook through nbclient, as nbgrader does."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    client = NotebookClient(
        nb,
        timeout=60,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    kernel_env = {
        k: v for k, v in os.environ.items() if not k.startswith(("AICLASS_", "NBGRADER_"))
    }
    client.execute(env={**kernel_env, **env})
    return [cell.outputs for cell in nb.cells]


def notes(outputs: list[dict]) -> list[str]:
    return [o["data"]["text/plain"] for o in outputs if o["output_type"] == "display_data"]


def test_the_note_is_in_the_lab_language_under_the_traceback(tmp_path):
    cells = [SETUP + '\naiclass.set_language("zh-CN")', MISTAKE, 'print（"你好"）']
    _, name_error, punctuation = run_notebook(tmp_path, cells, AICLASS_PARTNER="1")
    assert [o["output_type"] for o in name_error] == ["error", "display_data"]
    error, display = name_error
    assert error["ename"] == "NameError" and error["traceback"]  # the traceback stays, first
    text = display["data"]["text/plain"]
    assert text.splitlines()[:2] == ["🤝 学习伙伴", "第 2 行：`print(totl)`"]
    assert "你是不是想写 `total`" in text
    assert "<code>total</code>" in display["data"]["text/html"]
    assert "中文标点 `（`" in notes(punctuation)[0]


def test_a_front_end_that_takes_input_gets_the_note_in_english(tmp_path):
    """As in JupyterLab: allow_stdin is true, and nothing forces the partner on."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AICLASS_", "NBGRADER_"))}
    km, kc = start_new_kernel(
        kernel_name="python3", env={**env, "AICLASS_LANG": "en"}, cwd=str(tmp_path)
    )
    try:
        kc.execute_interactive(SETUP, allow_stdin=True, timeout=60)
        outputs: list[dict] = []
        kc.execute_interactive(
            "\n" + MISTAKE,  # a blank first line: IPython drops it, the note counts it
            allow_stdin=True,
            timeout=60,
            output_hook=lambda msg: outputs.append(
                {"output_type": msg["msg_type"], **msg["content"]}
            ),
        )
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    kinds = [o["output_type"] for o in outputs if o["output_type"] in ("error", "display_data")]
    assert kinds == ["error", "display_data"]
    text = notes(outputs)[0]
    assert text.splitlines()[:2] == ["🤝 Learning partner", "Line 3: `print(totl)`"]
    assert "Did you mean `total`?" in text


def test_nothing_is_added_when_nbclient_runs_the_notebook(tmp_path):
    """nbgrader, aiclass grade and nbconvert run notebooks through nbclient (allow_stdin false)."""
    _, name_error = run_notebook(tmp_path, [SETUP, MISTAKE])
    assert [o["output_type"] for o in name_error] == ["error"]


@pytest.mark.parametrize("signal", ["NBGRADER_EXECUTION=autograde", "AICLASS_GRADING=1"])
def test_nothing_is_added_while_grading_even_when_forced_on(tmp_path, signal):
    name, value = signal.split("=")
    _, name_error = run_notebook(tmp_path, [SETUP, MISTAKE], AICLASS_PARTNER="1", **{name: value})
    assert [o["output_type"] for o in name_error] == ["error"]
