#!/usr/bin/env python3
"""Independent high-precision reference values for the staffing tests.

Writes test/core/staffing/fixtures/erlang-reference.json. Run from the repository root:

    python3 scripts/erlang-reference.py            # regenerate the fixture
    python3 scripts/erlang-reference.py --rgamma   # print the 1/Γ(1+x) Taylor coefficients used in gamma.ts

How the values are made (none of it shares code or method with src/core/staffing):
- Erlang B at any real N from the closed form B(N, A) = A^N e^−A / Γ(N+1, A), with mpmath's
  upper incomplete gamma at 60 significant digits (log space, so 100 000 Erlangs is fine).
  For whole N ≤ 2 000 it is cross-checked against the exact rational sum
  B = (A^N/N!) / Σ_{k≤N} A^k/k! in fractions.Fraction; the script stops if they disagree.
- Erlang C, SL, ASA from B by their textbook definitions at the same precision.
- Erlang A by the birth–death chain summed at 60 digits until terms drop below 1e−45, with the
  answered-within-T probability for a caller finding j waiting from mpmath's regularised
  incomplete beta, I_U(j+1, b+1)·b/(b+j+1). That formula is itself cross-checked for small j
  against the matrix exponential of the caller's absorbing Markov chain (mpmath.expm).
Inputs are turned into the exact doubles the TypeScript code sees (float(...)) before use.
Needs only the standard library plus mpmath (checked importable here; no installs).
"""
import json
import sys
from fractions import Fraction
from pathlib import Path

import mpmath as mp

mp.mp.dps = 60
DIGITS = 30


def s(x):
    return mp.nstr(x, DIGITS, min_fixed=-5, max_fixed=5) if x != 0 else "0"


def dbl(x):
    """The double a JS number literal / cell would hold, as an exact mpf."""
    return mp.mpf(float(x))


def traffic(calls, aht, interval):
    # Exact rational, then one correct rounding — as the TypeScript core does with Decimal.
    return mp.mpf(float(Fraction(str(calls)) * Fraction(str(aht)) / Fraction(str(interval))))


def exact(x):
    """A cell's decimal value (its shortest digits, as the TypeScript core reads it) as an mpf."""
    f = Fraction(str(x))
    return mp.mpf(f.numerator) / f.denominator


def exact_traffic(calls, aht, interval):
    # Not rounded to a double: the Erlang C measures take N − A from the exact traffic.
    f = Fraction(str(calls)) * Fraction(str(aht)) / Fraction(str(interval))
    return mp.mpf(f.numerator) / f.denominator


def inv_erlang_b(n, a):
    """1/B(N, A) = e^A Γ(N+1, A) / A^N."""
    n, a = mp.mpf(n), mp.mpf(a)
    return mp.exp(a + mp.log(mp.gammainc(n + 1, a)) - n * mp.log(a))


def erlang_b(n, a):
    return 1 / inv_erlang_b(n, a)


def exact_erlang_b(n, a_frac):
    term = Fraction(1)
    total = Fraction(1)
    for k in range(1, n + 1):
        term = term * a_frac / k
        total += term
    return term / total


def erlang_c(n, a):
    n, a = mp.mpf(n), mp.mpf(a)
    b = erlang_b(n, a)
    return n * b / (n - a * (1 - b))


def queue(n, calls, aht, target, interval):
    a = exact_traffic(calls, aht, interval)
    n = exact(n)
    if n <= a:
        sys.exit(f"queue case N={n} is overloaded (A={a})")
    c = erlang_c(n, a)
    rounded = traffic(calls, aht, interval)
    aht = dbl(aht)
    return {
        "trafficErlangs": s(rounded),
        "probabilityOfWaiting": s(c),
        "serviceLevel": s(1 - c * mp.exp(-(n - a) * dbl(target) / aht)),
        "averageSpeedOfAnswer": s(c * aht / (n - a)),
        "averageQueueLength": s(c * a / (n - a)),
    }


def served_within_expm(n, mu, theta, j, t):
    """P(answered by t | j waiting ahead) from the absorbing chain, by matrix exponential."""
    # States: j, j-1, ..., 0 (callers ahead), then 'served', 'abandoned'.
    m = j + 3
    q = mp.zeros(m, m)
    for idx in range(j + 1):
        k = j - idx
        forward = n * mu + k * theta
        nxt = idx + 1 if k > 0 else j + 1  # k = 0: next departure is our own answer
        q[idx, nxt] += forward
        q[idx, j + 2] += theta
        q[idx, idx] -= forward + theta
    p = mp.expm(q * t)
    return p[0, j + 1]


def erlang_a(n, calls, aht, patience, target, interval):
    lam = mp.mpf(float(Fraction(str(calls)) / Fraction(str(interval))))
    aht, patience, target = dbl(aht), dbl(patience), dbl(target)
    a = traffic(calls, aht, interval)
    mu, theta = 1 / aht, 1 / patience
    x, b = lam / theta, n * mu / theta
    u = 1 - mp.exp(-theta * target)
    below = inv_erlang_b(n, a) - 1
    s0 = s1 = sf = mp.mpf(0)
    t = mp.mpf(1)
    j = 0
    while True:
        if j > 0:
            t = t * x / (b + j)
        f = mp.betainc(j + 1, b + 1, 0, u, regularized=True) * b / (b + j + 1)
        s0 += t
        s1 += j * t
        sf += t * f
        if j > x - b and t < mp.mpf("1e-45") * s0:
            break
        j += 1
    z = below + s0
    pab = s1 / (z * x)
    return {
        "trafficErlangs": s(a),
        "probabilityOfAbandon": s(pab),
        "probabilityOfWaiting": s(s0 / z),
        "serviceLevel": s((below + sf) / z),
        "averageSpeedOfAnswer": s(s1 / z / lam),
        "occupancy": s(a * (1 - pab) / n) if n > 0 else "0",
    }


def self_check_erlang_a_formula():
    n, mu, theta, t = 5, mp.mpf(1) / 180, mp.mpf(1) / 90, mp.mpf(25)
    b = n * mu / theta
    u = 1 - mp.exp(-theta * t)
    for j in (0, 1, 4, 9):
        by_beta = mp.betainc(j + 1, b + 1, 0, u, regularized=True) * b / (b + j + 1)
        by_chain = served_within_expm(n, mu, theta, j, t)
        if abs(by_beta - by_chain) > mp.mpf("1e-40"):
            sys.exit(f"Erlang A beta formula disagrees with the chain at j={j}: {by_beta} vs {by_chain}")


ERLANG_B_CASES = [
    # (servers, trafficErlangs) — whole N
    (1, 1), (5, "2.5"), (12, 10), (14, 10), (50, "42.7"), (10, 100), (200, 10), (3, "0.001"),
    (1000, 1000), (1050, 1000), (950, 1000), (10000, 10000), (10100, 10000), (9800, 10000),
    (100000, 100000), (100300, 100000), (99000, 100000), (100000, 99700), (30, 3000),
    # fractional N
    ("0.5", 1), ("0.3", "0.2"), ("0.75", 7), ("2.7", "3.1"), ("14.5", 10), ("13.25", 10), ("0.999", 50),
    ("3.5", 1000), ("1000.25", 1000), ("10000.5", 10000), ("100000.75", 100000), ("99950.5", 100000),
    ("0.001", "0.5"), ("7.9", "0.05"), ("20.5", "12.3"),
]

ERLANG_C_CASES = [
    (11, 10), (14, 10), ("10.5", 10), ("14.5", 10), (1001, 1000), (1030, 1000), ("1011.5", 1000),
    (10001, 10000), (10100, 10000), (100001, 100000), (100300, 100000), ("100120.25", 100000), (3, "0.4"),
]

QUEUE_CASES = [
    # (agents, calls, ahtSeconds, targetSeconds, intervalSeconds)
    (14, 100, 180, 20, 1800), (12, 100, 180, 20, 1800), ("13.5", 100, 180, 20, 1800), (30, 400, 240, 15, 3600),
    (1011, 10000, 180, 20, 1800), (10013, 100000, 180, 20, 1800), (100014, 1000000, 180, 20, 1800),
    ("10020.5", 100000, 180, 30, 1800), (3, 7, 300, 60, 1800),
    # one agent short of the 80/20 answer at 1 000, 10 000 and 100 000 Erlangs (solver boundary checks)
    (1010, 10000, 180, 20, 1800), (10012, 100000, 180, 20, 1800), (100013, 1000000, 180, 20, 1800),
    # near overload (N − A < 1), where A rounded to a double would cost ~1e-11 (issue 10)
    (19334, 47156, 738, 49, 1800), (30850, 88003, 631, 20, 1800), (11, "104.3", 180, 20, 1800),
    (1001, "10009.37", 180, 15, 1800), ("13.75", "136.99", 180, 30, 1800), (50, "499.99999", 180, 20, 1800),
    (100000, "999999.7", 180, 20, 1800), (10000000, "99999997.3", 180, 20, 1800), (2, "23.9999999999", 150, 5, 1800),
    # inexact traffic, not near overload: Erlang B at the exact A (first-order residual correction)
    (124457, "1234567.89", 180, 20, 1800), (9887654, "98765432.1", 180, 20, 1800), (123, "1111.1", 173, 12, 1700),
]

ERLANG_A_CASES = [
    # (agents, calls, ahtSeconds, patienceSeconds, targetSeconds, intervalSeconds)
    (14, 100, 180, 120, 20, 1800), (12, 100, 180, 60, 20, 1800), (8, 100, 180, 90, 20, 1800),
    (100, 3000, 200, 300, 30, 1800), (1, 10, 300, 30, 10, 1800), (14, 100, 180, "1e7", 20, 1800),
    (0, 30, 180, 60, 20, 1800), (120, 1200, 180, 240, 20, 1800),
    (1000, 9900, 180, 300, 20, 1800), (500, 6000, 180, 60, 15, 1800),
]


def main():
    if "--rgamma" in sys.argv:
        mp.mp.dps = 40
        for c in mp.taylor(mp.rgamma, 1, 29):
            print(repr(float(c)))
        return
    self_check_erlang_a_formula()
    out = {
        "generatedBy": "python3 scripts/erlang-reference.py",
        "mpmath": mp.__version__,
        "workingDigits": mp.mp.dps,
        "erlangB": [],
        "erlangC": [],
        "queue": [],
        "erlangA": [],
    }
    for n, a in ERLANG_B_CASES:
        nv, av = dbl(n), dbl(a)
        value = erlang_b(nv, av)
        if float(n) == int(float(n)) and int(float(n)) <= 2000:
            exact = exact_erlang_b(int(float(n)), Fraction(float(a)))
            if abs(mp.mpf(exact.numerator) / exact.denominator - value) > value * mp.mpf("1e-40"):
                sys.exit(f"incomplete gamma and exact sum disagree at N={n}, A={a}")
        out["erlangB"].append({"servers": float(n), "trafficErlangs": float(a), "value": s(value)})
    for n, a in ERLANG_C_CASES:
        out["erlangC"].append({"agents": float(n), "trafficErlangs": float(a), "value": s(erlang_c(dbl(n), dbl(a)))})
    for n, calls, aht, target, interval in QUEUE_CASES:
        row = {"agents": float(n), "calls": float(calls), "ahtSeconds": float(aht), "targetSeconds": float(target), "intervalSeconds": float(interval)}
        row.update(queue(n, calls, aht, target, interval))
        out["queue"].append(row)
    for n, calls, aht, patience, target, interval in ERLANG_A_CASES:
        row = {"agents": n, "calls": float(calls), "ahtSeconds": float(aht), "patienceSeconds": float(patience), "targetSeconds": float(target), "intervalSeconds": float(interval)}
        row.update(erlang_a(n, calls, aht, patience, target, interval))
        out["erlangA"].append(row)
    path = Path(__file__).resolve().parent.parent / "test/core/staffing/fixtures/erlang-reference.json"
    path.write_text(json.dumps(out, indent=1) + "\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
