"""Processes of a running gallery, read from /proc (Linux): kernels and their memory."""

from __future__ import annotations

from pathlib import Path


def _parent(pid: int) -> int | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def descendants(pid: int) -> list[int]:
    """Every living process below ``pid`` (children, their children, ...)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            parent = _parent(int(entry.name))
            if parent is not None:
                children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def is_kernel(pid: int) -> bool:
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"ipykernel_launcher" in cmdline or b"ipykernel" in b" ".join(cmdline[:3])


def kernel_pids(server_pid: int) -> list[int]:
    return [pid for pid in descendants(server_pid) if is_kernel(pid)]


def rss_mb(pid: int) -> float:
    """Resident memory of one process in MB (0 if it has gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def total_rss_mb(server_pid: int) -> float:
    """Server plus every process below it (kernels), in MB; shared pages counted in each."""
    return rss_mb(server_pid) + sum(rss_mb(pid) for pid in descendants(server_pid))
