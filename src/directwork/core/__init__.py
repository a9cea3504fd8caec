"""Low-level pieces the laptop and the hub both need, written once.

- ``utc``: UTC times as sortable text (naive times refused);
- ``columns``: the SQLAlchemy column type that stores them (the one SQLAlchemy use here);
- ``hashchain``: the hash of one audit event and the walk that checks a whole chain;
- ``problems``: RFC 9457 problem answers, built by the hub and read by the laptop;
- ``whole_files``: outputs written whole or not at all (a hidden partial file, then a move).

No practice rules, no Qt, no mapped tables: ``store``, ``sync`` and ``hub`` may import this
package; ``domain`` and ``reports`` may not (tests/test_layers.py).
"""
