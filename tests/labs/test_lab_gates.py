"""Every lab through the gates of DESIGN.md, with real nbgrader. Adding a lab needs no test code.

Graded labs pass gates 2-5 in batches of a few labs of one stage (``aiclass.gates.grade_batch``):
a course per language, one process generating its releases, one (network cut) autograding its
blank releases and solutions. A batch's tests share one xdist group, so one worker grades it once;
the batches spread over the workers. Ungraded apps (lower primary) run their solution in both
languages for gate 2, as before.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from aiclass.check import UNGRADED_STAGES, lab_problems
from aiclass.curriculum import load_curriculum
from aiclass.gates import batches, grade_batch, run_solution
from aiclass.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
_curriculum = load_curriculum(ROOT)
LAB_IDS = sorted(_curriculum.labs)
GRADED = [lab_id for lab_id in LAB_IDS if _curriculum.lab(lab_id).stage not in UNGRADED_STAGES]
UNGRADED = [lab_id for lab_id in LAB_IDS if lab_id not in GRADED]
BATCHES = batches([_curriculum.lab(lab_id) for lab_id in GRADED])
BATCH_OF = {lab.id: i for i, batch in enumerate(BATCHES) for lab in batch}

_graded: dict[int, dict] = {}


def per_lab(ids):
    return [pytest.param(i, marks=pytest.mark.xdist_group(group(i)), id=i) for i in ids]


def group(lab_id: str) -> str:
    return f"gate-batch-{BATCH_OF[lab_id]}" if lab_id in BATCH_OF else lab_id


@pytest.fixture
def gated(curriculum, tmp_path_factory, lab_id):
    """The lab after real nbgrader graded its batch's blank releases and solutions (cached)."""
    index = BATCH_OF[lab_id]
    if index not in _graded:
        labs = [curriculum.lab(lab.id) for lab in BATCHES[index]]
        workdir = tmp_path_factory.mktemp(f"gate-batch-{index}")
        _graded[index] = grade_batch(labs, workdir, curriculum)
    return _graded[index][lab_id]


@pytest.mark.parametrize("lab_id", per_lab(LAB_IDS))
def test_gate1_manifest_guide_and_both_languages_are_complete(curriculum, lab_id):
    problems = lab_problems(curriculum.lab(lab_id), curriculum.root)
    assert not problems, "\n".join(map(str, problems))


def app_cases():
    return [
        pytest.param(lab_id, lang, marks=pytest.mark.xdist_group(lab_id), id=f"{lab_id}-{lang}")
        for lab_id in UNGRADED
        for lang in LANGUAGES
    ]


@pytest.mark.slow
@pytest.mark.parametrize(("lab_id", "lang"), app_cases())
def test_gate2_app_runs_offline_within_budget(curriculum, lab_id, lang, tmp_path):
    lab = curriculum.lab(lab_id)
    result = run_solution(lab, lang, tmp_path)
    assert result.ok, f"{lab_id} ({lang}) failed: {result.message}"
    assert result.offline, "could not cut the network (unshare -n) to prove the lab is offline"
    assert result.seconds <= lab.manifest.budget_s, (
        f"took {result.seconds:.1f} s, budget {lab.manifest.budget_s} s"
    )


@pytest.mark.slow
@pytest.mark.parametrize("lab_id", per_lab(GRADED))
def test_gate2_solution_runs_offline_within_budget(gated, lab_id):
    assert gated.offline, "could not cut the network (unshare -n) to prove the lab is offline"
    assert not gated.solution_errors, (
        f"the solution of {lab_id} ({gated.solution_languages}) raised in: {gated.solution_errors}"
    )
    budget = gated.lab.manifest.budget_s
    assert gated.solution_seconds <= budget, (
        f"took {gated.solution_seconds:.1f} s, budget {budget} s"
    )


@pytest.mark.slow
@pytest.mark.parametrize("lab_id", per_lab(GRADED))
def test_gate3_release_has_no_solution_and_no_hidden_test(gated, lab_id):
    assert gated.leaks == [], f"the release of {lab_id} shows: {gated.leaks}"


@pytest.mark.slow
@pytest.mark.parametrize("lab_id", per_lab(GRADED))
def test_gate4_blank_release_scores_zero_on_every_autograded_test(gated, lab_id):
    assert gated.autograded_cells, f"{lab_id} has no autograded test cell"
    passing = {
        cell: gated.blank.scores[cell]
        for cell in gated.autograded_cells
        if gated.blank.scores[cell] != 0
    }
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
