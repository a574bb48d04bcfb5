"""``python -m dipstate``: the same as the ``dipstate`` command."""

import sys

from dipstate.cli import main

sys.exit(main())
