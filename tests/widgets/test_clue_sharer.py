"""The clue sharer: sharing a clue shrinks the crowd in the picture and is saved."""

from aiclass.datasets.classmates import make_school
from aiclass.widgets.clue_sharer import ClueSharer, clean_shared
from aiclass.widgets.work import PupilWork


def make(tmp_path):
    return ClueSharer(make_school(), PupilWork("lab", tmp_path))


def test_sharing_clues_shrinks_the_crowd_and_changes_the_picture(tmp_path):
    sharer = make(tmp_path)
    everyone, picture = sharer.crowd, sharer.picture.value
    sharer.toggle("pet")
    assert sharer.crowd < everyone and sharer.picture.value != picture
    assert sharer.buttons["pet"].description.startswith("📤")
    assert PupilWork("lab", tmp_path).get("shared") == ["pet"]


def test_two_rare_clues_leave_only_you(tmp_path):
    sharer = make(tmp_path)
    sharer.toggle("month")
    sharer.toggle("family_name")
    assert sharer.crowd == 1 and "Only 1" in sharer.count.value


def test_tapping_again_and_hide_all_keep_clues_private(tmp_path):
    sharer = make(tmp_path)
    sharer.toggle("club")
    sharer.toggle("club")
    assert sharer.shared == []
    sharer.toggle("street")
    sharer.hide_all()
    assert sharer.shared == [] and sharer.buttons["street"].description.startswith("🔒")


def test_saved_clues_come_back_and_odd_ones_are_dropped(tmp_path):
    PupilWork("lab", tmp_path).set("shared", ["colour", "nonsense", "pet"])
    assert make(tmp_path).shared == ["pet", "colour"]
    assert clean_shared({"not": "a list"}) == []
