"""Line error, the best line and the pictures of the line-of-best-fit lab."""

import doctest

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from sklearn.linear_model import LinearRegression  # noqa: E402

from aiclass import set_language  # noqa: E402
from aiclass.datasets.growth import sunflower_diary  # noqa: E402
from aiclass.learn import best_fit  # noqa: E402
from aiclass.learn.best_fit import GuessBoard, as_column, best_line, line_error  # noqa: E402


def test_doctests_pass():
    result = doctest.testmod(best_fit)
    assert result.attempted > 0 and result.failed == 0


def test_line_error_is_the_mean_of_squared_misses():
    assert line_error([0, 10], [4, -6], 0, 0) == pytest.approx((16 + 36) / 2)
    assert line_error([1, 2], [2, 4], 2, 0) == 0
    with pytest.raises(ValueError):
        line_error([1, 2], [1], 1, 0)


def test_best_line_matches_scikit_learn_and_beats_nearby_lines():
    diary = sunflower_diary()
    a, b = best_line(diary.days, diary.heights)
    model = LinearRegression().fit(as_column(diary.days), diary.heights)
    assert a == pytest.approx(model.coef_[0]) and b == pytest.approx(model.intercept_)
    best = line_error(diary.days, diary.heights, a, b)
    for da, db in [(0.05, 0), (-0.05, 0), (0, 0.5), (0, -0.5)]:
        assert line_error(diary.days, diary.heights, a + da, b + db) > best


@pytest.mark.parametrize("lang", ["en", "zh-CN"])
def test_the_pictures_draw_in_both_languages(lang, monkeypatch):
    set_language(lang)
    monkeypatch.setattr(plt, "show", lambda: None)
    diary = sunflower_diary()
    a, b = best_line(diary.days, diary.heights)
    for fig in (
        best_fit.show_diary(diary.days, diary.heights),
        best_fit.show_two_lines(diary.days, diary.heights, (2, 6), (a, b)),
        best_fit.show_far_future(diary, a, b),
    ):
        assert fig.axes and fig.axes[0].get_legend() is not None
        plt.close(fig)
    far = best_fit.show_far_future(diary, a, b, until=100)
    written = [text.get_text() for text in far.axes[0].texts]
    assert any("220" in text for text in written)  # the line's day-100 height is written
    plt.close("all")


def test_the_guess_board_keeps_every_try(monkeypatch):
    monkeypatch.setattr(plt, "show", lambda: None)
    diary = sunflower_diary()
    board = GuessBoard(diary.days, diary.heights, goal=4)
    board.try_line(1, 0)
    board.try_line(2.1, 6)
    assert [round(e, 2) for _, _, e in board.tries] == [332.13, 1.43]
    assert len(plt.gcf().axes[1].patches) == 2  # one bar per try
    plt.close("all")


def test_the_far_future_picture_shows_only_real_guesses():
    set_language("en")
    diary = sunflower_diary()
    a, b = best_line(diary.days, diary.heights)
    far = best_fit.show_far_future(diary, a, b, guesses={30: 60, 100: 150})
    labels = [text.get_text() for text in far.axes[0].get_legend().get_texts()]
    assert "your guesses" in labels
    plt.close(far)
    blank = best_fit.show_far_future(diary, a, b, guesses={30: 0, 100: 0})
    labels = [text.get_text() for text in blank.axes[0].get_legend().get_texts()]
    assert "your guesses" not in labels  # guesses left at 0 are not drawn
    plt.close("all")
