"""Read models: what each screen of the desktop app shows, gathered from the vault in one read
and returned as domain objects or plain view records (frozen dataclasses).

Each function takes a Session first, so the app's vault worker can run it
(``store.operations.read``); none of them imports Qt, and each can be tested on a real vault
without a window. One module per screen, named as the app's screens are.
"""
