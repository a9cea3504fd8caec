"""Read-aloud: the plan spoken in English and Welsh, offline.

eSpeak NG (shipped as the ``espeakng-loader`` wheel: its library and voices, Welsh among
them) is called through ctypes and writes 16-bit PCM into memory, a chunk at a time, so the
first sound can be played while the rest of a sentence is still being made. Nothing here
touches Qt, the vault or the disk: the GUI plays the samples (gui/common/read_aloud.py) and
the vault keeps recordings (store/recordings.py). No audio is ever written to a file.

* ``sentences``: text split into the sentences that are read and highlighted one by one.
* ``pcm``: audio in memory (samples, WAV bytes for the vault, loudness and length).
* ``espeak``: the eSpeak NG voice.
* ``timeline``: which sentence is being heard, from how many samples have been played.
"""
