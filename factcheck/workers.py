"""Per-article work in worker processes, results in input order.

A pool of our own, small enough to know what each worker holds: when a
worker dies (the out-of-memory killer sends SIGKILL), the articles it had
are checked again one by one in fresh workers, and an article whose worker
dies on it alone fails with the reason; the run goes on and ends. Workers
ignore Ctrl-C (the terminal sends it to the whole process group): the parent
stops them, so an interrupted run leaves no process behind.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
CHUNK = 32  # items sent to a worker at a time (fewer round trips: x1.65 -> x1.9 on 2 cores)
AHEAD = 4  # chunks per worker read ahead of the oldest result not yet given out


STOPPING = {signal.SIGINT, signal.SIGTERM}


def _serve(conn: Connection, start: Callable[..., None], start_args: tuple[Any, ...],
           work: Callable[[Any], Any]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # blocked by the parent while it started this worker
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOPPING)
    start(*start_args)
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if batch is None:
            return
        results = [work(item) for item in batch]
        try:
            conn.send(results)
        except Exception as exc:  # a result that cannot be sent back
            conn.send([f"internal error: {type(exc).__name__}: {exc}"] * len(batch))


def death(exitcode: int | None) -> str:
    """How a worker process ended, in words."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        kill = ", as the out-of-memory killer does" if -exitcode == signal.SIGKILL else ""
        return f"killed by {name}{kill}"
    return f"exited with code {exitcode}"


@dataclass
class _Worker(Generic[Item]):
    process: BaseProcess
    conn: Connection
    batch: list[tuple[int, Item]] | None = None


class Pool(Generic[Item, Result]):
    def __init__(self, jobs: int, start: Callable[..., None], start_args: tuple[Any, ...],
                 work: Callable[[Item], Result], died: Callable[[Item, str], Result]) -> None:
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        self.context: Any = multiprocessing.get_context(method)
        self.jobs = jobs
        self.start_args = (start, start_args, work)
        self.died = died
        self.workers: list[_Worker[Item]] = []

    def _spawn(self) -> _Worker[Item]:
        """A new worker. Ctrl-C and SIGTERM wait while it starts, so that it
        never receives one before it has chosen to ignore the first and obey
        the second; the parent receives them right after."""
        mine, theirs = self.context.Pipe()
        process = self.context.Process(target=_serve, args=(theirs, *self.start_args), daemon=True)
        if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
            process.start()
        else:
            blocked = signal.pthread_sigmask(signal.SIG_BLOCK, STOPPING)
            try:
                process.start()
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
        theirs.close()
        return _Worker(process, mine)

    def map(self, items: Iterator[Item]) -> Iterator[tuple[Item, Result]]:
        """Each item with its result, in input order."""
        source = enumerate(items)
        exhausted = False
        alone: deque[tuple[int, Item]] = deque()  # items of a worker that died, to retry one by one
        held: dict[int, Item] = {}
        results: dict[int, Result] = {}
        taken = given = 0
        finished = False
        # Forked workers share the parent's memory until they write to it; the
        # collector's walks of the parent's objects (the packs) would write to
        # every page. Frozen, they are never walked (Python's advice for fork).
        thawed = gc.get_freeze_count() == 0
        gc.freeze()
        try:
            self.workers = [self._spawn() for _ in range(self.jobs)]
            while True:
                for worker in self.workers:
                    if worker.batch is not None:
                        continue
                    batch: list[tuple[int, Item]] = []
                    if alone:
                        batch.append(alone.popleft())
                    else:
                        while not exhausted and len(batch) < CHUNK and \
                                taken - given < CHUNK * AHEAD * self.jobs:
                            pair = next(source, None)
                            if pair is None:
                                exhausted = True
                                break
                            held[pair[0]] = pair[1]
                            batch.append(pair)
                            taken += 1
                    if not batch:
                        break
                    worker.batch = batch
                    try:
                        worker.conn.send([item for _, item in batch])
                    except OSError:  # it died while idle: its batch goes the way of a death
                        self._collect(worker, results, alone)
                while given in results:
                    yield held.pop(given), results.pop(given)
                    given += 1
                busy = [w for w in self.workers if w.batch is not None]
                if not busy:
                    if exhausted and not alone:
                        finished = True
                        return
                    continue
                ready = wait([w.conn for w in busy] + [w.process.sentinel for w in busy])
                for worker in busy:
                    if worker.conn in ready or worker.process.sentinel in ready:
                        self._collect(worker, results, alone)
        finally:
            self._stop(gracefully=finished)
            if thawed:
                gc.unfreeze()

    def _collect(self, worker: _Worker[Item], results: dict[int, Result],
                 alone: deque[tuple[int, Item]]) -> None:
        batch = worker.batch or []
        try:
            if worker.conn.poll():
                for (number, _), result in zip(batch, worker.conn.recv(), strict=True):
                    results[number] = result
                worker.batch = None
                return
        except (EOFError, OSError):
            pass
        worker.process.join(timeout=5)
        if worker.process.exitcode is None:  # the pipe broke and the process lives on: stop it
            worker.process.kill()
            worker.process.join()
        how = death(worker.process.exitcode)
        if len(batch) == 1:
            number, item = batch[0]
            results[number] = self.died(item, how)
        else:
            alone.extendleft(reversed(batch))
        worker.conn.close()
        replacement = self._spawn()
        worker.process, worker.conn, worker.batch = replacement.process, replacement.conn, None

    def _stop(self, gracefully: bool) -> None:
        for worker in self.workers:
            if gracefully and worker.process.is_alive():
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
            else:
                worker.process.kill()
        for worker in self.workers:
            worker.process.join(timeout=5 if gracefully else None)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers = []
