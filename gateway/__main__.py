"""`python -m gateway` is `dlpgate`."""

import sys

from gateway.cli import main

sys.exit(main())
