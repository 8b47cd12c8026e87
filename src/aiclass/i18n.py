"""Messages in the learner's language (zh-CN or en) for everything code prints.

The language comes from, in order: set_language(), $AICLASS_LANG, an ``aiclass-course.yaml``
in the working folder or a parent (written by the course builder), then English.

>>> set_language("zh-CN"); t("grading.public_checks_passed")
'公开检查通过了！（老师评分时还会有更多检查。）'
>>> set_language("en"); t("grading.public_checks_passed")
'Public checks passed! (The grader may run more checks.)'
"""

import os
import string
from functools import cache
from pathlib import Path

import yaml

LANGUAGES = ("zh-CN", "en")
DEFAULT_LANGUAGE = "en"
COURSE_FILE = "aiclass-course.yaml"
_LOCALES = Path(__file__).parent / "locales"
_chosen: str | None = None


def normalize_language(lang: str) -> str:
    """Accept common spellings (zh, zh_CN, zh-cn, EN) and return 'zh-CN' or 'en'."""
    key = lang.strip().replace("_", "-").lower()
    if key in ("zh", "zh-cn", "zh-hans", "cn"):
        return "zh-CN"
    if key in ("en", "en-us", "en-gb"):
        return "en"
    raise ValueError(f"unknown language {lang!r}: choose one of {', '.join(LANGUAGES)}")


def set_language(lang: str | None) -> None:
    """Choose the language for this process (None goes back to the automatic choice)."""
    global _chosen
    _chosen = normalize_language(lang) if lang else None


def _language_of_course(folder: Path) -> str | None:
    for parent in (folder, *folder.parents):
        config = parent / COURSE_FILE
        if config.is_file():
            data = yaml.safe_load(config.read_text(encoding="utf-8")) or {}
            return data.get("language")
    return None


def current_language() -> str:
    if _chosen:
        return _chosen
    env = os.environ.get("AICLASS_LANG")
    if env:
        return normalize_language(env)
    try:
        found = _language_of_course(Path.cwd())
    except (OSError, yaml.YAMLError):
        found = None
    return normalize_language(found) if found else DEFAULT_LANGUAGE


@cache
def catalog(lang: str) -> dict[str, str]:
    """All messages of one language, flattened to dotted keys.

    ``locales/<lang>/_core.yaml`` holds the shared messages; every other file there holds one
    namespace (a lab's messages in ``<lab_id>.yaml`` become ``<lab_id>.<key>``).
    """
    raw: dict = {}
    for path in sorted((_LOCALES / lang).glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if path.stem == "_core":
            raw.update(data)
        else:
            raw[path.stem] = data
    flat: dict[str, str] = {}

    def walk(prefix: str, node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(f"{prefix}.{key}" if prefix else str(key), value)
        else:
            flat[prefix] = str(node)

    walk("", raw)
    return flat


def placeholders(message: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(message) if name}


def t(key: str, lang: str | None = None, **values: object) -> str:
    """The message ``key`` in the current language, with ``{values}`` filled in."""
    lang = normalize_language(lang) if lang else current_language()
    messages = catalog(lang)
    message = messages.get(key) or catalog(DEFAULT_LANGUAGE).get(key)
    if message is None:
        raise KeyError(f"no message {key!r} in the {lang} catalog")
    return message.format(**values) if values else message


def pick(texts: dict[str, str], lang: str | None = None) -> str:
    """Choose from a {lang: text} mapping such as a lab title."""
    lang = normalize_language(lang) if lang else current_language()
    return texts.get(lang) or texts.get(DEFAULT_LANGUAGE) or next(iter(texts.values()), "")
