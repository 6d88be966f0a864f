"""Converts a data file in place (encrypt or decrypt) for the kill tests; says "ready" first.

    python -m tests.faults.converter FILE encrypt|decrypt KEYHEX KEYID
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.store import conversion, crypt


def main() -> None:
    path, action, key_hex, key_id = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    key = bytes.fromhex(key_hex)
    keys = crypt.KeyFile(key_id, {"password": crypt.wrap(
        "pw", key, key_id, "password", crypt.KdfParams(1, 1024, 1))})
    print("ready", flush=True)
    if action == "encrypt":
        conversion.encrypt_in_place(path, keys, key)
    else:
        conversion.decrypt_in_place(path, key)
    print("done", flush=True)


if __name__ == "__main__":
    main()
