"""``python -m dbcloud_simulator``: the same as the ``dbcloud-simulator`` command."""

import sys

from .server import main

sys.exit(main())
