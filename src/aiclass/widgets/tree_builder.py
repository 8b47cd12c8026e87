"""Build a decision tree by choosing a yes/no question at each branch; the tree picture grows."""

from __future__ import annotations

import ipywidgets as widgets
from matplotlib.figure import Figure

from aiclass.datasets.animals import GROUPS, QUESTIONS, Animal
from aiclass.i18n import current_language, pick, t
from aiclass.widgets.picture import Picture
from aiclass.widgets.style import MARKERS, PALETTE, RIGHT_MARK, WRONG_MARK
from aiclass.widgets.touch import big_button, big_text, small_button
from aiclass.widgets.work import PupilWork
from aiclass.yes_no_tree import (
    MAX_DEPTH,
    animals_at,
    asked_above,
    clean_tree,
    leaf_group,
    leaves,
    open_path,
    sort_one,
)

GLYPHS = ["●", "▲", "■", "◆"]  # the same shapes as style.MARKERS, for words in HTML


def group_badge(group: str) -> str:
    """A group's shape in its colour, then its name (colour is never the only clue)."""
    k = list(GROUPS).index(group)
    return f"<span style='color:{PALETTE[k]}'>{GLYPHS[k]}</span> {pick(GROUPS[group])}"


def node_xy(path: str) -> tuple[float, float]:
    """Where a node sits in the picture: yes branches go left, no branches go right."""
    x = 0.5
    for depth, step in enumerate(path):
        x += (-1 if step == "y" else 1) * 0.25 / 2**depth
    return x, -len(path)


class TreeBuilder(widgets.VBox):
    """Question buttons, the growing tree picture, and a button that sorts new animals with it."""

    def __init__(self, training: list[Animal], testing: list[Animal], work: PupilWork):
        self.training, self.testing, self.work = training, testing, work
        self.tree: dict[str, str] = clean_tree(work.get("tree", {}))
        self.here = widgets.HTML()
        self.buttons = {key: self._question_button(i, key) for i, key in enumerate(QUESTIONS)}
        self.picture = Picture(width="620px")
        self.legend = widgets.HTML(big_text(" &nbsp; ".join(group_badge(g) for g in GROUPS)))
        undo = small_button("↶ " + t("widgets.undo"))
        again = small_button("⟲ " + t("widgets.start_again"))
        undo.on_click(lambda _: self.undo())
        again.on_click(lambda _: self.start_again())
        self.sort_button = big_button("▶ " + t("widgets_tree_builder.sort"), colour=PALETTE[2], width="340px")
        self.sort_button.on_click(lambda _: self.sort_new())
        self.score = widgets.HTML()
        self.results = widgets.HTML()
        self.accuracy: float | None = None
        super().__init__([
            self.here,
            widgets.HBox([widgets.VBox(list(self.buttons.values())), self.picture],
                         layout={"align_items": "center"}),
            self.legend,
            widgets.HBox([undo, again]),
            self.sort_button,
            self.score,
            self.results,
        ])
        self.add_class("aiclass-tree-builder")
        self.redraw()

    def _question_button(self, index: int, key: str) -> widgets.Button:
        button = widgets.Button(
            description=f"{index + 1}. {pick(QUESTIONS[key])}",
            style={"font_size": "20px", "button_color": "#DDEEFF"},
            layout=widgets.Layout(width="320px", height="52px", margin="4px"),
        )
        button.on_click(lambda _b, key=key: self.ask(key))
        return button

    @property
    def open_branch(self) -> str | None:
        return open_path(self.tree, self.training)

    def ask(self, question: str) -> None:
        """Ask ``question`` at the open branch (ignored when nothing is open or it was asked above)."""
        path = self.open_branch
        if path is None or question in asked_above(self.tree, path):
            return
        self.tree[path] = question
        self._save()

    def undo(self) -> None:
        if self.tree:
            self.tree.pop(list(self.tree)[-1])
            self._save()

    def start_again(self) -> None:
        self.tree = {}
        self._save()

    def _save(self) -> None:
        self.work.set("tree", self.tree)
        self.score.value = self.results.value = ""
        self.redraw()

    def sort_new(self) -> float:
        """Sort the new animals with the tree; show each with the tree's answer and ✔ or ✘."""
        guessed = [sort_one(self.tree, a, self.training) for a in self.testing]
        right = sum(g == a.group for g, a in zip(guessed, self.testing, strict=True))
        self.accuracy = right / len(self.testing)
        self.work.set("sorted", {"right": right, "total": len(self.testing)})
        self.score.value = big_text(t("widgets.right_of", right=right, total=len(self.testing)), bold=True)
        lang = current_language()
        rows = "".join(
            f"<tr><td style='font-size:34px'>{a.emoji}</td><td>{a.name(lang)}</td><td>→ {group_badge(g)}</td>"
            f"<td style='font-size:28px'>{RIGHT_MARK if g == a.group else WRONG_MARK}</td></tr>"
            for a, g in zip(self.testing, guessed, strict=True)
        )
        self.results.value = f"<table style='font-size:22px;border-spacing:14px 4px'>{rows}</table>"
        return self.accuracy

    def redraw(self) -> None:
        path = self.open_branch
        asked = asked_above(self.tree, path) if path is not None else set(QUESTIONS)
        for key, button in self.buttons.items():
            button.disabled = key in asked
        if path is None:
            self.here.value = big_text(t("widgets_tree_builder.done"), bold=True)
        else:
            animals = "".join(a.emoji for a in animals_at(self.tree, path, self.training))
            key = "widgets_tree_builder.start" if path == "" else "widgets_tree_builder.branch"
            self.here.value = big_text(t(key) + f"<br><span style='font-size:40px'>{animals}</span>")
        self.picture.show(self.figure())

    def figure(self) -> Figure:
        """The tree: numbered question circles, ✔ / ✘ branches, leaves showing the group they say."""
        fig = Figure(figsize=(7, 1.6 + 1.4 * MAX_DEPTH))
        ax = fig.add_subplot()
        names, open_now = list(GROUPS), self.open_branch
        for path, question in self.tree.items():
            x, y = node_xy(path)
            for step, mark in (("y", RIGHT_MARK), ("n", WRONG_MARK)):
                cx, cy = node_xy(path + step)
                ax.plot([x, cx], [y, cy], color="black", lw=2, zorder=1)
                ax.text((x + cx) / 2, (y + cy) / 2, mark, fontsize=18, ha="center", va="center",
                        bbox={"boxstyle": "circle", "fc": "white", "ec": "none"}, zorder=2)
            ax.scatter([x], [y], s=1300, color="white", edgecolor="black", linewidth=2, zorder=3)
            ax.text(x, y, str(list(QUESTIONS).index(question) + 1), fontsize=22, ha="center",
                    va="center", weight="bold", zorder=4)
        for path in leaves(self.tree):
            x, y = node_xy(path)
            here = animals_at(self.tree, path, self.training)
            if path == open_now:
                ax.scatter([x], [y], s=1300, color="white", edgecolor=PALETTE[1], linewidth=4,
                           linestyle="--", zorder=3)
                ax.text(x, y, "?", fontsize=26, ha="center", va="center", weight="bold", zorder=4)
            else:
                k = names.index(leaf_group(path, self.tree, self.training))
                ax.scatter([x], [y], s=900, marker=MARKERS[k], color=PALETTE[k], edgecolor="black",
                           linewidth=2, zorder=3)
            for i, animal in enumerate(here):  # one small shape per training animal that lands here
                k = names.index(animal.group)
                ax.scatter([x + 0.03 * ((i % 4) - 1.5)], [y - 0.45 - 0.18 * (i // 4)], s=50,
                           marker=MARKERS[k], color=PALETTE[k], edgecolor="black", zorder=3)
        ax.set_xlim(-0.05, 1.05), ax.set_ylim(-MAX_DEPTH - 1.3, 0.5)
        ax.axis("off")
        return fig
