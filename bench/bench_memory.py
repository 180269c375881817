"""Memory benchmark: peak RSS of importing a ~20 MB PDF and of writing the 500-register record (XLSX).

Each case runs in its own child process, which reports its peak resident set size
(VmHWM in /proc/self/status) and that of the same process before the work (imports done), so the table
shows both the total and what the work itself added. The PDF is made once with WeasyPrint from many
pages of register text and cached under /tmp. Run by `make bench`; never a test.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_documents import machine_line

PDF_CACHE = Path("/tmp/tietovirta-bench/import-20mb.pdf")
TARGET_PDF_BYTES = 19 * 1024 * 1024  # just under the 20 MB upload limit

_CHILD = """
import sys, time
sys.path.insert(0, {bench!r})

def peak_mb():
    # VmHWM starts afresh at exec; ru_maxrss would carry the parent's peak over from the fork.
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024

case = sys.argv[1]
if case == "import":
    from tietovirta.importer import import_bytes
    data = open(sys.argv[2], "rb").read()
    before = peak_mb()
    start = time.perf_counter()
    result = import_bytes(data, "large.pdf")
    detail = f"{{len(result.document.registers)}} register(s) read"
else:
    from bench_documents import organisation
    from tietovirta.documents import render
    document = organisation(500)
    before = peak_mb()
    start = time.perf_counter()
    detail = f"{{len(render(document, kind='seloste', fmt='xlsx', lang='fi')) // 1024}} kB written"
print(before, peak_mb(), time.perf_counter() - start, detail, sep="\\t")
"""


def make_pdf() -> Path:
    """A ~19 MB PDF (cached): the six register templates as text, and large scanned-looking pages.

    The bulk is images, as in real uploads near the limit (scans, photos, logos): WeasyPrint would
    need thousands of text pages, and minutes, to reach 20 MB with text alone.
    """
    if PDF_CACHE.exists() and PDF_CACHE.stat().st_size > TARGET_PDF_BYTES * 0.9:
        return PDF_CACHE
    import base64
    import io
    import random

    from PIL import Image
    from weasyprint import HTML

    from tietovirta.demo.templates import REGISTER_TEMPLATES

    sections = []
    for template in REGISTER_TEMPLATES.values():
        rows = "".join(
            f"<h2>{name.replace('_', ' ').capitalize()}</h2><p>{value}</p>"
            for name, value in template.model_dump().items()
            if isinstance(value, str) and value
        )
        sections.append(f"<h1>{template.name}</h1>{rows}")
    rng = random.Random(1)
    images = []
    for _ in range(4):  # noise does not compress: each page image keeps its ~4.6 MB
        pixels = Image.frombytes("RGB", (1240, 1240), rng.randbytes(1240 * 1240 * 3))
        buffer = io.BytesIO()
        pixels.save(buffer, "PNG")
        encoded = base64.b64encode(buffer.getvalue()).decode()
        images.append(
            f'<img style="width:17cm;page-break-before:always" src="data:image/png;base64,{encoded}">'
        )
    body = "".join(sections) * 10 + "".join(images)
    data = HTML(string=f"<html><body>{body}</body></html>").write_pdf()
    PDF_CACHE.parent.mkdir(parents=True, exist_ok=True)
    PDF_CACHE.write_bytes(data)
    return PDF_CACHE


def run_case(*args: str) -> dict:
    script = _CHILD.format(bench=str(Path(__file__).resolve().parent))
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, check=True)
    before, peak, seconds, detail = done.stdout.strip().splitlines()[-1].split("\t")
    return {"before": float(before), "peak": float(peak), "seconds": float(seconds), "detail": detail}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--write", metavar="PATH", help="write the figures as a markdown section to PATH")
    args = parser.parse_args()
    pdf = make_pdf()
    size_mb = pdf.stat().st_size / 1024 / 1024
    cases = [
        (f"import a {size_mb:.1f} MB PDF", run_case("import", str(pdf))),
        ("seloste käsittelytoimista, 500 registers, XLSX", run_case("xlsx")),
    ]
    lines = [
        "## Memory benchmark",
        "",
        machine_line(),
        "",
        "| case | peak RSS | of which the work | time | result |",
        "|---|---:|---:|---:|---|",
    ]
    for label, figures in cases:
        added = figures["peak"] - figures["before"]
        lines.append(
            f"| {label} | {figures['peak']:.0f} MB | {added:.0f} MB | {figures['seconds']:.1f} s | "
            f"{figures['detail']} |"
        )
    lines += [
        "",
        "Peak RSS of a child process (VmHWM), after its imports and before the work; the second "
        "column is what the work added.",
        "",
        "Command: `python bench/bench_memory.py`.",
    ]
    print("\n".join(lines))
    if args.write:
        Path(args.write).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
