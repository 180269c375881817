"""`python -m tietovirta.checks INPUT …`: the `tietovirta check` command on its own."""

import argparse
import sys

from tietovirta.checks import command

parser = argparse.ArgumentParser(prog="tietovirta check", description=__doc__)
command.add_arguments(parser)
sys.exit(command.run(parser.parse_args()))
