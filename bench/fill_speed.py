"""What filling a served page's kept parts costs (fragments._fill): one regular-expression pass over the
HTML, as before, against str.replace, interleaved in one process on the parts a server kept.

Every page served from kept parts (fragments.py) has its CSRF token and address put in on every request;
the dashboard's parts are some 200 kB. The parts are read from the fragments file cache of a data directory
a run left behind (bench/profile_mix.py leaves /tmp/tietovirta-mix-*), with the placeholders found in them;
both ways must give the same HTML for every part set.

    .venv/bin/python bench/fill_speed.py /tmp/tietovirta-mix-XXXX
"""

from __future__ import annotations

import argparse
import pickle
import re
import time
import zlib
from functools import cache
from pathlib import Path

from django.utils.html import escape

TOKEN = "A" * 64  # a masked CSRF token's length
ADDRESS = "/organizations/3/registers/120/?x=1&y=2"


def _kept_parts(data_dir: Path) -> list[dict[str, str]]:
    found = []
    for path in sorted((data_dir / "cache" / "fragments").glob("*.djcache")):
        with path.open("rb") as file:  # Django's file cache: the expiry, then the zlib'd pickled value
            pickle.load(file)
            value = pickle.loads(zlib.decompress(file.read()))
        if isinstance(value, dict) and all(isinstance(html, str) for html in value.values()):
            found.append(value)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("data_dir", type=Path, help="a TIETOVIRTA_DATA_DIR with a fragments cache")
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    kept = _kept_parts(args.data_dir)
    sample = "".join(html for parts in kept for html in parts.values())
    csrf = re.search(r"csrf-placeholder-[0-9a-f]{32}", sample).group()
    path = re.search(r"path-placeholder-[0-9a-f]{32}", sample).group()
    placeholders = re.compile(f"{csrf}|{path}")

    def by_regex(parts: dict[str, str]) -> dict[str, str]:  # main 90a6405's _fill
        @cache
        def value(placeholder: str) -> str:
            return TOKEN if placeholder == csrf else escape(ADDRESS)

        return {name: placeholders.sub(lambda m: value(m.group()), html) for name, html in parts.items()}

    def by_replace(parts: dict[str, str]) -> dict[str, str]:  # this branch's _fill
        token = address = None
        filled = {}
        for name, html in parts.items():
            if csrf in html:
                token = token or TOKEN
                html = html.replace(csrf, token)
            if path in html:
                address = address or escape(ADDRESS)
                html = html.replace(path, address)
            filled[name] = html
        return filled

    if any(by_regex(parts) != by_replace(parts) for parts in kept):
        raise SystemExit("fill_speed: the two ways differ")
    sizes = sorted(sum(map(len, parts.values())) for parts in kept)
    print(f"{len(kept)} kept part sets, {sizes[0]}–{sizes[-1]} characters; both ways give the same HTML")
    largest = max(kept, key=lambda parts: sum(map(len, parts.values())))
    for label, chosen in (("every kept part set", kept), ("the largest (a dashboard's)", [largest])):
        spent = {"regex (main)": 0.0, "replace (branch)": 0.0}
        for _ in range(args.rounds):  # interleaved
            for name, fill in (("regex (main)", by_regex), ("replace (branch)", by_replace)):
                started = time.process_time()
                for parts in chosen:
                    fill(parts)
                spent[name] += time.process_time() - started
        before, after = (spent[name] / (args.rounds * len(chosen)) * 1000 for name in spent)
        print(f"{label}: {before:.3f} ms -> {after:.3f} ms CPU per fill, ratio {after / before:.3f}")


if __name__ == "__main__":
    main()
