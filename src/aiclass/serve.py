"""``aiclass serve``: the lab apps of a stage, in one language, with Voila on this machine."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from aiclass.apps import build_apps
from aiclass.curriculum import load_curriculum
from aiclass.errors import AiclassError
from aiclass.i18n import normalize_language


def voila_command(target: Path, host: str, port: int) -> list[str]:
    return [
        sys.executable, "-m", "voila", str(target),
        f"--Voila.ip={host}", f"--port={port}", "--no-browser",
        "--show_tracebacks=False", "--strip_sources=True", "--theme=light",
    ]


def serve(stage: str | None, lang: str, host: str = "127.0.0.1", port: int = 8866) -> int:
    """Build the apps and run Voila until interrupted; return Voila's exit code."""
    try:
        lang = normalize_language(lang)
    except ValueError as exc:
        raise AiclassError(str(exc)) from None
    cur = load_curriculum()
    apps_dir = Path(tempfile.mkdtemp(prefix=f"aiclass-apps-{lang}-"))
    apps = build_apps(cur, lang, apps_dir, stage)
    if not apps:
        raise AiclassError(f"no app (Voila lab) for stage {stage!r} yet")
    target = apps[0].notebook if len(apps) == 1 else apps_dir
    env = dict(os.environ, AICLASS_WORK="memory", AICLASS_LANG=lang)
    print(f"aiclass: serving {len(apps)} app(s) in {lang} on http://{host}:{port}/  (Ctrl+C stops)")
    try:
        return subprocess.call(voila_command(target, host, port), env=env)
    except KeyboardInterrupt:
        return 0
