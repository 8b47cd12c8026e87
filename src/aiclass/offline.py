"""Run a command with the network cut (only loopback left), to prove it works offline.

Uses ``unshare -n`` (a new, empty network namespace) where this machine allows it, which needs
root or user namespaces. Where it does not, ``offline_prefix`` returns None and callers say so.
"""

from __future__ import annotations

import shutil
import subprocess
from functools import cache


@cache
def offline_prefix() -> list[str] | None:
    """The words to put before a command to run it with no network, or None if unavailable."""
    unshare, ip = shutil.which("unshare"), shutil.which("ip") or "/usr/sbin/ip"
    if not unshare:
        return None
    probe = [unshare, "-n", "sh", "-c", f"{ip} link set lo up && true"]
    try:
        ok = subprocess.run(probe, capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        ok = False
    return [unshare, "-n", "sh", "-c", f'{ip} link set lo up && exec "$@"', "offline"] if ok else None
