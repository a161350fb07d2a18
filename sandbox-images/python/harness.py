"""PyPrep sandbox harness, protocol 1.

Runs a candidate's code against test inputs inside a throwaway container and reports what happened.
It never sees expected outputs: the server compares.

Input on stdin, a sequence of frames, each `<byte length>\\n<UTF-8 JSON>`:
  1. the header  {"protocol": 1, "nonce": str, "mode": "function"|"class"|"stdin",
                  "entry_point": str, "code": str, "driver": str|null,
                  "time_limit_ms": int, "output_limit_bytes": int, "test_count": int}
  2. one frame per test, read only when that test is about to run:
                 {"id": int, "args": [...]} | {"id", "args_expr": str}   (function)
                 {"id", "ops": [[name, *args], ...]} | {"id", "ops_expr": str}  (class)
                 {"id", "stdin": str}                                  (stdin)
Output on stdout: one line per event, `<nonce> <JSON>`:
  {"event": "compile", "ok": false, "error": {"type", "message", "line"}}   (then nothing else)
  {"event": "test", "id", "status": "ok"|"error"|"timeout"|"memory"|"output_limit",
   "value", "stdout", "stderr", "time_ms", "error": {"type", "message", "line"}|null}
  {"event": "done"}

Each test runs in a forked child in its own process group, with stdin/stdout/stderr on /dev/null and
print() captured. The harness is PID 1 of the container, so signals the candidate sends it are dropped by
the kernel; it is made non-dumpable, so the candidate cannot read its memory or file descriptors
through /proc. Frames of later tests are still unread in the pipe while a test runs.
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
        line = (self.nonce + " " + json.dumps(event, ensure_ascii=False) + "\n").encode("utf-8")
        view = memoryview(line)
        while view:
            view = view[os.write(self.fd, view):]


# ---------------------------------------------------------------- values

def normalise(value, depth=0):
    """Turn a Python value into plain JSON data (see questions/README.md)."""
    if depth > 200:
        raise ValueError("return value is nested too deeply")
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
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
        if name == "DataFrame":
            return normalise(value.to_dict(orient="records"), depth + 1)
        if name == "Series":
            return normalise(value.to_dict(), depth + 1)
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
    """Runs one test. Called in a freshly forked child; never returns."""
    me = os.getpid()

    def finish(payload):
        if os.getpid() != me:  # a process the candidate forked: leave quietly
            os._exit(0)
        data = json.dumps(payload, ensure_ascii=False, allow_nan=False).encode("utf-8")
        if len(data) > MAX_VALUE_BYTES:
            data = json.dumps({"status": "output_limit", "value": None, "stdout": "", "stderr": "",
                               "time_ms": payload.get("time_ms", 0),
                               "error": {"type": "OutputLimitExceeded",
                                         "message": "the return value is larger than 1 MiB",
                                         "line": None}}).encode("utf-8")
        view = memoryview(data + b"\n")
        while view:
            view = view[os.write(result_fd, view):]
        os._exit(0)

    mode = header["mode"]
    limit = header["output_limit_bytes"]
    out, err = CappedText(limit), CappedText(limit)
    started = None
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
        os.write(start_fd, b"S")
        started = time.perf_counter()

        namespace = {"__name__": "__main__" if mode == "stdin" else "solution", "__builtins__": __builtins__}
        code = compile(header["code"], SOLUTION_FILE, "exec")
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
        if out.exceeded or err.exceeded:
            status = "output_limit"
    except OutputLimitExceeded:
        status = "output_limit"
    except MemoryError as exc:
        status, error = "memory", describe(exc)
    except SystemExit as exc:
        status = "error"
        error = {"type": "SystemExit", "message": "the code called sys.exit(%r)" % (exc.code,),
                 "line": describe(exc)["line"]}
    except BaseException as exc:  # the candidate's failure is the result
        status, error = "error", describe(exc)
    if out.exceeded or err.exceeded:
        status = "output_limit"
    elapsed = 0 if started is None else int((time.perf_counter() - started) * 1000)
    printed = "" if mode == "stdin" and status == "ok" else out.getvalue()  # a program's output is its value
    finish({"status": status, "value": value if status == "ok" else None,
            "stdout": printed, "stderr": err.getvalue(), "time_ms": elapsed, "error": error})


# ---------------------------------------------------------------- supervising a test, in the parent

def oom_kills():
    for path in ("/sys/fs/cgroup/memory.events", "/sys/fs/cgroup/memory/memory.oom_control"):
        try:
            with open(path) as f:
                for line in f:
                    key, _, count = line.partition(" ")
                    if key == "oom_kill":
                        return int(count)
        except OSError:
            continue
    return None


def reap_all():
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def supervise(header, test):
    result_r, result_w = os.pipe()
    start_r, start_w = os.pipe()
    oom_before = oom_kills()
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
    started_at = None
    data = b""
    timed_out = False
    open_fds = {result_r, start_r}
    while open_fds:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        readable, _, _ = select.select(list(open_fds), [], [], remaining)
        for fd in readable:
            chunk = os.read(fd, 1 << 16)
            if fd == start_r:
                if not chunk:
                    open_fds.discard(fd)
                elif started_at is None:
                    started_at = time.monotonic()
                    deadline = started_at + limit_s
            else:
                if chunk:
                    data += chunk
                    if b"\n" in data:
                        open_fds.clear()
                else:
                    open_fds.discard(fd)
    try:
        os.killpg(pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    _, wait_status = os.waitpid(pid, 0)
    os.close(result_r)
    os.close(start_r)
    reap_all()

    elapsed = 0 if started_at is None else int((time.monotonic() - started_at) * 1000)
    line = data.split(b"\n", 1)[0]
    if line and not timed_out:
        try:
            result = json.loads(line.decode("utf-8"))
            if isinstance(result, dict) and "status" in result:
                return result
        except ValueError:
            pass
    base = {"value": None, "stdout": "", "stderr": "", "time_ms": elapsed}
    if timed_out:
        return dict(base, status="timeout", time_ms=int(limit_s * 1000),
                    error={"type": "TimeLimitExceeded",
                           "message": "the test ran longer than %d ms" % header["time_limit_ms"], "line": None})
    oom_after = oom_kills()
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


def main():
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGUSR1, signal.SIGUSR2):
        signal.signal(sig, signal.SIG_IGN)
    make_undumpable()
    out_fd = os.dup(1)
    os.set_inheritable(out_fd, False)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    header = read_frame()
    reporter = Reporter(out_fd, header["nonce"])
    try:
        compile(header["code"], SOLUTION_FILE, "exec")
    except (SyntaxError, ValueError) as exc:
        reporter.emit({"event": "compile", "ok": False, "error": describe(exc)})
        reporter.emit({"event": "done"})
        return
    for name in ("numpy", "pandas"):
        if name in header["code"] or name in (header.get("driver") or ""):
            try:
                __import__(name)  # loaded once here, shared copy-on-write by every test process
            except ImportError:
                pass
    for _ in range(header["test_count"]):
        test = read_frame()
        result = supervise(header, test)
        result.update(event="test", id=test.get("id"))
        del test
        reporter.emit(result)
    reporter.emit({"event": "done"})


if __name__ == "__main__":
    main()
