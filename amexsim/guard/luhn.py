"""The Luhn check, for one number and for every window of a long run of digits."""

from __future__ import annotations

from itertools import accumulate

_LUHN_DOUBLE = str.maketrans("0123456789", "0246813579")
_DIGIT_VALUE = bytes.maketrans(b"0123456789", bytes(range(10)))


def luhn(digits: str) -> bool:
    """Luhn check with byte sums instead of a Python loop (keeps long scans fast)."""
    plain = digits[-1::-2].encode()
    doubled = digits[-2::-2].translate(_LUHN_DOUBLE).encode()
    return (sum(plain) + sum(doubled) - 48 * len(digits)) % 10 == 0


class LuhnSums:
    """Luhn sums of any slice of a digit string in O(1), from two prefix-sum tables."""

    __slots__ = ("_tables",)

    def __init__(self, digits: str) -> None:
        plain = digits.encode().translate(_DIGIT_VALUE)
        doubled = digits.translate(_LUHN_DOUBLE).encode().translate(_DIGIT_VALUE)
        # Table p: digits at even index are doubled when p is 1, at odd index when p is 0.
        tables = []
        for parity in (0, 1):
            mixed = bytearray(plain)
            mixed[1 - parity :: 2] = doubled[1 - parity :: 2]
            tables.append([0, *accumulate(mixed)])
        self._tables = tables

    def passing(self, digit_at: list[int], size: int) -> list[int]:
        """Indexes i where digits digit_at[i] to digit_at[i + size] are 13 to 19 long and pass Luhn.

        The last digit (index b - 1) is never doubled, so its parity picks the table.
        """
        odd_end, even_end = self._tables
        return [
            i
            for i, (a, b) in enumerate(zip(digit_at, digit_at[size:]))
            if 13 <= b - a <= 19 and (even_end[b] - even_end[a] if b % 2 == 0 else odd_end[b] - odd_end[a]) % 10 == 0
        ]
