"""The Django floor for bench/bench_cpu.py: the least a logged-in Django page costs on this machine.

settings.py: sessions, auth and CSRF middleware, one template, SQLite; the page reads the logged-in
user's session and user rows (as every Tietovirta page does) and makes one query of its own.
bare_settings.py: a "hello" response with no middleware, no template and no database.
"""
