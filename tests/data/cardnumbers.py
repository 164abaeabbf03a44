"""Luhn arithmetic for the test-data generators (make_guard_*.py), written independently of
amexsim/guard.py so that a bug there cannot hide in the data that checks it."""


def luhn_ok(digits: str) -> bool:
    """True when the digits pass the Luhn check."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def with_check_digit(body: str) -> str:
    """The body followed by the one digit that makes it pass Luhn."""
    return next(body + digit for digit in "0123456789" if luhn_ok(body + digit))
