"""Voila apps from lab notebooks: one language, no grading cells, nothing a pupil should not see."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat

from aiclass.curriculum import Curriculum, Lab
from aiclass.notebooks import for_language, nbgrader_meta, read_notebook


@dataclass(frozen=True)
class App:
    lab: Lab
    notebook: Path


def app_notebook(lab: Lab, lang: str):
    """The lab in ``lang`` without autograder tests or solution cells (the app a pupil sees)."""
    nb = for_language(read_notebook(lab.notebook), lang)
    keep = []
    for cell in nb.cells:
        meta = nbgrader_meta(cell)
        if meta.get("grade") or meta.get("solution"):
            continue
        cell.metadata.pop("nbgrader", None)
        keep.append(cell)
    nb.cells = keep
    return nb


def voila_labs(cur: Curriculum, stage: str | None = None) -> list[Lab]:
    return [lab for lab in cur.labs_in_order(stage) if "voila" in lab.manifest.delivery]


def build_apps(cur: Curriculum, lang: str, dest: Path, stage: str | None = None) -> list[App]:
    """Write one app notebook per Voila lab (with its data) into ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    apps = []
    for lab in voila_labs(cur, stage):
        folder = dest / lab.id
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        if (lab.folder / "data").is_dir():
            shutil.copytree(lab.folder / "data", folder / "data")
        path = folder / f"{lab.id}.ipynb"
        nbformat.write(app_notebook(lab, lang), path)
        apps.append(App(lab=lab, notebook=path))
    return apps


CARD_FILES = ("card.svg", "card.png")


def lab_card(lab: Lab) -> Path | None:
    """The lab's own picture card (``card.svg`` or ``card.png`` in its folder), if it has one."""
    return next((lab.folder / name for name in CARD_FILES if (lab.folder / name).is_file()), None)


def gallery_entry(lab: Lab, langs: list[str]) -> dict:
    """What the gallery home page shows of one app: titles, first objective, minutes, card."""
    card = lab_card(lab)
    return {
        "id": lab.id,
        "stage": lab.stage,
        "minutes": lab.manifest.minutes,
        "title": {lang: lab.title(lang) for lang in langs},
        "goal": {lang: lab.manifest.objectives[0].text(lang) for lang in langs},
        "card": str(card) if card else None,
        "notebook": {lang: f"{lang}/{lab.id}/{lab.id}.ipynb" for lang in langs},
    }


def build_gallery_apps(
    cur: Curriculum, dest: Path, stage: str | None = None, langs: list[str] | None = None
) -> list[dict]:
    """Write every Voila lab's app in each language to ``dest/<lang>/<lab_id>/``; list them."""
    langs = langs or ["zh-CN", "en"]
    for lang in langs:
        build_apps(cur, lang, dest / lang, stage)
    entries = []
    for lab in voila_labs(cur, stage):
        entry = gallery_entry(lab, langs)
        entry["stage_title"] = {lang: cur.stages[lab.stage].title[lang] for lang in langs}
        entries.append(entry)
    return entries
