"""Random durations (handle times, patience): exponential, lognormal, fixed or uniform.

A ``Duration`` is a plain record the staffing file describes; ``sampler`` turns it into a
zero-argument function over one seeded ``random.Random``, so the simulation's inner loops
call one local name and stay deterministic.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

KINDS = ("exponential", "lognormal", "fixed", "uniform")


@dataclass(frozen=True)
class Duration:
    """A distribution of minutes: ``mean`` always; ``sd`` for lognormal; ``low``/``high`` for uniform."""

    kind: str = "exponential"
    mean: float = 1.0
    sd: float = 0.0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"expected a distribution among {', '.join(KINDS)} (not {self.kind!r})")
        if not 0 < self.mean < math.inf:
            raise ValueError(f"expected a mean above 0 (not {self.mean})")
        if self.kind == "lognormal" and not 0 < self.sd < math.inf:
            raise ValueError(f"expected a lognormal sd above 0 (not {self.sd})")
        if self.kind == "uniform" and not 0 <= self.sd <= self.mean * math.sqrt(3):
            raise ValueError(f"expected a uniform sd between 0 and mean x 1.732 (not {self.sd})")

    @property
    def is_exponential(self) -> bool:
        return self.kind == "exponential"

    def describe(self) -> str:
        """A short label such as ``lognormal(mean 8, sd 4)``."""
        if self.kind in ("exponential", "fixed"):
            return f"{self.kind}(mean {self.mean:g})"
        return f"{self.kind}(mean {self.mean:g}, sd {self.sd:g})"


def sampler(duration: Duration, rng: random.Random) -> Callable[[], float]:
    """A function drawing one duration per call from ``rng``."""
    mean, draw = duration.mean, rng.random
    if duration.kind == "exponential":
        log = math.log
        return lambda: -log(1.0 - draw()) * mean
    if duration.kind == "fixed":
        return lambda: mean
    if duration.kind == "uniform":
        half = duration.sd * math.sqrt(3)  # a uniform on [mean - h, mean + h] has sd h / sqrt(3)
        low, width = mean - half, 2 * half
        return lambda: low + width * draw()
    sigma2 = math.log1p((duration.sd / mean) ** 2)  # lognormal with this mean and sd
    mu, sigma = math.log(mean) - sigma2 / 2, math.sqrt(sigma2)
    return lambda: rng.lognormvariate(mu, sigma)
