"""Work shared among the machine's cores: worker processes forked from the build's own.

A forked worker inherits what the build holds (the content, the pages laid out) as it is,
nothing pickled; only its results come back, pickled. Forking copies only the thread that
forks: with others running (the preview's server), a lock one of them held would stay
locked in the workers, so a process with threads does its work alone.
"""

from __future__ import annotations

import os
import signal
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import multiprocessing.pool


def cores() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def may_fork() -> bool:
    """Whether workers may be forked from this process: it runs no other thread."""
    return threading.active_count() == 1


def forked_pool(processes: int) -> multiprocessing.pool.Pool:
    """A pool of `processes` workers forked from this process, each ending with it.

    `multiprocessing` is imported here, not by every build that asks how many cores there
    are: a rebuild after one edit forks nothing."""
    import multiprocessing.pool

    return multiprocessing.get_context("fork").Pool(processes, _die_with_parent, (os.getpid(),))


def slices(count: int, cores: int, most: int) -> list[tuple[int, int]]:
    """The bounds (start, end) of the slices that `count` items are shared in: about eight a
    core, so that a core that finishes early takes more, and at most `most` items each."""
    size = max(1, min(most, count // (cores * 8)))
    return [(start, min(start + size, count)) for start in range(0, count, size)]


def _die_with_parent(parent: int) -> None:
    """A worker ends when the build does, even killed: none writes into a staging folder
    that the next build has already removed (Linux; elsewhere it ends when its queue does)."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (AttributeError, OSError):
        pass
    if os.getppid() != parent:  # the build died before the line above took effect
        os._exit(1)


_PR_SET_PDEATHSIG = 1
