"""The gallery server's command line, in one place for ``aiclass serve``, tests and benchmarks."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from aiclass.apps import build_gallery_apps
from aiclass.curriculum import Curriculum

# Kernels of closed tabs: Voila shuts them down when the page goes away; a tab that vanished
# without saying so (a laptop put to sleep, a crashed browser) is culled after this idle time.
CULL_IDLE_S = 90
CULL_INTERVAL_S = 15


@dataclass
class GallerySettings:
    """How to run the gallery: where, for whom, and how eagerly to start kernels."""

    lang: str = "en"
    host: str = "127.0.0.1"
    port: int = 8866
    token: str = ""
    preheat_apps: int = 2
    preheat_pool: int = 1
    # a new preheated kernel waits this long after one is handed over, so that running its app
    # does not take the CPU while the pupil's browser is still loading the page
    preheat_refill_s: float = 8.0
    kernel_budget: int = 45
    cull_idle_s: int = CULL_IDLE_S
    cull_interval_s: int = CULL_INTERVAL_S
    usage_file: str = ""


def prepare_gallery(cur: Curriculum, folder: Path, stage: str | None) -> tuple[Path, list[dict]]:
    """Write the apps of ``stage`` (both languages) to ``folder/apps`` and their gallery.json."""
    entries = build_gallery_apps(cur, folder / "apps", stage)
    manifest = folder / "gallery.json"
    manifest.write_text(json.dumps(entries, ensure_ascii=False, indent=1))
    return manifest, entries


def gallery_command(manifest: Path, settings: GallerySettings) -> list[str]:
    """The argv that runs the gallery on ``manifest``'s apps folder (``apps/`` beside it)."""
    s = settings
    return [
        sys.executable,
        "-m",
        "aiclass.gallery",
        str(manifest.parent / "apps"),
        f"--GalleryApp.manifest={manifest}",
        f"--GalleryApp.default_language={s.lang}",
        f"--GalleryApp.preheat_apps={s.preheat_apps}",
        f"--GalleryApp.preheat_pool={s.preheat_pool}",
        f"--GalleryApp.usage_file={s.usage_file}",
        f"--VoilaKernelManager.fill_delay={s.preheat_refill_s}",
        f"--GalleryApp.kernel_budget={s.kernel_budget}",
        f"--Voila.ip={s.host}",
        f"--port={s.port}",
        "--Voila.port_retries=0",
        "--no-browser",
        f"--Voila.token={s.token}",
        "--show_tracebacks=False",
        "--strip_sources=True",
        "--theme=light",
        f"--MappingKernelManager.cull_idle_timeout={s.cull_idle_s}",
        f"--MappingKernelManager.cull_interval={s.cull_interval_s}",
        "--MappingKernelManager.cull_connected=False",
    ]
