"""Pictures for the senior search labs: a town map with explored cells, a knowledge graph,
a decision tree against rules, a campus with Wi-Fi routers, and fitness curves.

Colour is never alone: terrain has hatching and a legend word, explored cells carry a dot,
routes differ in line style and marker, routers are black triangles, covered pupils are filled
dots and uncovered ones hollow, and every bar has its own hatching and its number written on it.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.collections import PatchCollection
from matplotlib.patches import Circle, Patch, Rectangle

from aiclass.i18n import current_language
from aiclass.plots import use_chinese_font_if_needed
from aiclass.search.astar import TERRAIN_NAMES, Found, route_minutes
from aiclass.search.genetic import (
    BUILDING_NAMES,
    BUILDINGS,
    FIELD,
    HEIGHT,
    RANGE,
    WIDTH,
    Campus,
    History,
)
from aiclass.search.knowledge_graph import (
    CLASSES,
    FACTS,
    FEATURE_NAMES,
    FEATURES,
    RELATIONS,
    Photos,
    name,
    say,
)
from aiclass.widgets.style import MARKERS, PALETTE

# terrain: colour, hatching
_GROUND = {
    ".": ("white", None),
    "H": ("white", None),
    "S": ("white", None),
    ",": ("#cfe8c0", ".."),
    "^": ("#d9b98c", "//"),
    "#": ("#4d4d4d", None),
    "~": ("#9ccbe8", "--"),
}
EXPLORED = PALETTE[1]
ROUTE_STYLES = [
    {"color": "black", "linestyle": "-", "marker": "o"},
    {"color": PALETTE[5], "linestyle": "--", "marker": "s"},
    {"color": PALETTE[0], "linestyle": ":", "marker": "^"},
]
_HATCHES = ["//", "..", "xx", "\\\\", "oo", "++"]

_WORDS = {
    "en": {
        "minutes": "{m} min",
        "route": "{label}: {cells} cells, {minutes} min",
        "cells_only": "{label}: {cells} cells",
        "search": "{label}\n{n} cells expanded · route {minutes} min",
        "no_route": "{label}\n{n} cells expanded · no route",
        "explored": "expanded (taken out of the queue)",
        "over": "{label}: guesses too many minutes on {n} of {total} cells",
        "over_cell": "h guesses more than the true minutes",
        "ok_cell": "h never guesses too much here",
        "weight": "weight w in h = w × Manhattan",
        "expanded": "cells expanded",
        "route_min": "minutes of the route found",
        "best": "fewest minutes possible: {m}",
        "truth": "true class",
        "tree": "decision tree",
        "rules": "rules",
        "unknown": "? unknown",
        "gen": "generation {g}: {share:.0%} of counted pupils covered",
        "router": "router (range {r:.0f} m)",
        "covered": "5 pupils, within range",
        "not_covered": "5 pupils, out of range",
        "evals": "placements tried (fitness evaluations)",
        "fitness": "best fitness so far",
        "ga": "genetic algorithm",
        "random": "random search",
        "seed": "seed {s}",
        "rate": "mutation rate",
        "final": "best fitness after {n} evaluations",
        "mean": "mean ± standard deviation",
        "share": "share of the building's pupils covered",
        "metres": "x (metres)",
        "graph": "The knowledge base: an arrow means 'is a kind of'; a box lists what all its members have",
        "chain": "bold arrows and ★: the given facts behind '{fact}'",
    },
    "zh-CN": {
        "minutes": "{m} 分钟",
        "route": "{label}：{cells} 格，{minutes} 分钟",
        "cells_only": "{label}：{cells} 格",
        "search": "{label}\n展开了 {n} 格 · 路线 {minutes} 分钟",
        "no_route": "{label}\n展开了 {n} 格 · 没有路线",
        "explored": "已展开（从队列里取出过）",
        "over": "{label}：{total} 格中有 {n} 格估计的分钟数太多",
        "over_cell": "h 估计的分钟数比真实的多",
        "ok_cell": "h 在这里从不高估",
        "weight": "h = w × 曼哈顿距离 中的权重 w",
        "expanded": "展开的格数",
        "route_min": "找到的路线要几分钟",
        "best": "最少可能的分钟数：{m}",
        "truth": "真实类别",
        "tree": "决策树",
        "rules": "规则",
        "unknown": "? 不知道",
        "gen": "第 {g} 代：覆盖了 {share:.0%} 的被统计学生",
        "router": "路由器（信号范围 {r:.0f} 米）",
        "covered": "5 名学生，在信号范围内",
        "not_covered": "5 名学生，不在信号范围内",
        "evals": "试过的方案数（适应度计算次数）",
        "fitness": "目前最好的适应度",
        "ga": "遗传算法",
        "random": "随机搜索",
        "seed": "种子 {s}",
        "rate": "变异率",
        "final": "计算 {n} 次适应度后的最好结果",
        "mean": "平均值 ± 标准差",
        "share": "该楼学生被覆盖的比例",
        "metres": "x（米）",
        "graph": "知识库：箭头表示“是一种”；方框里列出这一类成员共有的特点",
        "chain": "粗箭头和 ★：推出“{fact}”所依据的已知事实",
    },
}


def _words() -> dict[str, str]:
    return _WORDS[current_language()]


def _lang() -> str:
    return current_language()


# --- town map and searches -------------------------------------------------------------------


def _cells(cells, **style) -> PatchCollection:
    return PatchCollection([Rectangle((c - 0.5, r - 0.5), 1, 1) for r, c in cells], **style)


def draw_town(ax, grid: Sequence[str], explored: Sequence = (), letters: bool = True) -> None:
    """Draw the terrain on ``ax``; cells in ``explored`` get an orange wash and a dot."""
    by_kind: dict[str, list] = {}
    for r, row in enumerate(grid):
        for c, char in enumerate(row):
            by_kind.setdefault(char, []).append((r, c))
    for char, cells in by_kind.items():
        colour, hatch = _GROUND.get(char, ("white", None))
        ax.add_collection(
            _cells(cells, facecolor=colour, hatch=hatch, edgecolor="#bbbbbb", linewidth=0.3)
        )
    done = list(dict.fromkeys(explored))
    if done:
        ax.add_collection(_cells(done, facecolor=EXPLORED, alpha=0.55, linewidth=0))
        ax.scatter([c for _, c in done], [r for r, _ in done], s=1.5, color="black", zorder=2)
    if letters:
        for char in "HS":
            for r, c in by_kind.get(char, []):
                ax.text(
                    c,
                    r,
                    char,
                    ha="center",
                    va="center",
                    fontsize=11,
                    fontweight="bold",
                    bbox={
                        "boxstyle": "circle,pad=0.15",
                        "facecolor": "white",
                        "edgecolor": "black",
                    },
                    zorder=5,
                )
    ax.set_xlim(-0.5, len(grid[0]) - 0.5)
    ax.set_ylim(len(grid) - 0.5, -0.5)
    ax.set_aspect("equal")
    ax.set_xticks([])
    ax.set_yticks([])


def _draw_route(ax, route: Sequence, style: int = 0, label: str | None = None) -> None:
    s = ROUTE_STYLES[style % len(ROUTE_STYLES)]
    ax.plot(
        [c for _, c in route],
        [r for r, _ in route],
        linewidth=2.5,
        markersize=3.5,
        zorder=4,
        label=label,
        **s,
    )


def _terrain_legend(fig, explored: bool = False) -> None:
    lang = _lang()
    cost = {".": 1, ",": 3, "^": 5}
    handles = []
    for char in ".,^#~":
        colour, hatch = _GROUND[char]
        text = TERRAIN_NAMES[char][lang]
        if char in cost:
            text += f" ({_words()['minutes'].format(m=cost[char])})"
        handles.append(Patch(facecolor=colour, hatch=hatch, edgecolor="grey", label=text))
    if explored:
        handles.append(
            Patch(
                facecolor=EXPLORED, alpha=0.55, edgecolor="grey", label="• " + _words()["explored"]
            )
        )
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=9, frameon=False)


def show_town(
    grid: Sequence[str], routes: Sequence[tuple[str, Sequence]] = (), minutes: bool = True
):
    """The town map, with each (label, route) drawn in its own line style."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(11, 5.2))
    draw_town(ax, grid)
    for i, (label, route) in enumerate(routes):
        if minutes:
            text = words["route"].format(
                label=label, cells=len(route) - 1, minutes=route_minutes(list(grid), list(route))
            )
        else:
            text = words["cells_only"].format(label=label, cells=len(route) - 1)
        _draw_route(ax, route, i, text)
    if routes:
        ax.legend(
            loc="upper center",
            bbox_to_anchor=(0.5, 1.13),
            ncol=len(routes),
            fontsize=10,
            frameon=False,
        )
    _terrain_legend(fig)
    fig.subplots_adjust(left=0.02, right=0.98, bottom=0.1, top=0.9)
    return fig


def show_searches(grid: Sequence[str], searches: Sequence[tuple[str, Found]]):
    """Side by side: the cells each search expanded and the route it found."""
    use_chinese_font_if_needed()
    words = _words()
    count = len(searches)
    cols = 2 if count > 1 else 1
    lines = (count + cols - 1) // cols
    fig, axes = plt.subplots(lines, cols, figsize=(7.2 * cols, 3.4 * lines + 0.8), squeeze=False)
    for ax, (label, found) in zip(axes.flat, searches, strict=False):
        draw_town(ax, grid, explored=found.expanded)
        route = found.route
        if route:
            _draw_route(ax, route)
            title = words["search"].format(
                label=label, n=len(found.expanded), minutes=found.minutes
            )
        else:
            title = words["no_route"].format(label=label, n=len(found.expanded))
        ax.set_title(title, fontsize=11)
    for ax in list(axes.flat)[count:]:
        ax.axis("off")
    _terrain_legend(fig, explored=True)
    fig.subplots_adjust(
        left=0.02, right=0.98, bottom=0.1 if lines > 1 else 0.14, top=0.9, hspace=0.3, wspace=0.05
    )
    return fig


def show_overestimates(
    grid: Sequence[str], goal, truth: dict, heuristics: Sequence[tuple[str, object]]
):
    """For each (label, h): the cells where h guesses more minutes to school than the truth."""
    use_chinese_font_if_needed()
    words = _words()
    fig, axes = plt.subplots(
        1, len(heuristics), figsize=(7.2 * len(heuristics), 3.9), squeeze=False
    )
    for ax, (label, h) in zip(axes.flat, heuristics, strict=True):
        draw_town(ax, grid)
        bad = [cell for cell, m in truth.items() if h(cell, goal) > m]
        if bad:
            ax.add_collection(_cells(bad, facecolor=PALETTE[5], alpha=0.45, linewidth=0))
            ax.scatter(
                [c for _, c in bad],
                [r for r, _ in bad],
                marker="x",
                s=8,
                color="black",
                linewidth=0.8,
            )
        ax.set_title(words["over"].format(label=label, n=len(bad), total=len(truth)), fontsize=11)
    handles = [
        Patch(facecolor=PALETTE[5], alpha=0.45, edgecolor="grey", label="× " + words["over_cell"])
    ]
    fig.legend(handles=handles, loc="lower center", fontsize=10, frameon=False)
    fig.subplots_adjust(left=0.02, right=0.98, bottom=0.12, top=0.88, wspace=0.05)
    return fig


def show_weights(
    weights: Sequence[float], expanded: Sequence[int], minutes: Sequence[float], best: float
):
    """Cells expanded and minutes of the route found, for each weight of the heuristic."""
    use_chinese_font_if_needed()
    words = _words()
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 3.6))
    xs = range(len(weights))
    left.bar(xs, expanded, color=PALETTE[1], edgecolor="black", hatch="..")
    right.bar(xs, minutes, color=PALETTE[0], edgecolor="black", hatch="//")
    right.axhline(best, color="black", linestyle="--", label=words["best"].format(m=best))
    for ax, values, label in (
        (left, expanded, words["expanded"]),
        (right, minutes, words["route_min"]),
    ):
        for x, v in zip(xs, values, strict=True):
            ax.text(x, v, f"{v:g}", ha="center", va="bottom", fontsize=10)
        ax.set_xticks(list(xs), [f"{w:g}" for w in weights])
        ax.set_xlabel(words["weight"])
        ax.set_ylabel(label)
        ax.set_ylim(0, max(values) * 1.2)
    right.legend(loc="lower right", fontsize=9)
    fig.tight_layout()
    return fig


# --- knowledge graph -------------------------------------------------------------------------


def _kind_tree(facts: Sequence) -> dict[str, list[str]]:
    children: dict[str, list[str]] = {}
    for s, r, o in facts:
        if r == "is_a":
            children.setdefault(o, []).append(s)
    return children


def _layout(children: dict[str, list[str]], root: str = "animal") -> dict[str, tuple[float, float]]:
    pos: dict[str, tuple[float, float]] = {}
    next_x = [0.0]

    def place(node: str, depth: int) -> float:
        kids = children.get(node, [])
        if not kids:
            x = next_x[0]
            next_x[0] += 1
        else:
            x = float(np.mean([place(k, depth + 1) for k in kids]))
        pos[node] = (x, -depth)
        return x

    place(root, 0)
    # leaves at the bottom row, so species line up
    bottom = min(y for _, y in pos.values())
    return {n: (x, bottom if n not in children else y) for n, (x, y) in pos.items()}


def show_knowledge_graph(facts: Sequence = FACTS, chain: Sequence | None = None, fact=None):
    """The is-a tree of the knowledge base; each box lists what that group has in common.
    ``chain`` (facts) is drawn bold and starred, e.g. the reasons behind ``fact``."""
    use_chinese_font_if_needed()
    words = _words()
    lang = _lang()
    children = _kind_tree(facts)
    pos = _layout(children)
    chain_set = set(chain or [])
    notes: dict[str, list[str]] = {}
    for s, r, o in facts:
        if r != "is_a" and s in pos:
            en, zh = RELATIONS.get(r, ("{s} " + r + " {o}", "{s} " + r + " {o}"))
            short = (zh if lang == "zh-CN" else en).format(s="", o=name(o, lang)).strip()
            star = "★ " if (s, r, o) in chain_set else ""
            notes.setdefault(s, []).append(star + short)
    fig, ax = plt.subplots(figsize=(15, 7.5))
    for s, r, o in facts:
        if r == "is_a" and s in pos and o in pos:
            thick = (s, r, o) in chain_set
            ax.annotate(
                "",
                xy=pos[o],
                xytext=pos[s],
                arrowprops={
                    "arrowstyle": "-|>",
                    "color": "black" if thick else "#9a9a9a",
                    "linewidth": 3.5 if thick else 1,
                    "linestyle": "-" if thick else "--",
                    "shrinkA": 14,
                    "shrinkB": 14,
                },
                zorder=1,
            )
    for node, (x, y) in pos.items():
        is_class = node in CLASSES
        leaf = node not in children
        label = name(node, lang)
        if lang != "zh-CN":
            label = textwrap.fill(label, 13)
        if notes.get(node):
            label += "\n" + "\n".join(notes[node])
        ax.text(
            x,
            y,
            label,
            ha="center",
            va="center",
            fontsize=8.5,
            bbox={
                "boxstyle": "round,pad=0.3",
                "facecolor": PALETTE[4] if is_class else ("#fff6d5" if leaf else "white"),
                "edgecolor": "black",
                "linewidth": 1.5 if is_class else 0.8,
                "linestyle": "-" if is_class or leaf else ":",
            },
            zorder=3,
        )
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    ax.set_xlim(min(xs) - 0.7, max(xs) + 0.7)
    ax.set_ylim(min(ys) - 0.6, max(ys) + 0.6)
    ax.axis("off")
    title = words["graph"]
    if fact is not None:
        title += "\n" + words["chain"].format(fact=say(fact, lang))
    ax.set_title(title, fontsize=11)
    fig.tight_layout()
    return fig


def show_animal_tree(tree, max_depth: int | None = None):
    """The decision tree learned from the photos, with features and classes named."""
    from sklearn.tree import plot_tree

    use_chinese_font_if_needed()
    lang = _lang()
    fig, ax = plt.subplots(figsize=(12, 5.5))
    features = [FEATURE_NAMES[f][1 if lang == "zh-CN" else 0] for f in FEATURES]
    classes = [name(c, lang) for c in tree.classes_]
    plot_tree(
        tree,
        feature_names=features,
        class_names=classes,
        impurity=False,
        filled=False,
        rounded=True,
        fontsize=9,
        max_depth=max_depth,
        ax=ax,
    )
    fig.tight_layout()
    return fig


def show_comparison(animals: Photos, tree: Sequence[str], rules: Sequence[str]):
    """A table: each new animal, its true class, and what the tree and the rules say (✔ ✘ ?)."""
    use_chinese_font_if_needed()
    words = _words()
    lang = _lang()
    names, truth = animals.names[lang], list(animals.y)
    fig, ax = plt.subplots(figsize=(10, 0.55 * len(names) + 1.2))
    ax.axis("off")
    header = ["", words["truth"], words["tree"], words["rules"]]
    rows = []
    for a, t, p, r in zip(names, truth, tree, rules, strict=True):

        def mark(answer: str, t: str = t) -> str:
            if answer == "unknown":
                return words["unknown"]
            return ("✔ " if answer == t else "✘ ") + name(answer, lang)

        rows.append([a, name(t, lang), mark(str(p)), mark(str(r))])
    table = ax.table(cellText=rows, colLabels=header, loc="center", cellLoc="left")
    table.auto_set_font_size(False)
    table.set_fontsize(11)
    table.scale(1, 1.6)
    for (row, _col), cell in table.get_celld().items():
        text = cell.get_text().get_text()
        if row == 0:
            cell.set_text_props(fontweight="bold")
        elif text.startswith("✘"):
            cell.set_facecolor("#f6d3b8")
        elif text.startswith("?"):
            cell.set_facecolor("#e8e8e8")
    fig.tight_layout()
    return fig


# --- campus and genetic algorithm ------------------------------------------------------------


def draw_campus(ax, campus: Campus, genome=None, counted: Sequence[str] | None = None) -> None:
    """Buildings (hatched, named), pupils as dots (filled if covered), routers and their range."""
    lang = _lang()
    x0, y0, x1, y1 = FIELD
    ax.add_patch(
        Rectangle((x0, y0), x1 - x0, y1 - y0, facecolor="#e6f2dc", edgecolor="#7a9a6a", hatch="||")
    )
    ax.text(
        (x0 + x1) / 2,
        (y0 + y1) / 2,
        BUILDING_NAMES["field"][lang],
        ha="center",
        va="center",
        fontsize=9,
    )
    for i, (key, ((bx0, by0, bx1, by1), pupils)) in enumerate(BUILDINGS.items()):
        ax.add_patch(
            Rectangle(
                (bx0, by0),
                bx1 - bx0,
                by1 - by0,
                facecolor="#f7f7f7",
                edgecolor="#c8c8c8",
                hatch=_HATCHES[i % len(_HATCHES)],
                linewidth=0,
            )
        )
        ax.add_patch(
            Rectangle(
                (bx0, by0), bx1 - bx0, by1 - by0, facecolor="none", edgecolor="black", linewidth=1.2
            )
        )
        label = f"{BUILDING_NAMES[key][lang]} · {pupils}"
        if counted is not None and key not in counted:
            label += " ✘"
        ax.text(
            (bx0 + bx1) / 2,
            by1 + 1.5,
            label,
            ha="center",
            va="bottom",
            fontsize=8.5,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1},
            zorder=6,
        )
    hit = campus.covered(genome) if genome is not None else np.zeros(len(campus.pupils), bool)
    ax.scatter(
        *campus.pupils[hit].T, s=9, color=PALETTE[0], edgecolor="black", linewidth=0.3, zorder=3
    )
    ax.scatter(
        *campus.pupils[~hit].T, s=9, facecolor="white", edgecolor="#555555", linewidth=0.6, zorder=3
    )
    if genome is not None:
        for x, y in np.asarray(genome).reshape(-1, 2):
            ax.add_patch(
                Circle(
                    (x, y),
                    RANGE,
                    facecolor="none",
                    edgecolor="black",
                    linestyle="--",
                    linewidth=1.2,
                )
            )
            ax.plot(
                x, y, marker="^", markersize=11, color="black", markeredgecolor="white", zorder=5
            )
    ax.set_xlim(0, WIDTH)
    ax.set_ylim(0, HEIGHT)
    ax.set_aspect("equal")
    ax.tick_params(labelsize=7)
    ax.set_xlabel(_words()["metres"], fontsize=8)


def _campus_legend(fig) -> None:
    words = _words()
    handles = [
        plt.Line2D(
            [],
            [],
            marker="^",
            color="black",
            linestyle="--",
            markersize=10,
            label=words["router"].format(r=RANGE),
        ),
        plt.Line2D(
            [],
            [],
            marker="o",
            color=PALETTE[0],
            markeredgecolor="black",
            linestyle="",
            label=words["covered"],
        ),
        plt.Line2D(
            [],
            [],
            marker="o",
            markerfacecolor="white",
            markeredgecolor="#555555",
            linestyle="",
            label=words["not_covered"],
        ),
    ]
    fig.legend(handles=handles, loc="lower center", ncol=3, fontsize=9, frameon=False)


def show_campus(
    campus: Campus, genome=None, title: str | None = None, counted: Sequence[str] | None = None
):
    """The campus, with a placement of routers if given (✘ marks buildings the fitness ignores)."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(9, 5.8))
    draw_campus(ax, campus, genome, counted)
    if title:
        ax.set_title(title, fontsize=11)
    _campus_legend(fig)
    fig.subplots_adjust(left=0.06, right=0.98, bottom=0.1, top=0.93)
    return fig


def show_generations(
    history: History, campus: Campus, generations: Sequence[int] = (0, 10, 50), counted=None
):
    """The best placement after each of ``generations``, side by side."""
    use_chinese_font_if_needed()
    words = _words()
    fig, axes = plt.subplots(
        1, len(generations), figsize=(5.2 * len(generations), 3.9), squeeze=False
    )
    for ax, g in zip(axes.flat, generations, strict=True):
        draw_campus(ax, campus, history.best_genome[g], counted)
        ax.set_title(words["gen"].format(g=g, share=history.best_fitness[g]), fontsize=10)
    _campus_legend(fig)
    fig.subplots_adjust(left=0.03, right=0.99, bottom=0.14, top=0.9, wspace=0.12)
    return fig


def show_fitness(histories: Sequence[History], random_curves: Sequence[Sequence[float]] = ()):
    """Best fitness so far against placements tried: each GA run a solid line, each random
    search a dashed one."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(8, 4))
    for i, h in enumerate(histories):
        ax.plot(
            h.evaluations_at,
            h.best_fitness,
            color=PALETTE[0],
            marker=MARKERS[0],
            markevery=10,
            markersize=4,
            label=words["ga"] if i == 0 else None,
        )
    for i, curve in enumerate(random_curves):
        ax.plot(
            range(1, len(curve) + 1),
            curve,
            color=PALETTE[5],
            linestyle="--",
            marker=MARKERS[1],
            markevery=max(1, len(curve) // 5),
            markersize=4,
            label=words["random"] if i == 0 else None,
        )
    ax.set_xlabel(words["evals"])
    ax.set_ylabel(words["fitness"])
    ax.set_ylim(0, 1)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    fig.tight_layout()
    return fig


def _strip(ax, groups: Sequence[Sequence[float]], labels: Sequence[str]) -> None:
    words = _words()
    for i, values in enumerate(groups):
        values = np.asarray(values, dtype=float)
        jitter = np.linspace(-0.12, 0.12, len(values)) if len(values) > 1 else np.zeros(1)
        ax.scatter(
            i + jitter,
            values,
            marker=MARKERS[i % len(MARKERS)],
            color=PALETTE[i % len(PALETTE)],
            edgecolor="black",
            zorder=3,
        )
        mean, sd = float(np.mean(values)), float(np.std(values))
        ax.errorbar(i + 0.3, mean, yerr=sd, color="black", capsize=5, marker="_", markersize=14)
        ax.text(i + 0.36, mean, f"{mean:.3f} ± {sd:.3f}", va="center", fontsize=9)
    ax.set_xticks(range(len(groups)), labels)
    ax.set_xlim(-0.5, len(groups) - 0.1)
    ax.plot([], [], color="black", marker="_", label=words["mean"])
    ax.legend(loc="lower left", fontsize=9)
    ax.grid(axis="y", alpha=0.3)


def show_spread(results: dict[str, Sequence[float]], evaluations: int):
    """Final best fitness of each run (one dot per seed), with mean ± standard deviation."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(7.5, 4))
    _strip(ax, list(results.values()), list(results.keys()))
    ax.set_ylabel(words["final"].format(n=evaluations))
    fig.tight_layout()
    return fig


def show_rates(rates: Sequence[float], finals: Sequence[Sequence[float]], evaluations: int):
    """Final best fitness for each mutation rate (one dot per seed)."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(9, 4))
    _strip(ax, finals, [f"{r:g}" for r in rates])
    ax.set_xlabel(words["rate"])
    ax.set_ylabel(words["final"].format(n=evaluations))
    fig.tight_layout()
    return fig


def show_group_coverage(results: dict[str, dict[str, float]]):
    """Per building: the share of its pupils covered, one hatched bar per fitness."""
    use_chinese_font_if_needed()
    words = _words()
    lang = _lang()
    groups = list(BUILDINGS)
    fig, ax = plt.subplots(figsize=(10, 4))
    width = 0.8 / max(1, len(results))
    for i, (label, shares) in enumerate(results.items()):
        xs = np.arange(len(groups)) + (i - (len(results) - 1) / 2) * width
        values = [shares[g] for g in groups]
        ax.bar(
            xs,
            values,
            width,
            label=label,
            color=PALETTE[i % len(PALETTE)],
            edgecolor="black",
            hatch=_HATCHES[i % len(_HATCHES)],
        )
        for x, v in zip(xs, values, strict=True):
            ax.text(x, v + 0.02, f"{v:.0%}", ha="center", fontsize=8.5)
    ax.set_xticks(range(len(groups)), [BUILDING_NAMES[g][lang] for g in groups])
    ax.set_ylabel(words["share"])
    ax.set_ylim(0, 1.15)
    ax.legend(loc="upper center", ncol=len(results), fontsize=9, frameon=False)
    fig.tight_layout()
    return fig
