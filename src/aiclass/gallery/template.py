"""Voila's lab page template made offline: no Font Awesome from a CDN, and a home button."""

from __future__ import annotations

from pathlib import Path

from voila.paths import collect_template_paths

CDN_LINK = '<link rel="stylesheet" href="https://cdn.jsdelivr.net/'  # offline-ok: removed, never fetched
HOME_BUTTON = """
<style>
  a.aiclass-home { position: fixed; top: 10px; right: 14px; z-index: 1000; font-size: 30px;
    text-decoration: none; background: white; color: #0072B2; border-radius: 14px;
    padding: 2px 14px; box-shadow: 0 2px 6px #0003; }
</style>
{%- set aiclass_lang = (nb.metadata.get('aiclass') or {}).get('lang', '') -%}
<a class="aiclass-home" href="{{ resources.base_url }}?lang={{ aiclass_lang }}" title="⌂">⌂</a>
"""
ANCHOR = '<div id="rendered_cells" style="display: none">'


def lab_index_template() -> Path:
    for folder in collect_template_paths(["voila"], "lab", prune=True):
        candidate = Path(folder) / "index.html.j2"
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("Voila's lab template (index.html.j2) is not installed")


def offline_index(source: str) -> str:
    """``source`` without its CDN stylesheet lines, with the home button before the cells."""
    lines = [line for line in source.splitlines() if CDN_LINK not in line]
    text = "\n".join(lines) + "\n"
    if ANCHOR in text:
        text = text.replace(ANCHOR, HOME_BUTTON + ANCHOR, 1)
    return text


def write_offline_template(dest: Path) -> Path:
    """Write the patched ``index.html.j2`` into ``dest`` (to go first in the template path)."""
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "index.html.j2").write_text(offline_index(lab_index_template().read_text()))
    return dest
