"""The curriculum as data: stages, tracks, standards and one lab.yaml per lab.

``load_curriculum()`` reads and validates all of it. Every problem names the file, the field and
why, so a teacher editing YAML by hand can fix it without reading code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from aiclass.errors import AiclassError
from aiclass.i18n import LANGUAGES, pick
from aiclass.paths import STAGE_ORDER, project_root

LabId = Annotated[str, Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
Delivery = Literal["notebook", "voila"]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _both_languages(value: dict[str, str]) -> dict[str, str]:
    missing = [lang for lang in LANGUAGES if not str(value.get(lang, "")).strip()]
    if missing:
        raise ValueError(f"needs text in {' and '.join(missing)}")
    unknown = set(value) - set(LANGUAGES) - {"standards"}
    if unknown:
        raise ValueError(f"unknown language {sorted(unknown)[0]!r}")
    return value


class Stage(Strict):
    id: str
    grades: str
    title: dict[str, str]
    aim: dict[str, str]
    delivery: list[Delivery]
    _check_title = field_validator("title", "aim")(_both_languages)


class Track(Strict):
    id: str
    title: dict[str, str]
    labs: list[LabId]
    _check_title = field_validator("title")(_both_languages)


class Standard(Strict):
    code: str
    title: dict[str, str]
    _check_title = field_validator("title")(_both_languages)


class Objective(Strict):
    zh_CN: str = Field(alias="zh-CN", min_length=1)
    en: str = Field(min_length=1)
    standards: list[str] = Field(min_length=1)

    def text(self, lang: str | None = None) -> str:
        return pick({"zh-CN": self.zh_CN, "en": self.en}, lang)


class DataSource(Strict):
    name: str
    source: str = Field(min_length=3)


class LabManifest(Strict):
    id: LabId
    title: dict[str, str]
    stage: str
    minutes: int = Field(gt=0, le=240)
    budget_s: int = Field(gt=0, le=600)
    objectives: list[Objective] = Field(min_length=1, max_length=5)
    prerequisites: list[LabId] = []
    delivery: list[Delivery] = Field(min_length=1)
    hardware: list[str] = []
    data: list[DataSource] = []
    example_work: list[str] = []
    _check_title = field_validator("title")(_both_languages)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the curriculum: which file, which field, why."""

    file: str
    field: str
    reason: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {self.reason}"


class CurriculumError(AiclassError):
    def __init__(self, problems: list[Problem]):
        self.problems = problems
        more = f" (and {len(problems) - 1} more; run 'aiclass check')" if len(problems) > 1 else ""
        super().__init__(f"{problems[0]}{more}")


@dataclass(frozen=True)
class Lab:
    manifest: LabManifest
    folder: Path

    @property
    def id(self) -> str:
        return self.manifest.id

    @property
    def stage(self) -> str:
        return self.manifest.stage

    @property
    def notebook(self) -> Path:
        return self.folder / f"{self.id}.ipynb"

    def title(self, lang: str | None = None) -> str:
        return pick(self.manifest.title, lang)


@dataclass
class Curriculum:
    root: Path
    stages: dict[str, Stage] = field(default_factory=dict)
    tracks: dict[str, Track] = field(default_factory=dict)
    standards: dict[str, Standard] = field(default_factory=dict)
    labs: dict[str, Lab] = field(default_factory=dict)

    def stage(self, stage_id: str) -> Stage:
        if stage_id not in self.stages:
            raise AiclassError(
                f"unknown stage {stage_id!r}: choose one of {', '.join(self.stages)}"
            )
        return self.stages[stage_id]

    def lab(self, lab_id: str) -> Lab:
        if lab_id not in self.labs:
            close = [known for known in self.labs if lab_id in known or known in lab_id]
            hint = f" (did you mean {close[0]}?)" if close else "; 'aiclass list' shows them all"
            raise AiclassError(f"unknown lab {lab_id!r}{hint}")
        return self.labs[lab_id]

    def labs_in_order(self, stage: str | None = None) -> list[Lab]:
        """Labs in teaching order: every prerequisite first; otherwise by stage, then track order."""
        if stage is not None:
            self.stage(stage)
        track_rank = {lab: i for track in self.tracks.values() for i, lab in enumerate(track.labs)}
        stage_rank = {s: i for i, s in enumerate(STAGE_ORDER)}

        def rank(lab_id: str) -> tuple:
            lab = self.labs[lab_id]
            return (stage_rank.get(lab.stage, 99), track_rank.get(lab_id, 999), lab_id)

        ordered = topological_order(self.labs, rank)
        return [self.labs[i] for i in ordered if stage is None or self.labs[i].stage == stage]


def topological_order(labs: dict[str, Lab], rank=None) -> list[str]:
    """Lab ids with every prerequisite before the labs that need it; among labs that are ready,
    the one with the smallest ``rank(lab_id)`` comes first. Raises ValueError on a cycle."""
    import heapq

    rank = rank or (lambda lab_id: lab_id)
    needs = {i: {p for p in lab.manifest.prerequisites if p in labs} for i, lab in labs.items()}
    needed_by: dict[str, list[str]] = {i: [] for i in labs}
    for lab_id, before in needs.items():
        for prerequisite in before:
            needed_by[prerequisite].append(lab_id)
    ready = [(rank(i), i) for i, before in needs.items() if not before]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, lab_id = heapq.heappop(ready)
        order.append(lab_id)
        for later in needed_by[lab_id]:
            needs[later].discard(lab_id)
            if not needs[later]:
                heapq.heappush(ready, (rank(later), later))
    if len(order) < len(labs):
        stuck = sorted(set(labs) - set(order))
        raise ValueError(f"prerequisites form a cycle among: {', '.join(stuck)}")
    return order


def _read_yaml(path: Path, root: Path, problems: list[Problem]) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark else ""
        problems.append(Problem(_rel(path, root), where, f"not valid YAML ({exc.__class__.__name__})"))
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(_rel(path, root), "", f"cannot be read ({exc})"))
    return None


def _rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def _validate(model: type[BaseModel], data: object, file: str, problems: list[Problem], prefix=""):
    if not isinstance(data, dict):
        problems.append(Problem(file, prefix, "must be a mapping of field: value"))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            loc = ".".join(str(part) for part in error["loc"])
            name = f"{prefix}.{loc}" if prefix and loc else (prefix or loc)
            message = error["msg"].removeprefix("Value error, ")
            if error["type"] == "extra_forbidden":
                message = "is not a known field (check the spelling)"
            problems.append(Problem(file, name, message))
        return None


def _load_list(path, key, model, root, problems, id_field="id") -> dict:
    data = _read_yaml(path, root, problems) if path.is_file() else None
    file = _rel(path, root)
    if data is None:
        if not path.is_file():
            problems.append(Problem(file, "", "is missing"))
        return {}
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list):
        problems.append(Problem(file, key, "must be a list"))
        return {}
    found = {}
    for i, item in enumerate(items):
        parsed = _validate(model, item, file, problems, f"{key}[{i}]")
        if parsed is not None:
            ident = getattr(parsed, id_field)
            if ident in found:
                problems.append(Problem(file, f"{key}[{i}].{id_field}", f"{ident!r} appears twice"))
            found[ident] = parsed
    return found


def load_curriculum(root: Path | None = None, *, strict: bool = True) -> Curriculum:
    """Read curriculum/ and labs/; raise CurriculumError listing every problem (if strict)."""
    curriculum, problems = read_curriculum(root)
    if problems and strict:
        raise CurriculumError(problems)
    return curriculum


def read_curriculum(root: Path | None = None) -> tuple[Curriculum, list[Problem]]:
    """Read everything and return what loaded together with every problem found."""
    root = root or project_root()
    problems: list[Problem] = []
    cur = Curriculum(root=root)
    cdir = root / "curriculum"
    cur.stages = _load_list(cdir / "stages.yaml", "stages", Stage, root, problems)
    for path in sorted((cdir / "standards").glob("*.yaml")):
        cur.standards.update(_load_list(path, "standards", Standard, root, problems, "code"))
    for path in sorted((cdir / "tracks").glob("*.yaml")):
        data = _read_yaml(path, root, problems)
        track = _validate(Track, data, _rel(path, root), problems) if data is not None else None
        if track:
            if track.id != path.stem:
                problems.append(Problem(_rel(path, root), "id", f"must match the file name {path.stem!r}"))
            cur.tracks[track.id] = track

    for manifest_path in sorted((root / "labs").glob("*/*/lab.yaml")):
        file = _rel(manifest_path, root)
        data = _read_yaml(manifest_path, root, problems)
        if data is None:
            continue
        manifest = _validate(LabManifest, data, file, problems)
        if manifest is None:
            continue
        folder = manifest_path.parent
        if manifest.id != folder.name:
            problems.append(Problem(file, "id", f"{manifest.id!r} must match its folder {folder.name!r}"))
        if manifest.stage != folder.parent.name:
            problems.append(
                Problem(file, "stage", f"{manifest.stage!r} but the lab sits in labs/{folder.parent.name}/")
            )
        if cur.stages and manifest.stage not in cur.stages:
            problems.append(Problem(file, "stage", f"unknown stage {manifest.stage!r}"))
        if manifest.id in cur.labs:
            problems.append(Problem(file, "id", f"lab id {manifest.id!r} is used twice"))
        for i, objective in enumerate(manifest.objectives):
            for code in objective.standards:
                if code not in cur.standards:
                    problems.append(
                        Problem(file, f"objectives[{i}].standards", f"unknown standard code {code!r}")
                    )
        for name in manifest.example_work:
            if not (folder / "example_work" / name).is_file():
                problems.append(Problem(file, "example_work", f"example_work/{name} is missing"))
        cur.labs[manifest.id] = Lab(manifest=manifest, folder=folder)

    for lab in cur.labs.values():
        file = _rel(lab.folder / "lab.yaml", root)
        for before in lab.manifest.prerequisites:
            if before not in cur.labs:
                problems.append(Problem(file, "prerequisites", f"points at {before!r}, which does not exist"))
    try:
        topological_order(cur.labs)
    except ValueError as exc:
        problems.append(Problem("labs/*/*/lab.yaml", "prerequisites", str(exc)))
    for track in cur.tracks.values():
        for lab_id in track.labs:
            if lab_id not in cur.labs:
                problems.append(
                    Problem(f"curriculum/tracks/{track.id}.yaml", "labs", f"{lab_id!r} is not a lab")
                )
    return cur, problems


def is_lab_id(text: str) -> bool:
    return re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", text) is not None
