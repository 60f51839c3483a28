"""`python -m loaders`: see loaders/cli.py."""

import sys

from loaders.cli import main

if __name__ == "__main__":
    sys.exit(main())
