"""Entry point for ``python -m bot``: the one place the core's command line and the Slack
wing meet (``serve``), so no core module imports Slack code."""

import argparse
import sys

from bot.cli import main
from bot.config import Settings


def serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.slack.cli import serve as serve_slack  # Bolt loads only for `serve`

    return serve_slack(args, settings)


sys.exit(main(serve=serve))
