#!/usr/bin/env python3
"""Turn printed plans into scanned, image-only PDFs, to measure PDF ingestion (issue #20) on scans nobody
tuned it on.

For every NAME.pdf of IN_DIR (a printed plan with a text layer, as make-plans.py writes it, beside its
NAME.clean.txt, truth-NAME.jsonl and meta-NAME.json), the pages are rasterised at a resolution drawn
from the seed (150 to 300 dpi), degraded like a scan (slight rotation, blur, noise), stored either grey
or black and white (both are how provinces' scanners store pages), and put back together as a PDF of
images only, drawn at the scan's resolution. The truth files are copied beside it, so OUT_DIR is in the
format of ../shared/eval/synthetic and `camket-indexer eval-pdf OUT_DIR` scores it.

usage: scan-pdfs.py IN_DIR OUT_DIR [--seed S]
needs: pdftoppm (poppler-utils), convert (imagemagick), img2pdf
"""
import argparse
import glob
import os
import random
import shutil
import subprocess
import tempfile

CONVERT = "/usr/bin/convert" if os.path.exists("/usr/bin/convert") else "convert"


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def scan(rng, pdf, out_pdf):
    dpi = rng.choice([150, 200, 200, 250, 300])
    bilevel = rng.random() < 0.6
    with tempfile.TemporaryDirectory() as tmp:
        run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmp, "page")])
        pages = sorted(glob.glob(os.path.join(tmp, "page*.png")))
        for img in pages:
            cmd = [CONVERT, img, "-rotate", f"{rng.uniform(-0.8, 0.8):.2f}", "-background", "white", "-flatten",
                   "-blur", f"0x{rng.uniform(0.3, 0.8):.2f}", "-attenuate", f"{rng.uniform(0.2, 0.5):.2f}", "+noise", "Gaussian"]
            if bilevel:
                cmd += ["-threshold", f"{rng.randint(45, 60)}%", "-type", "bilevel"]
            run(cmd + ["-units", "PixelsPerInch", "-density", str(dpi), img])
        # img2pdf puts each image in the PDF as it is (no re-encoding), drawn at the density it carries
        run(["img2pdf", "-o", out_pdf, *pages])
    return dpi, bilevel, len(pages)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inp")
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    for pdf in sorted(glob.glob(os.path.join(a.inp, "*.pdf"))):
        name = os.path.basename(pdf)[:-4]
        dpi, bilevel, pages = scan(rng, pdf, os.path.join(a.out, name + ".pdf"))
        for f in (name + ".clean.txt", f"truth-{name}.jsonl", f"meta-{name}.json"):
            if os.path.exists(os.path.join(a.inp, f)):
                shutil.copy(os.path.join(a.inp, f), a.out)
        print(f"{name}: {pages} pages scanned at {dpi} dpi, {'black and white' if bilevel else 'grey'}", flush=True)


if __name__ == "__main__":
    main()
