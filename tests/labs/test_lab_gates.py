"""Every lab through the gates of DESIGN.md, with real nbgrader. Adding a lab needs no test code.

Gates 3-5 share one course per lab (one `nbgrader generate_assignment`, one `nbgrader autograde`
grading both the blank release and the teacher's solution), so they are grouped on one worker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aiclass.check import UNGRADED_STAGES, lab_problems
from aiclass.curriculum import load_curriculum
from aiclass.gates import grade_blank_and_solution, run_solution
from aiclass.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
LAB_IDS = sorted(load_curriculum(ROOT).labs)
# Lower-primary labs are apps with in-app feedback and no graded step: gates 1, 2 and 6 only.
GATED_LANGUAGE = "zh-CN"  # gates 3-5 run the solution in zh-CN under nbgrader ...
OTHER_LANGUAGE = "en"  # ... so gate 2 runs graded labs in English: both languages are executed


def per_lab(ids):
    return [pytest.param(lab_id, marks=pytest.mark.xdist_group(lab_id), id=lab_id) for lab_id in ids]


_courses: dict[str, object] = {}
_curriculum = load_curriculum(ROOT)
GRADED = [lab_id for lab_id in LAB_IDS if _curriculum.lab(lab_id).stage not in UNGRADED_STAGES]


@pytest.fixture
def gated(request, curriculum, tmp_path_factory):
    """The lab's course after real nbgrader graded the blank release and the solution (cached)."""
    lab_id = request.param if hasattr(request, "param") else request.node.callspec.params["lab_id"]
    if lab_id not in _courses:
        workdir = tmp_path_factory.mktemp(f"gates-{lab_id}")
        _courses[lab_id] = grade_blank_and_solution(curriculum.lab(lab_id), GATED_LANGUAGE, workdir, curriculum)
    return _courses[lab_id]


@pytest.mark.parametrize("lab_id", per_lab(LAB_IDS))
def test_gate1_manifest_guide_and_both_languages_are_complete(curriculum, lab_id):
    problems = lab_problems(curriculum.lab(lab_id), curriculum.root)
    assert not problems, "\n".join(map(str, problems))


def gate2_cases():
    for lab_id in LAB_IDS:
        languages = [OTHER_LANGUAGE] if lab_id in GRADED else list(LANGUAGES)
        for lang in languages:
            yield pytest.param(lab_id, lang, marks=pytest.mark.xdist_group(lab_id), id=f"{lab_id}-{lang}")


@pytest.mark.slow
@pytest.mark.parametrize(("lab_id", "lang"), gate2_cases())
def test_gate2_solution_runs_offline_within_budget(curriculum, lab_id, lang, tmp_path):
    lab = curriculum.lab(lab_id)
    result = run_solution(lab, lang, tmp_path)
    assert result.ok, f"{lab_id} ({lang}) failed: {result.message}"
    assert result.offline, "could not cut the network (unshare -n) to prove the lab is offline"
    assert result.seconds <= lab.manifest.budget_s, f"took {result.seconds:.1f} s, budget {lab.manifest.budget_s} s"


@pytest.mark.slow
@pytest.mark.parametrize("lab_id", per_lab(GRADED))
def test_gate3_release_has_no_solution_and_no_hidden_test(gated, lab_id):
    assert gated.leaks == [], f"the release of {lab_id} shows: {gated.leaks}"


@pytest.mark.slow
@pytest.mark.parametrize("lab_id", per_lab(GRADED))
def test_gate4_blank_release_scores_zero_on_every_autograded_test(gated, lab_id):
    assert gated.autograded_cells, f"{lab_id} has no autograded test cell"
    passing = {cell: gated.blank.scores[cell] for cell in gated.autograded_cells if gated.blank.scores[cell] != 0}
    assert not passing, f"these test cells pass on the blank release of {lab_id}: {passing}"


@pytest.mark.slow
@pytest.mark.parametrize("lab_id", per_lab(GRADED))
def test_gate5_solution_scores_full_marks(gated, lab_id):
    short = {
        cell: (gated.solution.scores[cell], gated.solution.max_scores[cell])
        for cell in gated.autograded_cells
        if gated.solution.scores[cell] != gated.solution.max_scores[cell]
    }
    assert not short, f"the solution of {lab_id} loses marks on: {short}"
