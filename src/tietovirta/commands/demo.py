import argparse

DEMO_EMAIL = "demo@tietovirta.fi"
DEMO_PASSWORD = "tietovirta-demo"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--email", default=DEMO_EMAIL)
    parser.add_argument("--password", default=DEMO_PASSWORD)


def run(args) -> int:
    from tietovirta.demo.loader import load_demo

    loaded = load_demo(args.email, args.password)
    if loaded:
        print(f"Loaded the demo organisations: {', '.join(str(o) for o in loaded)}")
    else:
        print("The demo data is already loaded.")
    print(f"Demo login: {args.email} / {args.password}")
    return 0
