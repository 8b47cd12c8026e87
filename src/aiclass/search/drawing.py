"""Pictures of searches: the school map, the wave of breadth-first search, routes and bus maps.

Colour is never alone: reached cells carry their step number, the frontier is orange and
outlined with a diamond, the route is a black line with dots, walls are dark grey.
"""

from __future__ import annotations

from collections.abc import Sequence

import matplotlib.pyplot as plt
from matplotlib.patches import Patch, Rectangle

from aiclass.i18n import current_language
from aiclass.plots import use_chinese_font_if_needed
from aiclass.search.grid_maze import BUS_STOPS, PLACES, WALL, Search, walk_back
from aiclass.widgets.style import PALETTE

WALL_GREY, REACHED_BLUE, FRONTIER_ORANGE = "#4d4d4d", "#b3dcf5", PALETTE[1]

_WORDS = {
    "en": {
        "wall": "wall / building",
        "reached": "reached (number = steps from start)",
        "frontier": "frontier (reached just now)",
        "route": "route",
        "step": "step {k}: {n} cells reached",
        "bfs": "breadth-first: {steps}-step route, {n} cells reached",
        "dfs": "depth-first: {steps}-step route, {n} cells reached",
        "none": "no route found ({n} cells reached)",
        "walk": "random walk (seed)",
        "steps": "steps to the canteen",
        "bfs_line": "breadth-first route: {steps} steps",
        "ride": "bus stop",
        "rides": "{n} stops",
        "average": "average of the walks: {avg:.0f}",
    },
    "zh-CN": {
        "wall": "墙 / 建筑",
        "reached": "已到达（数字 = 离起点几步）",
        "frontier": "边界（刚刚到达）",
        "route": "路线",
        "step": "第 {k} 步：已到达 {n} 格",
        "bfs": "广度优先：路线 {steps} 步，到达了 {n} 格",
        "dfs": "深度优先：路线 {steps} 步，到达了 {n} 格",
        "none": "没有找到路线（到达了 {n} 格）",
        "walk": "随机乱走（种子）",
        "steps": "走到食堂用的步数",
        "bfs_line": "广度优先的路线：{steps} 步",
        "ride": "公交站",
        "rides": "坐 {n} 站",
        "average": "乱走的平均值：{avg:.0f}",
    },
}


def _words() -> dict[str, str]:
    return _WORDS[current_language()]


def place_names(grid: Sequence[str]) -> str:
    """One line naming the letters on the map, in the learner's language."""
    lang = current_language()
    here = "".join(grid)
    return "   ".join(
        f"{letter} = {names[lang]}" for letter, names in PLACES.items() if letter in here
    )


def draw_map(
    ax,
    grid: Sequence[str],
    search: Search | None = None,
    upto: int | None = None,
    route: Sequence | None = None,
    numbers: bool = True,
) -> None:
    """Draw ``grid`` on ``ax``; with ``search``, shade cells reached within ``upto`` steps."""
    rows, cols = len(grid), len(grid[0])
    distance = search.distance if search is not None else {}
    limit = upto if upto is not None else (max(distance.values()) if distance else -1)
    for r in range(rows):
        for c in range(cols):
            char = grid[r][c]
            steps = distance.get((r, c))
            colour, hatch = "white", None
            if char == WALL:
                colour = WALL_GREY
            elif steps is not None and steps == limit:
                colour = FRONTIER_ORANGE
            elif steps is not None and steps < limit:
                colour = REACHED_BLUE
            if char == "S":
                hatch = "///"
            ax.add_patch(
                Rectangle(
                    (c - 0.5, r - 0.5),
                    1,
                    1,
                    facecolor=colour,
                    edgecolor="#bbbbbb",
                    linewidth=0.5,
                    hatch=hatch,
                )
            )
            shown = numbers and steps is not None and steps <= limit
            if char not in (WALL, "."):
                ax.text(
                    c,
                    r - (0.18 if shown else 0),
                    char,
                    ha="center",
                    va="center",
                    fontsize=11,
                    color="#7a1f5c" if char == "S" else "black",
                )
                if shown:
                    ax.text(c, r + 0.3, str(steps), ha="center", va="center", fontsize=6)
            elif shown:
                ax.text(c, r, str(steps), ha="center", va="center", fontsize=7)
            if steps is not None and steps == limit and char != WALL:
                ax.plot(c + 0.3, r - 0.3, marker="D", markersize=3, color="black")
    if route:
        ax.plot(
            [c for _, c in route],
            [r for r, _ in route],
            color="black",
            linewidth=2.5,
            marker="o",
            markersize=3,
            zorder=3,
        )
    ax.set_xlim(-0.5, cols - 0.5)
    ax.set_ylim(rows - 0.5, -0.5)
    ax.set_aspect("equal")
    ax.set_xticks(range(0, cols, 2))
    ax.set_yticks(range(rows))
    ax.tick_params(labelsize=7)


def _legend(fig, grid: Sequence[str], route: bool = False, wave: bool = True) -> None:
    words = _words()
    handles = [Patch(facecolor=WALL_GREY, label=words["wall"])]
    if wave:
        handles += [
            Patch(facecolor=REACHED_BLUE, edgecolor="grey", label=words["reached"]),
            Patch(facecolor=FRONTIER_ORANGE, edgecolor="grey", label="◆ " + words["frontier"]),
        ]
    if route:
        handles.append(
            plt.Line2D([], [], color="black", linewidth=2.5, marker="o", label=words["route"])
        )
    fig.legend(handles=handles, loc="lower center", ncol=len(handles), fontsize=9, frameon=False)
    fig.text(0.5, 0.93 if wave else 0.95, place_names(grid), ha="center", fontsize=9)


def show_map(grid: Sequence[str], route: Sequence | None = None, title: str | None = None):
    """The map alone (with a route, if given)."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(9, 5.6))
    draw_map(ax, grid, route=route)
    if title:
        ax.set_title(title)
    _legend(fig, grid, route=bool(route), wave=False)
    fig.subplots_adjust(bottom=0.1, top=0.88)
    return fig


def show_spread(search: Search, grid: Sequence[str], steps: Sequence[int]):
    """The breadth-first wave after each number of ``steps``, one small map per number."""
    use_chinese_font_if_needed()
    words = _words()
    count = len(steps)
    cols = 2 if count > 1 else 1
    lines = (count + cols - 1) // cols
    size = (13, 4.2 * lines) if count > 1 else (10, 6.2)
    fig, axes = plt.subplots(lines, cols, figsize=size, squeeze=False)
    for ax, k in zip(axes.flat, steps, strict=False):
        draw_map(ax, grid, search=search, upto=k)
        reached = sum(1 for d in search.distance.values() if d <= k)
        ax.set_title(words["step"].format(k=k, n=reached), fontsize=11)
    for ax in list(axes.flat)[count:]:
        ax.axis("off")
    _legend(fig, grid)
    fig.subplots_adjust(bottom=0.1 if count > 2 else 0.13, top=0.86, hspace=0.25, wspace=0.08)
    return fig


def show_step(search: Search, grid: Sequence[str], step: int):
    """The wave after ``step`` steps, on one big map."""
    return show_spread(search, grid, [step])


def _route_title(kind: str, search: Search, route: Sequence | None) -> str:
    words = _words()
    if not route:
        return words["none"].format(n=len(search.reached))
    return words[kind].format(steps=len(route) - 1, n=len(search.reached))


def show_route(search: Search, grid: Sequence[str], route: Sequence | None):
    """Every cell the search reached, and the route it found."""
    use_chinese_font_if_needed()
    fig, ax = plt.subplots(figsize=(9, 5.8))
    draw_map(ax, grid, search=search, route=route)
    ax.set_title(_route_title("bfs", search, route))
    _legend(fig, grid, route=True)
    fig.subplots_adjust(bottom=0.1, top=0.86)
    return fig


def show_found(search: Search, grid: Sequence[str]):
    """Like ``show_route``, with the route the search's own links give (or none if it failed)."""
    route = walk_back(search.came_from, search.start, search.goal) if search.found else None
    return show_route(search, grid, route)


def show_two_searches(grid: Sequence[str], searches: Sequence[tuple[str, Search, Sequence | None]]):
    """Side by side: each (kind, search, route) with kind 'bfs' or 'dfs'."""
    use_chinese_font_if_needed()
    fig, axes = plt.subplots(1, len(searches), figsize=(6.5 * len(searches), 4.6), squeeze=False)
    for ax, (kind, search, route) in zip(axes.flat, searches, strict=True):
        draw_map(ax, grid, search=search, route=route, numbers=False)
        ax.set_title(_route_title(kind, search, route), fontsize=11)
    _legend(fig, grid, route=True)
    fig.subplots_adjust(bottom=0.12, top=0.84, wspace=0.08)
    return fig


def show_walks(walk_steps: Sequence[int], bfs_steps: int):
    """One bar per random walk, and the breadth-first route's length as a line."""
    use_chinese_font_if_needed()
    words = _words()
    fig, ax = plt.subplots(figsize=(7, 3.8))
    seeds = list(range(len(walk_steps)))
    ax.bar(seeds, walk_steps, color=PALETTE[4], edgecolor="black", hatch="..", label=words["walk"])
    ax.axhline(
        bfs_steps, color="black", linewidth=2.5, label=words["bfs_line"].format(steps=bfs_steps)
    )
    average = sum(walk_steps) / len(walk_steps)
    ax.axhline(
        average,
        color=PALETTE[5],
        linestyle="--",
        linewidth=2,
        label=words["average"].format(avg=average),
    )
    ax.set_xticks(seeds)
    ax.set_xlabel(words["walk"])
    ax.set_ylabel(words["steps"])
    ax.set_ylim(0, max(max(walk_steps), bfs_steps) * 1.5)
    ax.legend(fontsize=9, loc="upper center", ncol=2)
    return fig


def show_bus_map(town: dict, route: Sequence[str] | None = None):
    """The bus stops and links; the route (if any) drawn thick."""
    use_chinese_font_if_needed()
    words = _words()
    lang = current_language()
    fig, ax = plt.subplots(figsize=(8, 4.6))
    on_route = set(zip(route, route[1:], strict=False)) if route else set()
    for stop, nexts in town.items():
        x1, y1 = BUS_STOPS[stop]["at"]
        for nxt in nexts:
            x2, y2 = BUS_STOPS[nxt]["at"]
            thick = (stop, nxt) in on_route or (nxt, stop) in on_route
            ax.plot(
                [x1, x2],
                [y1, y2],
                color="black" if thick else "#999999",
                linewidth=4 if thick else 1.5,
                linestyle="-" if thick else "--",
                zorder=1,
            )
    for stop, info in BUS_STOPS.items():
        x, y = info["at"]
        mark = "s" if route and stop in route else "o"
        ax.scatter(
            [x],
            [y],
            s=260,
            marker=mark,
            color=PALETTE[0] if mark == "s" else "white",
            edgecolor="black",
            zorder=2,
        )
        ax.text(x, y - 0.42, info[lang], ha="center", va="top", fontsize=10)
    if route:
        ax.set_title(words["rides"].format(n=len(route) - 1))
    ax.set_xlim(-0.8, 7)
    ax.set_ylim(-0.9, 4.6)
    ax.axis("off")
    return fig
