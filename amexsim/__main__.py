"""``python -m amexsim``."""

import gc

gc.disable()  # start-up makes ~100,000 objects and frees few; the CLI turns collection back on once loaded

from .cli import run  # noqa: E402

run()
