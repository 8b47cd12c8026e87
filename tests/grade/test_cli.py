"""Is `aiclass grade` registered, with one-line errors?"""

from __future__ import annotations

from click.testing import CliRunner

from aiclass.cli import main


def test_grade_is_a_command_of_aiclass():
    done = CliRunner().invoke(main, ["grade", "--help"])
    assert done.exit_code == 0 and "--workers" in done.output


def test_a_folder_that_is_no_course_is_one_line_exit_2(tmp_path):
    done = CliRunner().invoke(main, ["grade", str(tmp_path), "lab"])
    assert done.exit_code == 2
    assert done.output.strip().splitlines() == [
        f"aiclass: {tmp_path} is not an nbgrader course (no nbgrader_config.py)"
    ]
