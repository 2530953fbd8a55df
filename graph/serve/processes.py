"""SPARQL queries of ``/sparql`` in worker processes that the server can stop.

Oxigraph finishes one native step before a timeout in Python takes effect: a ``COUNT`` over a
cross product, or planning a long property path, can keep a thread of the server busy for
hours, and a query that builds huge strings (doubling ``CONCAT``s) can exhaust memory and end
the whole server. :class:`QueryProcesses` runs each query in one of a few worker processes
instead. Each worker opens the snapshot's graph read-only from its pinned copy (the directory
stays as long as the server's snapshot does, and an idle worker closes the graph once it has
gone: a graph replaced by later builds keeps neither disk space nor memory), classifies, runs
and serialises the query, and sends back the bytes. When the answer does not come within the
timeout the worker is killed and a fresh one takes its place; a memory limit per worker
(``RLIMIT_DATA``) makes a memory-hungry query end its own worker, not the server.

A job travels as a :class:`Job`; the worker answers twice: ``("opened",)`` once it has the graph
(opening does not count against the query's timeout: a graph loaded in memory takes seconds)
and then ``("ok", media_type, size, body, retire)`` or ``("error", status, message, retire)``,
``retire`` when the worker should be replaced (it left work behind in a thread, or ran out of
memory in Python code).

Examples
--------
>>> pool = QueryProcesses(size=1)
>>> pool.size, pool.running()
(1, 0)
>>> pool.close()
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from ..heap import give_back_memory
from ..messages import CATALOGUE, language, msg
from .sparql import ProtocolError

__all__ = ["Job", "QueryProcesses", "OPEN_TIMEOUT", "START_WAIT"]

log = logging.getLogger(__name__)

#: seconds a worker may take to start and open a graph (loading 10^6 triples in memory: ~6 s)
OPEN_TIMEOUT = 120.0
#: seconds a new worker usually needs to start and open a graph on disk
START_WAIT = 10.0
#: seconds a worker may take to take up a job when it has the graph open already (an idle
#: worker reads at once; one stopped with ``kill -STOP`` never does)
PICKUP_TIMEOUT = 10.0
#: seconds past the query's timeout before its worker is killed: a worker that notices the
#: timeout itself answers 503 and stays
GRACE = 1.0
#: seconds between an idle worker's looks whether the graph it has open is still served (a stat):
#: once the server has given it up for a newer build, the worker closes it (:func:`_close_graph`)
IDLE_CHECK = 1.0


@dataclass(frozen=True)
class Job:
    """One query for a worker: the graph to read, the query and how to answer it."""

    location: str  # a built graph directory that outlives the job (the snapshot's pinned copy)
    in_memory: bool
    query: str | None  # None: only open the graph
    accept: str | None = None
    format_param: str | None = None
    max_rows: int = 10_000
    timeout: float = 10.0
    lang: str = "nl"
    #: ``default-graph-uri`` and ``named-graph-uri`` of the request (None: the graph's own dataset)
    graphs: tuple[tuple[str, ...], tuple[str, ...]] | None = None


class _Worker:
    """One worker process, started as ``python -c …`` with two pipes of its own.

    Not ``multiprocessing``'s spawn: it runs the server's ``__main__`` again in every worker
    (a script without a ``__main__`` guard, a notebook, ``python -`` would start anew or fail).
    """

    def __init__(self, memory_mb: int | None):
        to_worker, from_worker = os.pipe(), os.pipe()  # (read end, write end) each
        package_root = str(Path(__file__).resolve().parents[2])  # where ``graph`` is, installed or not
        path = os.environ.get("PYTHONPATH")
        env = {**os.environ, "PYTHONPATH": package_root + (os.pathsep + path if path else ""),
               "RUST_BACKTRACE": "0"}  # an aborted query logs one line, not a stack of 50
        code = f"from graph.serve.processes import work; work({to_worker[0]}, {from_worker[1]}, {memory_mb!r})"
        try:
            self.process = subprocess.Popen([sys.executable, "-c", code], pass_fds=(to_worker[0], from_worker[1]),
                                            stdin=subprocess.DEVNULL, env=env)
        except BaseException:
            os.close(to_worker[1])
            os.close(from_worker[0])
            raise
        finally:
            os.close(to_worker[0])
            os.close(from_worker[1])
        self.sender = Connection(to_worker[1], readable=False)
        self.receiver = Connection(from_worker[0], writable=False)
        self.stopped = False
        self.opened: tuple | None = None  # (location, in_memory) of the graph it has open

    @property
    def pid(self) -> int:
        return self.process.pid

    def alive(self) -> bool:
        return self.process.poll() is None

    def exit_code(self) -> int | None:
        try:
            return self.process.wait(5)
        except subprocess.TimeoutExpired:
            return None

    def stop(self) -> None:
        self.stopped = True
        if self.alive():
            self.process.kill()
        self.exit_code()
        self.sender.close()
        self.receiver.close()


class QueryProcesses:
    """At most ``size`` worker processes running queries, each limited to ``memory_mb`` MB of data.

    Workers start when first needed (or all at once with :meth:`start`). :meth:`run` hands a job
    to an idle worker, waiting up to ``wait`` seconds for one, and returns the bytes of the
    answer or raises :class:`~graph.serve.sparql.ProtocolError`.
    """

    def __init__(self, size: int, memory_mb: int | None = None, *, grace: float = GRACE, lang: str = "nl"):
        self.size, self.memory_mb, self.grace = size, memory_mb, grace
        self.lang = lang  # of the server's log lines (``--lang``), not of a request
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()  # the warmest worker first
        self._count = 0  # workers started and not stopped
        self._lock = threading.Lock()
        self._closed = False

    def running(self) -> int:
        """How many workers are alive or starting."""
        return self._count

    def start(self, location: str | None = None, in_memory: bool = False) -> None:
        """Start every worker now (each opening the graph at ``location``), so that the first
        queries do not wait for them."""
        workers = []
        while (worker := self._new_worker()) is not None:
            workers.append(worker)
        for worker in workers:
            try:
                if location is not None:
                    self._ask(worker, Job(location, in_memory, None))
            except (ProtocolError, OSError, EOFError) as error:
                log.warning("query worker could not open %s (%s)", location, error)
                self._stop(worker)
            else:
                self._release(worker)

    def run(self, job: Job, wait: float) -> tuple[str, int, bytes]:
        """``(media_type, size, body)`` of ``job``'s answer; waits up to ``wait`` s for a free worker."""
        worker = self._take(wait)
        try:
            kind, *answer, retire = self._ask(worker, job)
        except BaseException:
            self._stop(worker)  # killed, ended, or mid-job: its late answer must not reach the next request
            self._replace()
            raise
        if retire:
            self._stop(worker)
            self._replace()
        else:
            self._release(worker)
        if kind == "error":
            raise ProtocolError(answer[0], answer[1])
        return answer[0], answer[1], answer[2]

    def close(self) -> None:
        """Stop every idle worker and start no new ones (the server is shutting down)."""
        self._closed = True
        while True:
            try:
                self._stop(self._idle.get_nowait())
            except queue.Empty:
                return

    def _release(self, worker: _Worker) -> None:
        """``worker`` is free again (stopped when the pool was closed meanwhile)."""
        if self._closed:
            self._stop(worker)
        else:
            self._idle.put(worker)

    def _replace(self) -> None:
        """Start a worker for the one just stopped, in the background (it opens the graph with its
        first job: by then the job's snapshot may have given way to a new build)."""
        if not self._closed:
            threading.Thread(target=self.start, name="g40kg-query-start", daemon=True).start()

    def _take(self, wait: float) -> _Worker:
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                break
            if worker.alive():
                return worker
            self._stop(worker)  # ended while idle (the system ran out of memory …)
        worker = self._new_worker()
        if worker is not None:
            return worker
        try:
            return self._idle.get(timeout=wait)
        except queue.Empty:
            raise ProtocolError(503, msg("serve_all_workers_busy")) from None

    def _new_worker(self) -> _Worker | None:
        with self._lock:
            if self._closed or self._count >= self.size:
                return None
            self._count += 1
        try:
            return _Worker(self.memory_mb)
        except BaseException:
            with self._lock:
                self._count -= 1
            raise

    def _ask(self, worker: _Worker, job: Job) -> tuple:
        """The worker's answer to ``job`` (``("opened",)`` for a job without a query)."""
        try:
            self._send(worker, job)
            key = (job.location, job.in_memory)
            wait = PICKUP_TIMEOUT if worker.opened == key else OPEN_TIMEOUT
            if not worker.receiver.poll(wait):
                self._log("serve_worker_killed_silent", pid=worker.pid, seconds=f"{wait:.0f}")
                raise ProtocolError(503, msg("serve_worker_ended", reason=msg("serve_no_answer", seconds=f"{wait:.0f}")))
            opened = worker.receiver.recv()
            if opened[0] == "error":
                raise ProtocolError(opened[1], opened[2])
            worker.opened = key
            if job.query is None:
                return opened
            if not worker.receiver.poll(job.timeout + self.grace):
                self._log("serve_worker_killed_timeout", pid=worker.pid, seconds=f"{job.timeout:.1f}")
                raise ProtocolError(503, msg("serve_timeout"))
            return worker.receiver.recv()
        except (EOFError, OSError):
            raise self._ended(worker) from None

    def _send(self, worker: _Worker, job: Job) -> None:
        """Hand ``job`` to ``worker``, giving up after :data:`PICKUP_TIMEOUT` when it does not read.

        A job up to ``PIPE_BUF`` bytes fits in the worker's pipe at once (the pipe is empty
        between jobs); a longer one (a query of up to a megabyte) is written from a thread, so
        that a worker that stopped reading (``kill -STOP``) cannot hold the request for ever.
        """
        data = pickle.dumps(job)
        if len(data) <= select.PIPE_BUF:
            worker.sender.send_bytes(data)
            return
        failures: list[OSError] = []

        def send():
            try:
                worker.sender.send_bytes(data)
            except OSError as error:  # the worker was killed while we wrote
                failures.append(error)

        sending = threading.Thread(target=send, name="g40kg-query-send", daemon=True)
        sending.start()
        sending.join(PICKUP_TIMEOUT)
        if sending.is_alive():
            self._log("serve_worker_killed_unread", pid=worker.pid, seconds=f"{PICKUP_TIMEOUT:.0f}")
            worker.process.kill()  # the write fails now, so the pipe can be closed safely
            sending.join()
            raise ProtocolError(503, msg("serve_worker_ended", reason=msg("serve_no_job_read", seconds=f"{PICKUP_TIMEOUT:.0f}")))
        if failures:
            raise failures[0]

    def _ended(self, worker: _Worker) -> ProtocolError:
        code = worker.exit_code()
        self._log("serve_worker_exited", pid=worker.pid, code=code)
        if code == -signal.SIGABRT and self.memory_mb:  # how Oxigraph ends when an allocation fails
            return ProtocolError(503, msg("serve_worker_memory", mb=self.memory_mb))
        return ProtocolError(503, msg("serve_worker_ended", reason=msg("serve_exit_code", code=code)))

    def _log(self, key: str, **values) -> None:
        """A warning of the server's log, in its interface language."""
        with language(self.lang):
            log.warning(msg(key, **values))

    def _stop(self, worker: _Worker) -> None:
        if worker.stopped:
            return
        worker.stop()
        with self._lock:
            self._count -= 1


# --------------------------------------------------------------------------- the worker process


def work(jobs_fd: int, answers_fd: int, memory_mb: int | None) -> None:
    """The worker's loop: answer the jobs read from ``jobs_fd`` on ``answers_fd`` until the
    server closes its end."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    _end_with(os.getppid())
    if memory_mb:
        _limit_memory(memory_mb)
    jobs, answers = Connection(jobs_fd, writable=False), Connection(answers_fd, readable=False)
    graphs: dict = {}
    while True:
        try:
            if graphs and not jobs.poll(IDLE_CHECK):
                if not _still_served(graphs["key"][0]):
                    _close_graph(graphs)
                continue
            job = pickle.loads(jobs.recv_bytes())
        except (EOFError, OSError, KeyboardInterrupt):
            return
        opened = _open_graph(job, graphs)
        try:
            answers.send(opened)
            if job.query is not None and opened[0] == "opened":
                answers.send(_answer(job, graphs["dataset"]))
        except OSError:  # the server has gone (or stopped this worker)
            return


def _end_with(server_pid: int) -> None:
    """End this worker as soon as the server is gone, even in the middle of a native step (a
    server killed with SIGKILL cannot stop its workers; they would run the query to its end)."""
    def watch():
        while os.getppid() == server_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="g40kg-watch-server", daemon=True).start()


def _limit_memory(memory_mb: int) -> None:
    try:
        import resource
    except ImportError:  # not on Windows
        return
    limit = memory_mb * 2**20
    _, hard = resource.getrlimit(resource.RLIMIT_DATA)
    if hard != resource.RLIM_INFINITY:  # the server runs under a limit of its own (ulimit -d, LimitDATA=)
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def _open_graph(job: Job, graphs: dict) -> tuple:
    """``("opened",)`` once ``graphs["dataset"]`` is the graph at the job's location."""
    from ..errors import G40Error
    from ..messages import language
    from ..store import open_dataset

    key = (job.location, job.in_memory)
    if graphs.get("key") != key:
        _close_graph(graphs)  # the previous snapshot's graph: the server has moved on to a new build
        with language(job.lang):
            try:
                graphs["dataset"] = open_dataset(job.location, "oxigraph", in_memory=job.in_memory)
            except (G40Error, OSError) as error:
                return ("error", 503, msg("serve_worker_ended", reason=error))
        graphs["key"] = key
    return ("opened",)


def _still_served(location: str) -> bool:
    """Whether the graph at ``location`` is still there: the server removes a snapshot's pinned copy
    once it has given that graph up for a newer build (:func:`graph.serve.live.retire`)."""
    from ..store import MANIFEST_FILE

    return os.path.exists(os.path.join(location, MANIFEST_FILE))


def _close_graph(graphs: dict) -> None:
    """Give up the graph this worker has open, with its files and memory, now.

    An rdflib Dataset is part of reference cycles, so dropping it frees it (and closes the Oxigraph
    store's files) only at Python's next full collection, which an idle worker may never run: the
    files of a graph that later builds replaced stayed open, their disk space not given back, and a
    graph loaded ``in_memory`` stayed in the worker's memory, until the worker's next query or the
    server's end.
    """
    if graphs:
        graphs.clear()
        gc.collect()
        give_back_memory()  # a graph loaded in memory: the process's size shows it gone


def _answer(job: Job, dataset) -> tuple:
    """``("ok", media_type, size, body, retire)`` or ``("error", status, message, retire)``."""
    from ..errors import G40Error
    from ..messages import language
    from .sparql import classify, execute, negotiate, serialize

    with language(job.lang):
        try:
            fmt = negotiate(classify(job.query, job.timeout), job.accept, job.format_param)
            outcome = execute(dataset, job.query, max_rows=job.max_rows, deadline=time.monotonic() + job.timeout,
                              graphs=job.graphs)
            return ("ok", fmt.media_type, outcome.size, serialize(outcome, fmt), _left_work_behind())
        except ProtocolError as error:
            return ("error", error.status, str(error), _left_work_behind())
        except G40Error as error:
            return ("error", 400, str(error), _left_work_behind())
        except MemoryError:  # in Python code, under the limit: a fresh process is the safe way on
            return ("error", 503, msg("serve_out_of_memory"), True)


def _left_work_behind() -> bool:
    """Whether a timed-out step still runs in a thread of this worker (it should be replaced)."""
    from ..timeouts import abandoned_queries

    return abandoned_queries() > 0


CATALOGUE.update({
    "serve_all_workers_busy": {"nl": "alle queryprocessen zijn bezet; probeer het zo opnieuw",
        "en": "every query process is busy; try again shortly"},
    # an abort is how Oxigraph ends when an allocation fails, but not the only reason a process aborts
    "serve_worker_memory": {"nl": "de query had waarschijnlijk meer geheugen nodig dan een queryproces mag gebruiken "
            "({mb} MB); vereenvoudig de query",
        "en": "the query probably needed more memory than a query process may use ({mb} MB); simplify it"},
    "serve_worker_killed_silent": {"nl": "queryproces {pid} gestopt: geen antwoord binnen {seconds} s",
        "en": "query worker {pid} killed: no answer in {seconds} s"},
    "serve_worker_killed_timeout": {"nl": "queryproces {pid} gestopt: de query liep langer dan {seconds} s",
        "en": "query worker {pid} killed: the query ran past {seconds} s"},
    "serve_worker_killed_unread": {"nl": "queryproces {pid} gestopt: het las {seconds} s lang geen opdracht",
        "en": "query worker {pid} killed: it read no job for {seconds} s"},
    "serve_worker_exited": {"nl": "queryproces {pid} stopte tijdens een query (afsluitcode {code})",
        "en": "query worker {pid} ended during a query (exit code {code})"},
    "serve_no_answer": {"nl": "geen antwoord binnen {seconds} s", "en": "no answer in {seconds} s"},
    "serve_no_job_read": {"nl": "{seconds} s lang geen opdracht gelezen", "en": "no job read in {seconds} s"},
    "serve_exit_code": {"nl": "afsluitcode {code}", "en": "exit code {code}"},
    "serve_worker_ended": {"nl": "het queryproces stopte onverwacht ({reason}); probeer het opnieuw",
        "en": "the query process ended unexpectedly ({reason}); try again"},
})
