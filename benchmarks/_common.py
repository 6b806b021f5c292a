"""One way to print a benchmark's result: the figure, the floor measured in the same run, the
ratio and the target, so every script in benchmarks/ reads the same."""

from __future__ import annotations

import statistics


def median_ms(seconds: list[float]) -> float:
    return statistics.median(seconds) * 1000


def report(name: str, value: float, floor: float | None = None, *, unit: str = "ms",
           ratio_target: float | None = None, absolute_target: float | None = None,
           floor_name: str = "floor") -> bool:
    """Print one result line; returns whether every given target is met."""
    parts = [f"{name}: {value:.1f} {unit}"]
    met = True
    if floor is not None:
        ratio = value / floor if floor else float("inf")
        parts.append(f"{floor_name} {floor:.1f} {unit}, ratio {ratio:.2f}x")
        if ratio_target is not None:
            parts.append(f"target <= {ratio_target}x")
            met &= ratio <= ratio_target
    if absolute_target is not None:
        parts.append(f"target < {absolute_target:g} {unit}")
        met &= value < absolute_target
    if ratio_target is not None or absolute_target is not None:
        parts.append("MET" if met else "MISSED")
    print(" | ".join(parts), flush=True)
    return met
