"""``aiclass serve``: the classroom gallery of one stage's apps, on this machine or for a room."""

from __future__ import annotations

import ipaddress
import os
import secrets
import socket
import subprocess
import tempfile
from pathlib import Path

from aiclass.curriculum import load_curriculum
from aiclass.errors import AiclassError
from aiclass.gallery.command import GallerySettings, gallery_command, prepare_gallery
from aiclass.gallery.usage import default_usage_file
from aiclass.i18n import normalize_language

TOKEN_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: easy to copy from a board


def room_token() -> str:
    """A short token a teacher can write on the board (8 letters and digits)."""
    return "".join(secrets.choice(TOKEN_ALPHABET) for _ in range(8))


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def lan_address() -> str:
    """This machine's address on the school network (the one pupils type), best guess."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        try:
            sock.connect(("10.255.255.255", 1))  # no packet is sent
            return sock.getsockname()[0]
        except OSError:
            return socket.gethostname()


def pupil_url(host: str, port: int, token: str) -> str:
    shown = lan_address() if host in ("0.0.0.0", "::") else host
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


def serve(
    stage: str | None,
    lang: str,
    host: str = "127.0.0.1",
    port: int = 8866,
    token: str | None = None,
    pool: int = 1,
) -> int:
    """Build the apps (both languages) and run the gallery until Ctrl+C; return its exit code.

    Serving beyond this machine (any host but loopback) always needs a token: the given one,
    or a new short one printed with the address. ``pool`` kernels are kept ready (preheated)
    for each of the two most used apps: set it to the class size for a whole room.
    """
    try:
        lang = normalize_language(lang)
    except ValueError as exc:
        raise AiclassError(str(exc)) from None
    if token is None:
        token = "" if is_loopback(host) else room_token()
    if not token and not is_loopback(host):
        raise AiclassError("serving a room (--host other than 127.0.0.1) needs a --token")
    cur = load_curriculum()
    if stage is not None:
        cur.stage(stage)
    folder = Path(tempfile.mkdtemp(prefix=f"aiclass-gallery-{stage or 'all'}-"))
    manifest, entries = prepare_gallery(cur, folder, stage)
    if not entries:
        raise AiclassError(f"no app (Voila lab) for stage {stage!r} yet")
    if pool < 0:
        raise AiclassError("--pool must be 0 (no preheating) or more")
    settings = GallerySettings(
        lang=lang,
        host=host,
        port=port,
        token=token,
        preheat_pool=pool,
        usage_file=str(default_usage_file()),
    )
    env = dict(os.environ, AICLASS_WORK="memory", AICLASS_LANG=lang)
    print(f"aiclass: {len(entries)} app(s) in the gallery at {pupil_url(host, port, token)}")
    if token:
        print(f"aiclass: pupils type the token {token} once if asked (Ctrl+C stops)")
    else:
        print("aiclass: only this computer can open it (Ctrl+C stops)")
    try:
        return subprocess.call(gallery_command(manifest, settings), env=env)
    except KeyboardInterrupt:
        return 0
