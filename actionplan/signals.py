"""Stop signals: SIGTERM and SIGHUP (a logout, `kill`, a scheduler ending the job) stop a batch
the way Ctrl-C does, and the few steps that must not be cut in half hold them back."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOPS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


class Stopped(KeyboardInterrupt):
    """A stop signal arrived; signum says which."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def raise_stopped(signum: int, _frame: FrameType | None) -> None:
    """The handler of every stop signal."""
    raise Stopped(signum)


def handle_stops() -> None:
    """Make every stop signal raise Stopped, even where the shell started us ignoring SIGINT
    (a background job inherits that, and Python then installs no handler of its own)."""
    for signum in STOPS:
        signal.signal(signum, raise_stopped)


@contextmanager
def held() -> Iterator[None]:
    """Hold stop signals back for the duration; one that arrived meanwhile is raised after."""
    signal.pthread_sigmask(signal.SIG_BLOCK, STOPS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPS)
