"""The curriculum loads, and every kind of mistake names the file, the field and why."""

from __future__ import annotations

import pytest
import yaml

from aiclass.curriculum import CurriculumError, load_curriculum, read_curriculum

LAB = "labs/junior/junior-how-classifiers-learn/lab.yaml"


def edit_yaml(root, rel, change):
    path = root / rel
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def problems_of(root):
    return [str(p) for p in read_curriculum(root)[1]]


def test_the_real_curriculum_loads_with_every_stage_and_both_exemplars(curriculum):
    assert list(curriculum.stages) == ["primary-lower", "primary-upper", "junior", "senior", "university", "aix"]
    assert {"primary-upper-fruit-sorter", "junior-how-classifiers-learn"} <= set(curriculum.labs)
    assert "AI4K12.3.6-8" in curriculum.standards and "MOE2025.junior.values" in curriculum.standards


def test_labs_come_in_teaching_order(curriculum):
    order = [lab.id for lab in curriculum.labs_in_order()]
    for lab in curriculum.labs.values():
        for before in lab.manifest.prerequisites:
            assert order.index(before) < order.index(lab.id)


def test_an_unknown_field_is_named(scratch_project):
    edit_yaml(scratch_project, LAB, lambda d: d.update(minuets=45))
    assert f"{LAB}: minuets: is not a known field (check the spelling)" in problems_of(scratch_project)


def test_a_missing_language_is_named(scratch_project):
    edit_yaml(scratch_project, LAB, lambda d: d["title"].pop("zh-CN"))
    assert f"{LAB}: title: needs text in zh-CN" in problems_of(scratch_project)


def test_a_prerequisite_that_does_not_exist_is_named(scratch_project):
    edit_yaml(scratch_project, LAB, lambda d: d.update(prerequisites=["no-such-lab"]))
    assert f"{LAB}: prerequisites: points at 'no-such-lab', which does not exist" in problems_of(scratch_project)


def test_a_prerequisite_cycle_is_found(scratch_project):
    other = "labs/primary-upper/primary-upper-fruit-sorter/lab.yaml"
    edit_yaml(scratch_project, other, lambda d: d.update(prerequisites=["junior-how-classifiers-learn"]))
    found = [p for p in problems_of(scratch_project) if "cycle" in p]
    assert found and "junior-how-classifiers-learn" in found[0] and "primary-upper-fruit-sorter" in found[0]


def test_an_unknown_standard_and_a_wrong_stage_folder_are_named(scratch_project):
    def change(d):
        d["objectives"][0]["standards"] = ["AI4K12.9.K-2"]
        d["stage"] = "senior"

    edit_yaml(scratch_project, LAB, change)
    found = problems_of(scratch_project)
    assert f"{LAB}: objectives[0].standards: unknown standard code 'AI4K12.9.K-2'" in found
    assert any(p.startswith(f"{LAB}: stage: 'senior' but the lab sits in labs/junior/") for p in found)


def test_broken_yaml_is_reported_with_its_line(scratch_project):
    (scratch_project / LAB).write_text("id: [unclosed\n", encoding="utf-8")
    found = problems_of(scratch_project)
    assert any(p.startswith(f"{LAB}: line") and "not valid YAML" in p for p in found)


def test_strict_loading_raises_one_line_with_a_count(scratch_project):
    edit_yaml(scratch_project, LAB, lambda d: d.update(minutes=-1, budget_s=0))
    with pytest.raises(CurriculumError) as error:
        load_curriculum(scratch_project)
    assert "\n" not in str(error.value) and "more; run 'aiclass check'" in str(error.value)


def test_unknown_lab_suggests_a_close_name(curriculum):
    with pytest.raises(Exception, match="did you mean junior-how-classifiers-learn"):
        curriculum.lab("how-classifiers-learn")
