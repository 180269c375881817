"""Text, Markdown and HTML import speed alone (the files bench_import.speed() times), for comparing two
trees on a busy machine: run it with each tree's venv in turn, several rounds, and compare medians.

    .venv/bin/python bench/text_speed.py

Each document is imported with no cache of texts read before (bench_import.forget_texts_read), once
after one warm-up import that loads the model and tables. Prints documents per second by wall clock
and by this process's CPU time (less disturbed by other processes); no document is named.
"""

from __future__ import annotations

import sys
import time

from bench_import import forget_texts_read, real

from tietovirta.importer import import_bytes

TEXT_FORMATS = ("txt", "md", "html")  # as the manifest names them; derived files are other formats


def documents() -> list[tuple[str, bytes]]:
    """The corpus's text, Markdown and HTML files (not those derived from another), name and bytes."""
    return [
        (entry.file, entry.path.read_bytes())
        for entry in real.entries()
        if not entry.derived_from and entry.format in TEXT_FORMATS
    ]


def main() -> int:
    texts = documents()
    name, data = texts[0]
    import_bytes(data, name)  # the model and the tables are loaded once per process, not per document
    wall = cpu = 0.0
    for name, data in texts:
        forget_texts_read()
        wall_start, cpu_start = time.perf_counter(), time.process_time()
        import_bytes(data, name)
        wall += time.perf_counter() - wall_start
        cpu += time.process_time() - cpu_start
    print(
        f"{len(texts)} documents: {len(texts) / wall:.1f} documents/s by wall clock, "
        f"{len(texts) / cpu:.1f} by CPU time"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
