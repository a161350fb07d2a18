"""PyPrep sandbox harness, protocol 2.

Runs a candidate's code against test inputs inside a throwaway container and reports what happened.
It never sees expected outputs: the server compares.

Input on stdin, a sequence of frames, each `<byte length>\\n<UTF-8 JSON>`:
  1. the header  {"protocol": 2, "nonce": str, "mode": "function"|"class"|"stdin",
                  "entry_point": str, "code": str, "driver": str|null,
                  "time_limit_ms": int, "output_limit_bytes": int, "test_count": int}
     (bank validation only: "programs": [str, ...] instead of "code"; each program then runs on every test,
      one after the other, and every event carries "program": its index)
  2. one frame per test, read only when that test is about to run:
                 {"id": int, "args": [...]} | {"id", "args_expr": str}   (function)
                 {"id", "ops": [[name, *args], ...]} | {"id", "ops_expr": str}  (class)
                 {"id", "stdin": str}                                  (stdin)
Output on stdout: one line per event, `<nonce> <JSON>`:
  {"event": "compile", "ok": false, "error": {"type", "message", "line"}}   (then nothing else)
  {"event": "test", "id", "status": "ok"|"error"|"timeout"|"memory"|"output_limit",
   "value", "stdout", "stderr", "time_ms", "error": {"type", "message", "line"}|null}
  {"event": "done", "ms": int}   (the harness's own time, input read to done)

Trust. This process (PID 1 of the container) is the only one that writes to stdout, and it decides
everything about a test but its return value and printed output. Each test runs in a forked child,
in its own session, with stdin/stdout/stderr on /dev/null and print() captured. The child sends one
JSON line back on a pipe of its own; PID 1 accepts from it only these fields, typed and bounded:
status (ok, error or output_limit only), value, stdout, stderr, error {type, message, line}. The
test id, the time (measured here, from outside the child: the CPU time the container used while
the test ran, from its cgroup, with a wall-clock cap of 1.5 times the limit plus a second for code that
waits; wall time where the cgroup cannot be read), timeouts, memory kills, signals and
crashes are PID 1's own. After every test PID 1 kills every other process in the container (escaped
grandchildren included), and it stops at the first test that runs out of time or memory: later
tests are not run. The kernel drops signals the candidate sends PID 1, and PID 1 is not dumpable,
so the candidate cannot read its memory or file descriptors through /proc. Frames of later tests
are still unread in the pipe while a test runs.

Values. Return values become JSON: tuples are lists, sets sorted lists, dict keys strings. Non-finite
floats are typed, {"$float": "nan" | "inf" | "-inf"}, so NaN never reads as None; missing values in
pandas objects (NaN, NaT, None) become null. Integers longer than 4300 digits are refused with a
clear error, as Python itself refuses to print them.
"""

import ctypes
import io
import json
import math
import os
import resource
import select
import signal
import sys
import time
import traceback

SOLUTION_FILE = "solution.py"
# Modules worth importing once in PID 1 when the code mentions them: each test process then starts with them loaded.
PRELOAD = ("numpy", "pandas", "asyncio", "sqlite3", "decimal", "datetime", "dataclasses", "statistics", "fractions",
           "collections", "itertools", "functools", "heapq", "json", "csv", "re", "typing", "enum")
DRIVER_FILE = "driver.py"
SETUP_ALLOWANCE_S = 10.0
MAX_VALUE_BYTES = 1 << 20


# ---------------------------------------------------------------- framing

def read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise EOFError("input ended early")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def read_frame(fd=0):
    digits = b""
    while True:
        c = os.read(fd, 1)
        if not c:
            raise EOFError("input ended early")
        if c == b"\n":
            break
        digits += c
    return json.loads(read_exact(fd, int(digits)).decode("utf-8"))


class Reporter:
    def __init__(self, fd, nonce):
        self.fd = fd
        self.nonce = nonce

    def emit(self, event):
        line = (self.nonce + " " + json.dumps(event, ensure_ascii=True) + "\n").encode("ascii")
        view = memoryview(line)
        while view:
            view = view[os.write(self.fd, view):]


# ---------------------------------------------------------------- values

MAX_INT_BITS = 14_283  # about 4300 decimal digits, Python's own limit for int -> str


def normalise(value, depth=0):
    """Turn a Python value into plain JSON data (see questions/README.md)."""
    if depth > 200:
        raise ValueError("return value is nested too deeply")
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        if value.bit_length() > MAX_INT_BITS:
            raise ValueError("the return value is an integer with more than 4300 digits")
        return int(value)
    if isinstance(value, float):
        if math.isnan(value):
            return {"$float": "nan"}
        if math.isinf(value):
            return {"$float": "inf" if value > 0 else "-inf"}
        return value
    if isinstance(value, (list, tuple)):
        return [normalise(v, depth + 1) for v in value]
    if isinstance(value, (set, frozenset)):
        items = [normalise(v, depth + 1) for v in value]
        try:
            return sorted(items)
        except TypeError:
            return sorted(items, key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, dict):
        return {k if isinstance(k, str) else str(k): normalise(v, depth + 1) for k, v in value.items()}
    module = type(value).__module__ or ""
    if module.startswith("numpy"):
        if hasattr(value, "tolist"):
            return normalise(value.tolist(), depth + 1)
    if module.startswith("pandas"):
        name = type(value).__name__
        if name in ("DataFrame", "Series"):
            cleaned = value.astype(object).where(value.notna(), None)
            return normalise(cleaned.to_dict(orient="records") if name == "DataFrame" else cleaned.to_dict(), depth + 1)
        if name in ("NaTType", "NAType"):
            return None
        if hasattr(value, "tolist"):
            return normalise(value.tolist(), depth + 1)
    return {"$repr": repr(value)[:1000]}


def describe(exc, tb=None):
    line = None
    for frame in traceback.extract_tb(tb or exc.__traceback__):
        if frame.filename == SOLUTION_FILE:
            line = frame.lineno
    if isinstance(exc, SyntaxError) and exc.filename == SOLUTION_FILE:
        line = exc.lineno
    message = str(exc)
    if isinstance(exc, SyntaxError):
        message = exc.msg
    return {"type": type(exc).__name__, "message": message[:1000], "line": line}


# ---------------------------------------------------------------- captured output

class OutputLimitExceeded(BaseException):
    """Raised (once) in the candidate's code when it prints more than allowed."""


class CappedText(io.TextIOBase):
    def __init__(self, limit):
        self.limit = limit
        self.parts = []
        self.size = 0
        self.exceeded = False

    def writable(self):
        return True

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        if self.exceeded:
            return len(text)
        room = self.limit - self.size
        if len(text) > room:
            self.parts.append(text[:room])
            self.size = self.limit
            self.exceeded = True
            raise OutputLimitExceeded("more than %d characters of output" % self.limit)
        self.parts.append(text)
        self.size += len(text)
        return len(text)

    def getvalue(self):
        return "".join(self.parts)


# ---------------------------------------------------------------- one test, in the child

def run_in_child(header, test, result_fd, start_fd):
    """Runs one test. Called in a freshly forked child; never returns. Reports on result_fd, once."""
    me = os.getpid()

    def finish(payload):
        if os.getpid() != me:  # a process the candidate forked: leave quietly
            os._exit(0)
        try:
            data = json.dumps(payload, ensure_ascii=True, allow_nan=False).encode("ascii")
        except ValueError as exc:  # e.g. an integer too long to print
            data = json.dumps({"status": "error", "value": None, "stdout": payload.get("stdout", ""),
                               "stderr": payload.get("stderr", ""), "error": describe(exc)}).encode("utf-8")
        if len(data) > MAX_VALUE_BYTES:
            data = json.dumps({"status": "output_limit", "value": None, "stdout": "", "stderr": "",
                               "error": {"type": "OutputLimitExceeded",
                                         "message": "the return value is larger than 1 MiB", "line": None}}
                              ).encode("utf-8")
        view = memoryview(data + b"\n")
        while view:
            view = view[os.write(result_fd, view):]
        os._exit(0)

    mode = header["mode"]
    limit = header["output_limit_bytes"]
    out, err = CappedText(limit), CappedText(limit)
    status, value, error = "ok", None, None
    try:
        # Inputs are built before the clock starts (args_expr may build large data).
        if mode == "function":
            args = eval(test["args_expr"], {}) if "args_expr" in test else test.get("args", [])
        elif mode == "class":
            ops = eval(test["ops_expr"], {}) if "ops_expr" in test else test["ops"]
        stdin_text = test.get("stdin", "")

        cpu = max(1, math.ceil(header["time_limit_ms"] / 1000.0) + 1)
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        sys.stdin = io.StringIO(stdin_text)
        sys.stdout, sys.stderr = out, err
        os.write(start_fd, b"S")  # PID 1 starts the clock now
        os.close(start_fd)

        namespace = {"__name__": "__main__" if mode == "stdin" else "solution", "__builtins__": __builtins__}
        code = COMPILED if COMPILED is not None else compile(header["code"], SOLUTION_FILE, "exec")
        try:
            exec(code, namespace)
        except SystemExit as stop:
            if mode != "stdin" or stop.code not in (None, 0):
                raise
        if mode == "stdin":
            value = out.getvalue()
        else:
            if header.get("driver"):
                exec(compile(header["driver"], DRIVER_FILE, "exec"), namespace)
            if mode == "function":
                target = namespace.get("run") if header.get("driver") else namespace.get(header["entry_point"])
                if not callable(target):
                    raise NameError("function '%s' is not defined" % header["entry_point"])
                value = normalise(target(*args))
            else:
                cls = namespace.get(ops[0][0])
                if not callable(cls):
                    raise NameError("class '%s' is not defined" % ops[0][0])
                obj = cls(*ops[0][1:])
                results = [None]
                for op in ops[1:]:
                    results.append(getattr(obj, op[0])(*op[1:]))
                value = normalise(results)
    except OutputLimitExceeded:
        status = "output_limit"
    except SystemExit as exc:
        status = "error"
        error = {"type": "SystemExit", "message": "the code called sys.exit(%r)" % (exc.code,),
                 "line": describe(exc)["line"]}
    except BaseException as exc:  # the candidate's failure is the result
        status, error = "error", describe(exc)
    if out.exceeded or err.exceeded:
        status = "output_limit"
    printed = "" if mode == "stdin" and status == "ok" else out.getvalue()  # a program's output is its value
    finish({"status": status, "value": value if status == "ok" else None,
            "stdout": printed, "stderr": err.getvalue(), "error": error})


# ---------------------------------------------------------------- supervising a test, in PID 1

CHILD_STATUSES = ("ok", "error", "output_limit")
MAX_RESULT_BYTES = MAX_VALUE_BYTES + 64 * 1024


def _no_constants(name):
    raise ValueError("not JSON: " + name)


def _depth(value, limit=210):
    stack = [(value, 0)]
    while stack:
        v, d = stack.pop()
        if d > limit:
            return False
        if isinstance(v, list):
            stack.extend((x, d + 1) for x in v)
        elif isinstance(v, dict):
            stack.extend((x, d + 1) for x in v.values())
    return True


def accept(line, limit):
    """The child's report, reduced to the fields PID 1 takes from it, typed and bounded; None if unusable."""
    try:
        raw = json.loads(line.decode("utf-8"), parse_constant=_no_constants)
    except (ValueError, RecursionError):
        return None
    if not isinstance(raw, dict) or raw.get("status") not in CHILD_STATUSES or not _depth(raw.get("value")):
        return None
    status = raw["status"]

    def text(v, cap):
        return v[:cap] if isinstance(v, str) else ""

    error = None
    if isinstance(raw.get("error"), dict):
        e = raw["error"]
        line_no = e.get("line")
        error = {"type": text(e.get("type"), 200) or "Error", "message": text(e.get("message"), 1000),
                 "line": line_no if isinstance(line_no, int) and not isinstance(line_no, bool) else None}
    if status == "error" and error is None:
        error = {"type": "Error", "message": "", "line": None}
    if status == "error" and error["type"] == "MemoryError":
        status = "memory"
    return {"status": status, "value": raw.get("value") if status == "ok" else None,
            "stdout": text(raw.get("stdout"), limit), "stderr": text(raw.get("stderr"), limit), "error": error}


class Limits:
    """Watches the container's cgroup while a test runs, so that PID 1 (not the test process) decides when a test
    used up the memory or process limit, and how much CPU time it used: the kernel's OOM killer can take seconds of
    page-cache thrashing to act, and a fork bomb's own failure is a race. The cgroup files stay open and are read
    with pread (opening them is the slow part). Absent under runtimes without cgroup files (gVisor): then the
    container's own limits decide, and time is wall time."""

    MEMORY_SHARE = 0.92

    def __init__(self):
        self.memory_limit = self._number(self._open("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory.max"))
        self.memory_stat = self._open("/sys/fs/cgroup/memory/memory.stat", "/sys/fs/cgroup/memory.stat")
        self.oom_control = self._open("/sys/fs/cgroup/memory/memory.oom_control", "/sys/fs/cgroup/memory.events")
        # How often the container's usage hit its memory ceiling (v2: memory.events "max", v1: memory.failcnt). At the
        # ceiling the kernel reclaims the interpreter's own code pages and the test can stall for seconds before the
        # OOM killer acts; when PID 1 gets the CPU late (a busy machine) that stall would end as a time limit.
        self.failcnt = self._open("/sys/fs/cgroup/memory/memory.failcnt")
        self.hits_at_start = None
        self.pids_max = self._number(self._open("/sys/fs/cgroup/pids/pids.max", "/sys/fs/cgroup/pids.max"))
        self.pids_current = self._open("/sys/fs/cgroup/pids/pids.current", "/sys/fs/cgroup/pids.current")
        self.cpu_usage = self._open("/sys/fs/cgroup/cpuacct/cpuacct.usage", "/sys/fs/cgroup/cpu,cpuacct/cpuacct.usage")
        self.cpu_stat = None if self.cpu_usage is not None else self._open("/sys/fs/cgroup/cpu.stat")
        if self.memory_limit is not None and self.memory_limit > (1 << 50):
            self.memory_limit = None  # unlimited

    @staticmethod
    def _open(*paths):
        for path in paths:
            try:
                return os.open(path, os.O_RDONLY)
            except OSError:
                continue
        return None

    @staticmethod
    def _read(fd):
        try:
            return os.pread(fd, 8192, 0).decode("ascii", "replace")
        except (OSError, TypeError):
            return None

    def _number(self, fd):
        text = self._read(fd) if fd is not None else None
        try:
            return int(text.strip()) if text else None
        except ValueError:
            return None  # "max"

    def _field(self, fd, *keys):
        text = self._read(fd) if fd is not None else None
        if text:
            for line in text.splitlines():
                key, _, value = line.partition(" ")
                if key in keys:
                    try:
                        return int(value)
                    except ValueError:
                        return None
        return None

    def oom_kills(self):
        return self._field(self.oom_control, "oom_kill")

    def ceiling_hits(self):
        if self.failcnt is not None:
            return self._number(self.failcnt)
        return self._field(self.oom_control, "max")

    def begin(self):
        self.hits_at_start = self.ceiling_hits()

    def cpu_seconds(self):
        """CPU time the whole container has used (every process in it), or None where it cannot be read."""
        if self.cpu_usage is not None:
            n = self._number(self.cpu_usage)
            return None if n is None else n / 1e9
        n = self._field(self.cpu_stat, "usage_usec")
        return None if n is None else n / 1e6

    def exceeded(self):
        """None, or the status and error of a test that crossed a limit."""
        if self.memory_limit and self.memory_stat is not None:
            used = self._field(self.memory_stat, "total_rss", "anon")
            if used is not None and used >= self.MEMORY_SHARE * self.memory_limit:
                return "memory", {"type": "MemoryLimitExceeded", "line": None,
                                  "message": "the test used more than its %d MB of memory" % (self.memory_limit >> 20)}
        if self.pids_max and self.pids_current is not None:
            current = self._number(self.pids_current)
            if current is not None and current >= self.pids_max:
                return "error", {"type": "TooManyProcesses", "line": None,
                                 "message": "the test started more processes than the limit of %d" % self.pids_max}
        if self.hits_at_start is not None:
            hits = self.ceiling_hits()
            if hits is not None and hits > self.hits_at_start:
                return "memory", {"type": "MemoryLimitExceeded", "line": None,
                                  "message": "the test reached the sandbox's memory ceiling of %d MB"
                                             % ((self.memory_limit or 0) >> 20)}
        return None

    def watching(self):
        return bool((self.memory_limit and self.memory_stat is not None) or (self.pids_max and self.pids_current is not None)
                    or self.cpu_usage is not None or self.cpu_stat is not None)


LIMITS = None
COMPILED = None


def kill_everything_else():
    """Kills every process in the container but this one (setsid escapees too) and reaps them. Only as PID 1 of
    the container: anywhere else kill(-1) would reach processes outside the sandbox."""
    if os.getpid() == 1:
        try:
            os.kill(-1, signal.SIGKILL)
        except OSError:
            pass
    while True:
        try:
            pid, _ = os.waitpid(-1, 0)
        except ChildProcessError:
            return
        except InterruptedError:
            continue


def supervise(header, test):
    limit = header["output_limit_bytes"]
    result_r, result_w = os.pipe()
    start_r, start_w = os.pipe()
    oom_before = LIMITS.oom_kills() if LIMITS is not None else None
    if LIMITS is not None:
        LIMITS.begin()
    pid = os.fork()
    if pid == 0:
        try:
            os.setsid()
            os.close(result_r)
            os.close(start_r)
            devnull = os.open(os.devnull, os.O_RDWR)
            for fd in (0, 1, 2):
                os.dup2(devnull, fd)
            low, high = sorted((result_w, start_w))
            os.closerange(3, low)
            os.closerange(low + 1, high)
            os.closerange(high + 1, resource.getrlimit(resource.RLIMIT_NOFILE)[0])
            signal.signal(signal.SIGINT, signal.default_int_handler)
            run_in_child(header, test, result_w, start_w)
        finally:
            os._exit(70)
    os.close(result_w)
    os.close(start_w)

    limit_s = header["time_limit_ms"] / 1000.0
    deadline = time.monotonic() + SETUP_ALLOWANCE_S
    started_at = finished_at = None
    cpu_at_start = cpu_at_end = None
    data = b""
    timed_out = flooded = False
    crossed = None
    poll = 0.01 if LIMITS is not None and LIMITS.watching() else None
    open_fds = {result_r, start_r}
    while open_fds:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        if poll is not None and started_at is not None and time.monotonic() - started_at >= poll:
            crossed = LIMITS.exceeded()
            if crossed is not None:
                finished_at = time.monotonic()
                break
            if cpu_at_start is not None:
                used = LIMITS.cpu_seconds()
                if used is not None and used - cpu_at_start > limit_s:
                    timed_out = True
                    break
        readable, _, _ = select.select(list(open_fds), [], [], remaining if poll is None else min(remaining, poll))
        for fd in readable:
            chunk = os.read(fd, 1 << 16)
            if fd == start_r:
                if not chunk:
                    open_fds.discard(fd)
                elif started_at is None:
                    started_at = time.monotonic()
                    cpu_at_start = LIMITS.cpu_seconds() if LIMITS is not None else None
                    # With CPU accounting the limit is CPU time, and the wall clock only stops code that waits:
                    # a busy machine does not turn a fast solution into a timeout.
                    deadline = started_at + (1.5 * limit_s + 1 if cpu_at_start is not None else limit_s)
            elif chunk:
                data += chunk
                if b"\n" in data or len(data) > MAX_RESULT_BYTES:
                    finished_at = time.monotonic()
                    flooded = b"\n" not in data
                    open_fds.clear()
            else:
                finished_at = time.monotonic()
                open_fds.discard(fd)
    if cpu_at_start is not None:
        cpu_at_end = LIMITS.cpu_seconds()
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    _, wait_status = os.waitpid(pid, 0)
    os.close(result_r)
    os.close(start_r)
    kill_everything_else()

    end = finished_at if finished_at is not None else time.monotonic()
    if cpu_at_start is not None and cpu_at_end is not None:
        elapsed = max(0, int((cpu_at_end - cpu_at_start) * 1000))  # CPU time, measured here from the cgroup
    else:
        elapsed = 0 if started_at is None else max(0, int((end - started_at) * 1000))
    base = {"value": None, "stdout": "", "stderr": "", "time_ms": elapsed}
    if crossed is not None:
        return dict(base, status=crossed[0], error=crossed[1])
    if timed_out:
        return dict(base, status="timeout", time_ms=int(limit_s * 1000),
                    error={"type": "TimeLimitExceeded",
                           "message": "the test ran longer than %d ms" % header["time_limit_ms"], "line": None})
    if flooded:
        return dict(base, status="output_limit",
                    error={"type": "OutputLimitExceeded", "message": "the result is too large", "line": None})
    line = data.split(b"\n", 1)[0]
    if line:
        result = accept(line, limit)
        if result is not None:
            result["time_ms"] = elapsed
            return result
    oom_after = LIMITS.oom_kills() if LIMITS is not None else None
    if os.WIFSIGNALED(wait_status):
        sig = os.WTERMSIG(wait_status)
        if sig == signal.SIGXCPU:
            return dict(base, status="timeout", time_ms=int(limit_s * 1000),
                        error={"type": "TimeLimitExceeded", "message": "the test used too much CPU time",
                               "line": None})
        if sig == signal.SIGKILL and (oom_before is None or oom_after is None or oom_after > oom_before):
            return dict(base, status="memory",
                        error={"type": "MemoryLimitExceeded", "message": "killed for using too much memory",
                               "line": None})
        name = signal.Signals(sig).name if sig in signal.Signals._value2member_map_ else str(sig)
        return dict(base, status="error",
                    error={"type": "Crash", "message": "the process was killed by signal " + name, "line": None})
    if line:
        return dict(base, status="error",
                    error={"type": "Crash", "message": "the test process reported an unreadable result", "line": None})
    code = os.WEXITSTATUS(wait_status)
    return dict(base, status="error",
                error={"type": "Exit", "message": "the process exited with code %d before the test finished" % code,
                       "line": None})


# ---------------------------------------------------------------- main

def make_undumpable():
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE = 4
    except (OSError, AttributeError):
        pass


def prepare(header, reporter, extra):
    """Compiles the program (reporting a syntax error) and preloads the modules it mentions; False if it does not
    compile."""
    global COMPILED
    try:
        COMPILED = compile(header["code"], SOLUTION_FILE, "exec")  # once; every test process inherits it
    except (SyntaxError, ValueError) as exc:
        COMPILED = None
        reporter.emit(dict({"event": "compile", "ok": False, "error": describe(exc)}, **extra))
        return False
    source = header["code"] + "\n" + (header.get("driver") or "")
    for name in PRELOAD:
        if name in source:
            try:
                __import__(name)  # loaded once here (trusted), shared copy-on-write by every test process
            except ImportError:
                pass
    return True


def run_tests(header, tests, reporter, extra):
    for test in tests:
        result = supervise(header, test)
        event = {"event": "test", "id": test.get("id")}
        event.update(result)
        event.update(extra)
        reporter.emit(event)
        if result["status"] in ("timeout", "memory"):
            break  # the rest would only take as long again: they are not run


def clear_tmp():
    for root, dirs, files in os.walk("/tmp", topdown=False):
        for name in files:
            try:
                os.unlink(os.path.join(root, name))
            except OSError:
                pass
        for name in dirs:
            try:
                os.rmdir(os.path.join(root, name))
            except OSError:
                pass


def main():
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(sig, signal.SIG_IGN)
    make_undumpable()
    out_fd = os.dup(1)
    os.set_inheritable(out_fd, False)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    header = read_frame()
    began = time.monotonic()
    reporter = Reporter(out_fd, header["nonce"])
    global LIMITS
    LIMITS = Limits()
    programs = header.get("programs")
    if programs is None:
        # A submission: one program, each test's frame read only when that test is about to run.
        if prepare(header, reporter, {}):
            run_tests(header, (read_frame() for _ in range(header["test_count"])), reporter, {})
    else:
        # Bank validation: the question's own programs (reference, wrong solutions, or several predict-the-output
        # snippets) one after the other on the same tests, /tmp emptied between them. Never candidate code.
        tests = [read_frame() for _ in range(header["test_count"])]
        for index, code in enumerate(programs):
            program = dict(header, code=code)
            if prepare(program, reporter, {"program": index}):
                run_tests(program, tests, reporter, {"program": index})
            clear_tmp()
    reporter.emit({"event": "done", "ms": int((time.monotonic() - began) * 1000)})


if __name__ == "__main__":
    main()
