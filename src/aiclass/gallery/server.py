"""Run a gallery server in the background, optionally with the network cut, for tests/benchmarks."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from aiclass.curriculum import load_curriculum
from aiclass.errors import AiclassError
from aiclass.gallery.command import GallerySettings, gallery_command, prepare_gallery
from aiclass.offline import offline_prefix


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class OfflineNamespace:
    """A network namespace with only loopback, held open by a sleeping process.

    ``enter(cmd)`` runs a command inside it (with ``nsenter``, needs root); ``None`` prefix when
    this machine cannot make one, and callers then run on the normal network.
    """

    def __init__(self) -> None:
        prefix, nsenter = offline_prefix(), "/usr/bin/nsenter"
        self.holder = None
        if prefix and os.geteuid() == 0 and Path(nsenter).exists():
            self.holder = subprocess.Popen([*prefix, "sleep", "infinity"])
            time.sleep(0.3)

    @property
    def active(self) -> bool:
        return self.holder is not None and self.holder.poll() is None

    def enter(self, cmd: list[str]) -> list[str]:
        return ["/usr/bin/nsenter", "-t", str(self.holder.pid), "-n", *cmd] if self.active else cmd

    def close(self) -> None:
        if self.holder is not None:
            self.holder.terminate()
            self.holder.wait(10)


class RunningGallery:
    """``aiclass serve``'s server as a child process; ``url``, ``pid``, ``log`` and ``stop()``."""

    READY = re.compile(r"is running at")

    def __init__(
        self,
        settings: GallerySettings,
        stage: str | None = None,
        namespace: OfflineNamespace | None = None,
        folder: Path | None = None,
    ):
        self.settings = settings
        self.folder = folder or Path(tempfile.mkdtemp(prefix="aiclass-gallery-"))
        manifest, self.entries = prepare_gallery(load_curriculum(strict=False), self.folder, stage)
        cmd = gallery_command(manifest, settings)
        if namespace is not None:
            cmd = namespace.enter(cmd)
        env = dict(
            os.environ, AICLASS_WORK="memory", AICLASS_LANG=settings.lang, PYTHONUNBUFFERED="1"
        )
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        self._ready = threading.Event()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.append(line.rstrip())
            if self.READY.search(line):
                self._ready.set()

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.settings.port}/"

    @property
    def log(self) -> str:
        return "\n".join(self.lines)

    def wait_ready(self, timeout: float = 60) -> RunningGallery:
        deadline = time.monotonic() + timeout
        while not self._ready.wait(0.2):
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise AiclassError(f"the gallery server did not start:\n{self.log[-3000:]}")
        return self

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)
