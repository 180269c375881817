"""Every import of a document — web upload, API, command line — runs here, in a process of its own.

    result = run_import(data, "seloste.pdf", lang="auto")   # ImportResult, or UnreadableDocument

reading.py bounds what a file may cost to read (bytes unpacked, elements, glyphs, pages, lines), and
refuses a hostile file early with its reason. This module is the backstop for whatever those bounds
miss — a parser's own appetite, a case nobody thought of: the child process may map at most
MEMORY_LIMIT, use CPU_SECONDS of processor time and live WALL_SECONDS, so no upload can take a web
worker's memory or keep it past its own timeout. Over a limit, the user reads that the file is too
complex to read, never that it is damaged.

Why a fresh interpreter (`python -m tietovirta.importer.sandbox`) and not multiprocessing:
- It starts clean. A gunicorn worker has open database connections, maybe threads, and its own
  memory; `fork` would copy all of that into the child (and a forked child's peak memory starts at
  the worker's).
- 'spawn' or 'forkserver' would start clean too, but bring multiprocessing's machinery into every
  worker: a resource tracker, a fork server per worker, pickled arguments and results. Here the child
  sets its own limits before it reads a byte, the parent kills it at the wall-time limit
  (communicate(timeout=…)), and no preexec_fn runs between fork and exec (unsafe with threads).
- The result comes back as JSON, never pickle: a parser that a crafted file subverted could
  otherwise hand the web worker objects that run code when unpickled.
The child costs an interpreter start (~0.5 s) per import, small beside reading a document.
A scan's OCR reports each page it starts on a pipe of its own (`progress`), for the page that waits.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import resource
import signal
import subprocess
import sys
import threading
import traceback
from pathlib import Path

from tietovirta.importer.ocr import Progress, ocr_options
from tietovirta.importer.reading import MAX_BYTES
from tietovirta.importer.refusals import UnreadableDocument

MB = 1024 * 1024
# What the child may map (RLIMIT_AS, so its resident memory stays below it too). Python with the
# parsers and the section classifier loaded maps ~135 MB, an ordinary import peaks near 265 MB, and
# the 245-page PDF of bench/bench_memory.py under 300 MB.
MEMORY_LIMIT = 600 * MB
# Processor time (RLIMIT_CPU) and wall time: the 245-page PDF takes ~40 s alone on two cores. Both
# stay below the web server's worker timeout (commands/serve.py), so a waiting worker is never killed.
# A scan's OCR (ocr.py) runs Tesseract as a child of the child: it inherits these limits, its CPU time
# is counted per process (each page's Tesseract has CPU_SECONDS of its own), and OCR stops itself at
# ocr.OCR_SECONDS so that a scan of up to ocr.MAX_OCR_PAGES pages ends within WALL_SECONDS.
CPU_SECONDS = 60
WALL_SECONDS = 75

logger = logging.getLogger(__name__)


def run_import(data: bytes, filename: str = "", lang: str = "auto", *, ocr: bool = True,
               progress: Progress | None = None):
    """`import_bytes(data, filename, lang)` in a child process with memory, CPU and time limits.

    A scanned PDF is read by OCR unless `ocr` is false (then it is refused as "pdf_no_text", at once);
    `progress(page, pages)` is called in this thread as OCR starts each page.
    """
    if len(data) > MAX_BYTES:  # not worth a process
        raise UnreadableDocument("too_large", mb=MAX_BYTES // MB)
    # The child reports the pages it reads on a pipe of their own: stdout is the answer, stderr the log.
    updates, child_end = os.pipe()
    limits = {"memory": MEMORY_LIMIT, "cpu": CPU_SECONDS}
    options = {"filename": filename, "lang": lang, "limits": limits, "ocr": ocr, "progress_fd": child_end}
    header = json.dumps(options).encode() + b"\n"
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "tietovirta.importer.sandbox"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_child_environment(),
            pass_fds=(child_end,),
            start_new_session=True,  # a group of its own: killed at the wall time with its Tesseract
        )
    except BaseException:
        os.close(updates)
        raise
    finally:
        os.close(child_end)
    answer: dict = {}
    talker = threading.Thread(target=_talk, args=(child, header + data, answer), daemon=True)
    talker.start()
    with os.fdopen(updates, "rb") as pipe:
        _follow(pipe, progress)  # until the child ends, or is killed at its wall time
    talker.join()
    if "done" not in answer:
        raise UnreadableDocument("out_of_time", seconds=WALL_SECONDS)
    outcome = _outcome(answer["done"])
    if "refusal" in outcome:
        raise UnreadableDocument.from_dict(outcome["refusal"])
    return _result(outcome["result"])


def _talk(child: subprocess.Popen, message: bytes, answer: dict) -> None:
    """Give the child its file and take its answer; kill it at the wall time (answer stays empty)."""
    try:
        stdout, stderr = child.communicate(message, timeout=WALL_SECONDS)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
        child.communicate()
        return
    answer["done"] = subprocess.CompletedProcess(child.args, child.returncode, stdout, stderr)


def _follow(pipe, progress: Progress | None) -> None:
    """Pass on the child's "page pages" lines; anything else on the pipe is ignored."""
    last = None
    while line := pipe.readline(64):
        try:
            page, pages = (int(n) for n in line.split())
        except ValueError:
            continue
        if progress and (page, pages) != last and 0 < page <= pages:
            progress(page, pages)
        last = (page, pages)


def _child_environment() -> dict[str, str]:
    # The package's own folder first, so the child finds this code however the parent was started.
    root = str(Path(__file__).resolve().parents[2])
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
    # One thread for numpy's BLAS (the section classifier): each thread it starts maps its own buffers,
    # so on a many-core server the address space would go before a byte is read.
    threads = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    return {**os.environ, "PYTHONPATH": path, "PYTHONDONTWRITEBYTECODE": "1", **threads}


def _outcome(done: subprocess.CompletedProcess) -> dict:
    """The child's answer; a child that died without one was stopped by a limit (or crashed)."""
    if done.returncode == 0:
        try:
            return json.loads(done.stdout)
        except ValueError:
            pass
    stderr = done.stderr.decode("utf-8", "replace")[-2000:]
    logger.warning("import process ended with %s without an answer: %s", done.returncode, stderr)
    if done.returncode == -signal.SIGXCPU:
        kind = UnreadableDocument("out_of_time", seconds=CPU_SECONDS)
    elif "MemoryError" in stderr:
        kind = UnreadableDocument("out_of_memory", mb=MEMORY_LIMIT // MB)
    else:  # killed (SIGKILL from the kernel when memory ran out), or crashed
        kind = UnreadableDocument("stopped")
    return {"refusal": kind.to_dict()}


def _result(data: dict):
    from tietovirta.canonical.schema import OrganizationDocument
    from tietovirta.importer import FieldResult, ImportResult

    return ImportResult(
        document=OrganizationDocument.model_validate(data["document"]),
        fields=[FieldResult(**field) for field in data["fields"]],
        warnings=data["warnings"],
        detected_format=data["detected_format"],
        language=data["language"],
        suggestions=[FieldResult(**field) for field in data["suggestions"]],
    )


# --- the child -------------------------------------------------------------------------------


def _limit_this_process(memory: int, cpu: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))  # SIGXCPU, then SIGKILL
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))  # reading writes no files
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _child() -> int:
    # The limits come from the parent (one place to set them), before a byte of the file is read.
    global MEMORY_LIMIT, CPU_SECONDS  # what messages about the limits say, in this process
    header = json.loads(sys.stdin.buffer.readline())
    MEMORY_LIMIT, CPU_SECONDS = header["limits"]["memory"], header["limits"]["cpu"]
    _limit_this_process(MEMORY_LIMIT, CPU_SECONDS)
    data = sys.stdin.buffer.read()
    updates = os.fdopen(header["progress_fd"], "w", buffering=1)  # a pipe: no file is written
    try:
        from tietovirta.importer import import_bytes

        def report(page: int, pages: int) -> None:
            updates.write(f"{page} {pages}\n")

        with ocr_options(header["ocr"], report, header["lang"]):
            result = import_bytes(data, header["filename"], header["lang"])
        outcome = {
            "result": {
                "document": result.document.model_dump(mode="json"),
                "fields": [vars(field) for field in result.fields],
                "warnings": result.warnings,
                "detected_format": result.detected_format,
                "language": result.language,
                "suggestions": [vars(field) for field in result.suggestions],
            }
        }
    except UnreadableDocument as exc:
        outcome = {"refusal": exc.to_dict()}
    except MemoryError:
        outcome = {"refusal": UnreadableDocument("out_of_memory", mb=MEMORY_LIMIT // MB).to_dict()}
    except Exception:  # a bug in the importer: the user reads that the file could not be read
        traceback.print_exc()
        outcome = {"refusal": UnreadableDocument("unexpected").to_dict()}
    del data
    updates.close()
    sys.stdout.buffer.write(json.dumps(outcome, ensure_ascii=False, default=str).encode("utf-8"))
    return 0


if __name__ == "__main__":
    # Run as this module, not as __main__: the reading looks up MEMORY_LIMIT here for its messages.
    from tietovirta.importer import sandbox

    sys.exit(sandbox._child())
