"""The capstone's report and model card: what a report must hold, its numbers as a markdown
table, a model-card skeleton to fill in, and pictures of the validation choice and of the
results per group.

A report is a dict. Its model must predict from the test table's chosen columns:
``report["model"].predict(project.X_test[:, report["features"]])``.

>>> from aiclass import set_language
>>> set_language("en")
>>> report_problems({"dataset": "library"})[:2]
['report has no key "question"', 'report has no key "features"']
>>> table = {"boarders": {"n": 2, "score": 0.5}, "day": {"n": 6, "score": 1.0}}
>>> weighted_mean(table)
0.875
>>> print(metrics_markdown({"metric": "accuracy", "baseline_test": 0.7, "test_score": 0.875,
...                         "val_score": 0.9, "per_group": table}))
| | n | accuracy |
|---|---|---|
| baseline (whole test set) | 8 | 0.700 |
| model (validation set) | – | 0.900 |
| model (whole test set) | 8 | 0.875 |
| model: boarders | 2 | 0.500 |
| model: day | 6 | 1.000 |
"""

from __future__ import annotations

from collections.abc import Mapping

import matplotlib.pyplot as plt
import numpy as np

from aiclass.i18n import t
from aiclass.plots import use_chinese_font_if_needed
from aiclass.widgets.style import PALETTE

LAB = "senior-capstone-project"
REPORT_KEYS = (
    "dataset",
    "question",
    "features",
    "metric",
    "baseline_val",
    "baseline_test",
    "model",
    "validation_scores",
    "chosen",
    "val_score",
    "test_score",
    "per_group",
)
NUMBER_KEYS = ("baseline_val", "baseline_test", "val_score", "test_score")
CARD_SECTIONS = (
    "card_intended",
    "card_out_of_scope",
    "card_data",
    "card_metrics",
    "card_limits",
    "card_risks",
)


def _w(name: str, /, **values: object) -> str:
    return t(f"{LAB}.{name}", **values)


def _is_number(value: object) -> bool:
    try:
        return bool(np.isfinite(float(value)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def _is_columns(features: object) -> bool:
    """A non-empty list, tuple, range or 1-D numpy array of whole column numbers."""
    if isinstance(features, np.ndarray):
        return features.ndim == 1 and features.size > 0 and features.dtype.kind in "iu"
    return (
        isinstance(features, list | tuple | range)
        and len(features) > 0
        and all(isinstance(f, int | np.integer) and not isinstance(f, bool) for f in features)
    )


def report_problems(report: object) -> list[str]:
    """What is missing or malformed in a report (in the learner's language); empty when none."""
    if not isinstance(report, Mapping):
        return [_w("problem_not_dict")]
    problems = [_w("problem_missing", name=key) for key in REPORT_KEYS if key not in report]
    for key in NUMBER_KEYS:
        if key in report and not _is_number(report[key]):
            problems.append(_w("problem_number", name=key))
    if "model" in report and not callable(getattr(report["model"], "predict", None)):
        problems.append(_w("problem_model"))
    if "features" in report and not _is_columns(report["features"]):
        problems.append(_w("problem_features"))
    if "validation_scores" in report and not (
        isinstance(report["validation_scores"], Mapping) and len(report["validation_scores"]) >= 3
    ):
        problems.append(_w("problem_validation"))
    groups = report.get("per_group")
    if "per_group" in report and not (
        isinstance(groups, Mapping)
        and groups
        and all(isinstance(v, Mapping) and "n" in v and "score" in v for v in groups.values())
    ):
        problems.append(_w("problem_groups"))
    return problems


def weighted_mean(per_group: Mapping[str, Mapping[str, float]]) -> float:
    """The groups' scores weighted by their sizes: for accuracy and mean absolute error this is
    the score on the whole test set, so a per-group table must add up to the overall number."""
    total = sum(v["n"] for v in per_group.values())
    return float(sum(v["n"] * v["score"] for v in per_group.values()) / total)


def metrics_markdown(report: Mapping) -> str:
    """The report's numbers as a markdown table, to paste into the model card."""
    groups = report["per_group"]
    n = sum(int(v["n"]) for v in groups.values())
    lines = [
        f"| | n | {_w('metric_name_' + report['metric'].replace(' ', '_'))} |",
        "|---|---|---|",
        f"| {_w('row_baseline')} | {n} | {float(report['baseline_test']):.3f} |",
        f"| {_w('row_validation')} | – | {float(report['val_score']):.3f} |",
        f"| {_w('row_test')} | {n} | {float(report['test_score']):.3f} |",
    ]
    lines += [
        f"| {_w('row_group', group=g)} | {int(v['n'])} | {float(v['score']):.3f} |"
        for g, v in groups.items()
    ]
    return "\n".join(lines)


def card_template(report: Mapping) -> str:
    """A model-card skeleton in markdown: the section headings with a question each, and the
    numbers table filled in from the report. Copy it into the answer cell and write."""
    parts = [f"# {_w('card_title', dataset=report['dataset'])}"]
    for section in CARD_SECTIONS:
        parts.append(f"## {_w(section)}\n{_w(section + '_ask')}")
        if section == "card_metrics":
            parts.append(metrics_markdown(report))
    return "\n\n".join(parts)


def show_validation(
    validation_scores: Mapping, chosen: object, metric: str, baseline: float | None = None
):
    """The validation score of every setting tried; the chosen one marked with a star and a word."""
    use_chinese_font_if_needed()
    names = [str(k) for k in validation_scores]
    values = [float(v) for v in validation_scores.values()]
    fig, ax = plt.subplots(figsize=(7.5, 3.6))
    ax.plot(
        range(len(values)),
        values,
        marker="o",
        color=PALETTE[0],
        lw=2,
        ms=8,
        label=_w("pic_validation"),
    )
    if chosen in validation_scores:
        i = list(validation_scores).index(chosen)
        ax.plot(
            i,
            values[i],
            marker="*",
            ms=22,
            color=PALETTE[1],
            markeredgecolor="black",
            ls="none",
            label=_w("pic_chosen"),
        )
    if baseline is not None:
        ax.axhline(baseline, color="black", ls="--", lw=1.5, label=_w("pic_baseline"))
    ax.set_xticks(range(len(values)), names)
    ax.set_xlabel(_w("pic_setting"))
    ax.set_ylabel(_w("metric_name_" + metric.replace(" ", "_")))
    ax.grid(alpha=0.3)
    ax.legend(fontsize=9)
    fig.tight_layout()
    return fig


def show_per_group(
    per_group: Mapping[str, Mapping[str, float]],
    metric: str,
    overall: float,
    baseline: float | None = None,
):
    """One bar per group (its size written on it), the overall score and the baseline as lines."""
    use_chinese_font_if_needed()
    names = list(per_group)
    scores = [float(per_group[g]["score"]) for g in names]
    fig, ax = plt.subplots(figsize=(max(7.5, 1.1 * len(names) + 4.5), 3.8))
    bars = ax.bar(
        range(len(names)),
        scores,
        color=[PALETTE[i % len(PALETTE)] for i in range(len(names))],
        edgecolor="black",
        hatch="//",
    )
    for bar, g in zip(bars, names, strict=True):
        ax.text(
            bar.get_x() + bar.get_width() / 2,
            bar.get_height() / 2,
            f"{bar.get_height():.3f}\nn = {int(per_group[g]['n'])}",
            ha="center",
            va="center",
            fontsize=9,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 2},
        )
    ax.axhline(overall, color="black", lw=2, label=_w("pic_overall", value=round(overall, 3)))
    if baseline is not None:
        ax.axhline(baseline, color="black", ls="--", lw=1.5, label=_w("pic_baseline"))
    ax.set_xticks(range(len(names)), names, rotation=20 if len(names) > 4 else 0)
    ax.set_ylabel(_w("metric_name_" + metric.replace(" ", "_")))
    ax.set_ylim(0, max(scores + [overall] + ([baseline] if baseline is not None else [])) * 1.1)
    ax.legend(fontsize=9, loc="upper left", bbox_to_anchor=(1.01, 1.0))
    ax.set_title(_w("pic_groups_title"))
    fig.tight_layout()
    return fig
