#!/usr/bin/env python3
"""Golden ln erfc(x) at 50 digits (mpmath), for LogErfcTest. Writes log_erfc_golden.json beside itself."""
import json
import os

import mpmath as mp

mp.mp.dps = 50

POINTS = [-40.0, -6.0, -3.0, -1.5, -1.0, -0.999, -0.5, -1e-3, 0.0, 1e-8, 0.3, 0.7, 0.999, 1.0, 1.001,
          1.5, 2.0, 3.0, 5.0, 10.0, 26.5, 27.0, 50.0, 300.0, 1e4]


def main():
    rows = [{"x": x, "logErfc": float(mp.log(mp.erfc(mp.mpf(x))))} for x in POINTS]
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "log_erfc_golden.json")
    with open(out, "w") as f:
        json.dump({"generator": "log_erfc_golden.py", "precisionDigits": 50, "rows": rows}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
