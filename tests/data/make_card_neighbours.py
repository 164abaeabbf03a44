"""Seeded generator of tests/data/card_neighbours.jsonl: ``python tests/data/make_card_neighbours.py``.

Luhn-valid card numbers written right beside another number (an amount, a date, an order
number, a phone number or a lone digit), so that the card's digits and its neighbour's may
read as one run. Each line holds the text and the span of the card in it, so a check can
tell whether any of the card's own characters survive redaction. Written independently of
the guard; re-running it rewrites the same file.
"""

import json
import random
from pathlib import Path

from cardnumbers import with_check_digit

R = random.Random(20261201)
PREFIXES = {15: ["34", "37"], 16: ["4", "51", "55", "2221", "6011", "35"], 13: ["4"], 14: ["36", "300"], 19: ["4", "6011", "62"]}
GROUPINGS = {
    13: [[13], [4, 4, 5]],
    14: [[14], [4, 6, 4]],
    15: [[15], [4, 6, 5], [5, 5, 5], [3, 3, 3, 3, 3]],
    16: [[16], [4, 4, 4, 4], [8, 8], [4, 6, 6]],
    19: [[19], [4, 4, 4, 4, 3]],
}
SEPARATORS = [" ", " ", " ", "-", "."]


def digits(n: int) -> str:
    return "".join(R.choice("0123456789") for _ in range(n))


def card() -> tuple[str, str]:
    """A card number's digits and how it is written (grouping and one separator)."""
    length = R.choice([15, 15, 16, 16, 16, 13, 14, 19])
    prefix = R.choice(PREFIXES[length])
    number = with_check_digit(prefix + digits(length - len(prefix) - 1))
    sizes, sep = R.choice(GROUPINGS[length]), R.choice(SEPARATORS)
    if R.random() < 0.08:
        sizes = [1] * length  # typed apart
    parts, i = [], 0
    for size in sizes:
        parts.append(number[i : i + size])
        i += size
    return number, sep.join(parts)


NEIGHBOURS = {
    "amount": lambda: (
        R.choice(["$", "", "USD "])
        + R.choice([str(R.randint(1, 999)), f"{R.randint(1, 9)},{digits(3)}.{digits(2)}", f"{R.randint(1, 999)}.{digits(2)}"])
    ),
    "date": lambda: R.choice(
        [
            f"{R.randint(1, 12):02d}/{R.randint(24, 31)}",
            f"{R.randint(1, 12)}/{R.randint(1, 28)}/2026",
            f"2026-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}",
            f"{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.2026",
        ]
    ),
    "order": lambda: R.choice(["", "#", "order "]) + digits(R.randint(5, 12)),
    "digit": lambda: str(R.randint(0, 9)),
    "digits": lambda: digits(R.randint(2, 4)),
    "phone": lambda: R.choice([f"1-800-{digits(3)}-{digits(4)}", f"({digits(3)}) {digits(3)}-{digits(4)}", f"555 {digits(4)}"]),
}
GLUE = [" ", " ", " ", ", ", " - ", "  ", "\n", " / "]
LEADS = ["", "", "hi ", "I want to make a payment of ", "pay ", "please charge ", "my card ", "ok ", "use "]
TAILS = ["", "", " thanks", " please", " ok?", ".", " for the bill"]


def line() -> dict:
    number, written = card()
    kinds = R.sample(sorted(NEIGHBOURS), R.choice([1, 1, 1, 2]))
    before = NEIGHBOURS[kinds[0]]() + R.choice(GLUE) if R.random() < 0.5 or len(kinds) == 2 else ""
    after = R.choice(GLUE) + NEIGHBOURS[kinds[-1]]() if not before or len(kinds) == 2 else ""
    lead, tail = R.choice(LEADS), R.choice(TAILS)
    text = f"{lead}{before}{written}{after}{tail}"
    start = len(lead) + len(before)
    return {"text": text, "card": number, "start": start, "end": start + len(written), "neighbours": kinds}


def main() -> None:
    rows = [line() for _ in range(400)]
    out = Path(__file__).with_name("card_neighbours.jsonl")
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    print(f"wrote {len(rows)} lines to {out}")


if __name__ == "__main__":
    main()
