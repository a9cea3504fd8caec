"""Team link suggestions for a generated team of 600 children with 3,000 contexts and 6,000
people (invented names, written as practitioners write them: any case, words in another order,
Welsh mutations, a letter left out, a phone number spaced or with +44): how long ``suggest`` takes, beside a naive comparison of every pair
on the same data, and how many true links it finds (recall) and how many of what it suggests
are true (precision).

The naive comparison of all 9,000 records is ~40 million pairs: it is timed on the first 1,500
records and scaled by the number of pairs (printed as such), so the run stays short.

Goal on this machine: the team's suggestions within 1 s (the Team page reads them when it opens,
on the vault thread).
"""

from __future__ import annotations

import random
import time

CHILDREN = 600
CONTEXTS = 3_000
PEOPLE = 6_000
SHARED = 0.1  # of contexts and people, the share that is one place or adult on several children
NAIVE_SAMPLE = 1_500

STREET_WORDS = ["Fawr", "Fach", "Wen", "Ddu", "Newydd", "Uchaf", "Isaf", "Goch", "Las", "Hir",
                "Bryn", "Pant", "Derw", "Onnen", "Celyn", "Eithin", "Afon", "Nant",
                "Gelli", "Coed", "Tawel", "Heulog", "Castell", "Eglwys", "Ffynnon", "Melin"]
PLACE_KINDS = ["garages", "shops", "flats", "bridge", "car park", "skate park", "woods",
               "underpass", "chip shop", "bus station"]
GIVEN = ["Dean", "Kyle", "Rhys", "Dylan", "Aled", "Carys", "Ffion", "Siân", "Jay", "Liam",
         "Tomos", "Owain", "Nia", "Cerys", "Jordan", "Tyler", "Macy", "Ellie", "Gethin", "Iwan"]
FAMILY = ["Pryce", "Brennan", "Evans", "Hughes", "Rees", "Morgan", "Khan", "Collins", "Jenkins",
          "Davies", "Lloyd", "Powell", "Griffiths", "Bevan", "Howells", "Mahoney", "Walsh",
          "Sullivan", "Parry", "Lewis", "Thomas", "Owens", "Watkins", "Harries", "Kerr"]


def _place_variant(rnd: random.Random, street: str, kind: str) -> str:
    road = rnd.choice(["Heol", "heol", "HEOL"])
    mutated = {"Fawr": "Mawr", "Fach": "Bach", "Las": "Glas", "Ddu": "Du",
               "Wen": "Gwen"}.get(street, street)
    return rnd.choice([f"{road} {street} {kind}", f"the {kind} on Heol {street}",
                       f"{kind} behind {road} {mutated}", f"{kind.upper()}, HEOL {street.upper()}"])


def _phone(n: int, spaced: bool) -> str:
    digits = f"07700{900000 + n:06d}"
    return f"+44 {digits[1:5]} {digits[5:8]} {digits[8:]}" if spaced else digits


def generate(seed: int = 600):
    """(linkables, true pairs): each shared place or adult written differently on 2-4 children."""
    from directwork.domain.links import Linkable, pair_key
    from directwork.domain.records import LinkKind

    rnd = random.Random(seed)
    children = [f"child-{i:04d}" for i in range(CHILDREN)]
    streets = [(s, k) for s in STREET_WORDS for k in PLACE_KINDS]
    rnd.shuffle(streets)
    people = [(g, f) for g in GIVEN for f in FAMILY]
    rnd.shuffle(people)
    # Names made of the same words in another order are one name to the matcher (and to a
    # reader): each invented place and person has a set of words of its own.
    seen: set[frozenset[str]] = set()

    def fresh(words: str) -> bool:
        key = frozenset(words.casefold().replace("-", " ").split())
        if key in seen:
            return False
        seen.add(key)
        return True
    items: list[Linkable] = []
    truth: set[tuple[str, str]] = set()

    def add_group(kind: LinkKind, names: list[tuple[str, str]], count: int) -> None:
        made = 0
        entity = -1
        pool = STREET_WORDS if kind is LinkKind.CONTEXT else FAMILY
        while made < count:
            entity += 1
            first, second = names[entity % len(names)]
            round_ = entity // len(names)
            if round_:  # past the plain names: another street word, a double-barrelled surname
                extra = pool[(round_ * 7 + entity) % len(pool)]
                second = f"{second}-{extra}" if kind is LinkKind.PERSON else second
                first = f"{first} {extra}" if kind is LinkKind.CONTEXT else first
            if not fresh(f"{first} {second}"):
                continue
            copies = min(rnd.randint(2, 4) if rnd.random() < SHARED else 1, count - made)
            ids = []
            for copy, owner in enumerate(rnd.sample(children, copies)):
                rid = f"{kind.value}-{made:05d}"
                if kind is LinkKind.CONTEXT:
                    items.append(Linkable(kind, rid, owner, _place_variant(rnd, first, second),
                                          "place"))
                else:
                    family = second
                    if copy and len(family) >= 7 and rnd.random() < 0.15:
                        cut = rnd.randrange(3, len(family) - 3)  # a typo: a letter left out
                        family = family[:cut] + family[cut + 1:]
                    name = rnd.choice([f"{first} {family}", f"{family}, {first}",
                                       f"{first.upper()} {family.upper()}"])
                    contact = _phone(entity, spaced=copy % 2 == 1) if rnd.random() < 0.5 else ""
                    items.append(Linkable(kind, rid, owner, name, "other", contact,
                                          rnd.random() < 0.2))
                ids.append(rid)
                made += 1
            truth.update(pair_key(a, b) for i, a in enumerate(ids) for b in ids[i + 1:])

    add_group(LinkKind.CONTEXT, streets, CONTEXTS)
    add_group(LinkKind.PERSON, people, PEOPLE)
    return items, truth


def main() -> None:
    from directwork.domain.links import suggest, suggest_all_pairs

    items, truth = generate()
    print(f"team: {CHILDREN} children, {CONTEXTS} contexts, {PEOPLE} people, "
          f"{len(truth)} true links")
    times = []
    cpu = []
    found = []
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        found = suggest(items)
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    best = min(times)
    keys = {s.key for s in found}
    hits = len(keys & truth)
    # CPU time beside wall time: on a machine shared with other work the wall clock also
    # counts the time this process waited for a core.
    print(f"suggest (blocked):         {best:8.3f} s wall, {min(cpu):.3f} s CPU "
          f"({len(keys)} suggested)   goal <= 1 s")
    print(f"  recall    {hits / len(truth):6.1%}  ({hits} of {len(truth)} true links found)")
    print(f"  precision {hits / max(1, len(keys)):6.1%}  ({len(keys) - hits} suggested that "
          f"are not)")
    sample = items[:NAIVE_SAMPLE]
    started = time.perf_counter()
    naive = suggest_all_pairs(sample)
    spent = time.perf_counter() - started
    pairs_sample = NAIVE_SAMPLE * (NAIVE_SAMPLE - 1) / 2
    pairs_all = len(items) * (len(items) - 1) / 2
    started = time.perf_counter()
    blocked = suggest(sample)
    blocked_spent = time.perf_counter() - started
    print(f"naive all pairs, first {NAIVE_SAMPLE} records: {spent:8.3f} s "
          f"(blocked on the same: {blocked_spent:.3f} s; same suggestions: "
          f"{ {s.key for s in naive} == {s.key for s in blocked} })")
    print(f"naive all pairs, all {len(items)} records (scaled by pairs): "
          f"{spent * pairs_all / pairs_sample:8.1f} s   vs blocked {best:.3f} s")


if __name__ == "__main__":
    main()
