"""What the benchmark scripts share: a free loopback port, and printing a
table that may also go to a file."""

import socket
from pathlib import Path


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def publish(lines, markdown=None):
    """Prints the lines, and writes them to `markdown` too when given."""
    text = "\n".join(lines)
    print(text, flush=True)
    if markdown:
        Path(markdown).parent.mkdir(parents=True, exist_ok=True)
        Path(markdown).write_text(text + "\n")
