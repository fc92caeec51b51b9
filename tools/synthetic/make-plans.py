#!/usr/bin/env python3
"""Make fresh synthetic plans with exact truth, in layouts drawn at random, to measure the table reader
on plans nobody tuned it on (issue #17's "plans you do not have").

Each plan is made as the corpus was: a provincial plan laid out in HTML (letterhead, number and date,
prose sections, an appendix with a task table), printed to PDF by headless Chromium, rasterised by
pdftoppm, degraded like a scan (rotation, blur, noise) by ImageMagick and read by Tesseract with its
English model, which loses the diacritics and interleaves the table's cells as in the corpus.
The table's tasks and results come from the Government's programme 03/NQ-CP (read from ../shared/extra at
run time, never copied into the project); lead and coordinating agencies, deadlines, province, number,
date, column set and order, header wording, borders, fonts and orientation are drawn per plan from the
seed. Output, in the format of ../shared/eval/synthetic (score it with
../shared/tools/score-synthetic/run JAR OUT_DIR): NAME.txt (OCR text), NAME.clean.txt, NAME.pdf,
truth-NAME.jsonl, meta-NAME.json.

usage: make-plans.py OUT_DIR [--count N] [--seed S] [--source FILE] [--rows N]
needs: chromium, pdftoppm (poppler-utils), convert (imagemagick), tesseract (tesseract-ocr, -eng)
"""
import argparse
import html
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import unicodedata

PROVINCES = ["Lai Châu", "Sơn La", "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Tuyên Quang", "Lào Cai", "Thái Nguyên",
             "Bắc Ninh", "Hải Phòng", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa", "Lâm Đồng",
             "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Huế", "Hà Nội"]
CITIES = {"Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Hà Nội"}
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Ngọc"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Lan", "Long", "Nam", "Phong", "Sơn", "Tuấn"]

# provincial bodies that lead and coordinate tasks in such plans (the genre's own vocabulary)
AGENCIES = ["Sở Khoa học và Công nghệ", "Sở Nội vụ", "Sở Tài chính", "Sở Giáo dục và Đào tạo", "Sở Y tế",
            "Sở Công Thương", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Tư pháp", "Văn phòng Ủy ban nhân dân tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Thuế tỉnh",
            "Sở Dân tộc và Tôn giáo", "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp tỉnh", "Báo và Phát thanh, Truyền hình tỉnh",
            "Ủy ban nhân dân các xã, phường", "Các sở, ban, ngành", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"]
COORD_GENERIC = ["Các sở, ban, ngành, địa phương", "Các cơ quan, đơn vị liên quan", "Ủy ban nhân dân cấp xã",
                 "Các sở, ban, ngành", "Các doanh nghiệp"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
FONTS = ["Liberation Serif", "Liberation Sans", "DejaVu Serif", "DejaVu Sans"]

# column kinds and the header wordings plans use for them
LABELS = {
    "stt": ["STT", "TT", "Stt"],
    "task": ["Nhiệm vụ", "Tên nhiệm vụ", "Nội dung nhiệm vụ", "Nội dung công việc"],
    "lead": ["Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì"],
    "coord": ["Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp"],
    "leadcoord": ["Cơ quan chủ trì, phối hợp", "Đơn vị chủ trì/phối hợp"],
    "result": ["Kết quả", "Sản phẩm", "Kết quả/sản phẩm", "Sản phẩm đầu ra"],
    "deadline": ["Thời gian hoàn thành", "Thời hạn", "Tiến độ", "Thời gian thực hiện", "Tiến độ hoàn thành"],
    "note": ["Ghi chú"],
}
LAYOUTS = [
    ["stt", "task", "lead", "coord", "result", "deadline"],
    ["stt", "task", "lead", "coord", "deadline", "result"],
    ["stt", "task", "lead", "coord", "deadline"],
    ["stt", "task", "leadcoord", "result", "deadline"],
    ["stt", "task", "result", "lead", "coord", "deadline", "note"],
    ["stt", "task", "deadline", "lead", "coord"],
    ["task", "lead", "coord", "deadline", "note"],
]
WIDTH = {"stt": 5, "task": 36, "lead": 15, "coord": 16, "leadcoord": 24, "result": 14, "deadline": 11, "note": 9}


def deadline(rng, year):
    """A deadline as plans write it, and its normal form (the truth's)."""
    m, q, d = rng.randint(1, 12), rng.randint(1, 4), rng.randint(1, 28)
    kind = rng.randrange(12)
    if kind == 0: return f"Tháng {m}/{year}", f"{year}-{m:02d}"
    if kind == 1: return f"Quý {ROMAN[q - 1]}/{year}", f"{year}-Q{q}"
    if kind == 2: return f"Quý {ROMAN[q - 1]} năm {year}", f"{year}-Q{q}"
    if kind == 3: return f"Năm {year}", f"{year}"
    if kind == 4: return f"Trước ngày {d:02d}/{m:02d}/{year}", f"{year}-{m:02d}-{d:02d}"
    if kind == 5: return "Thường xuyên", "ongoing"
    if kind == 6: return "Hằng năm", "annual"
    if kind == 7: return f"Giai đoạn {year}-{year + 4}", f"{year}..{year + 4}"
    if kind == 8: return f"{m:02d}/{year}", f"{year}-{m:02d}"
    if kind == 9: return f"Trong tháng {m}/{year}", f"{year}-{m:02d}"
    if kind == 10: return f"Tháng {m} năm {year}", f"{year}-{m:02d}"
    return f"{year}", f"{year}"


def read_tasks(path):
    """Task rows of the programme's pipe table that has a 'Cơ quan chủ trì' column: group titles and tasks with results."""
    groups, rows, cols, group = [], [], None, None
    for line in open(path, encoding="utf-8"):
        if not line.startswith("|"):
            cols = None if line.strip() else cols
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cols is None:
            if any("chủ trì" in c.lower() for c in cells) and any("nhiệm vụ" in c.lower() for c in cells):
                cols = [c.lower() for c in cells]
            continue
        if set("".join(cells)) <= set("-: "):
            continue
        num = re.sub(r"[*.\s]", "", cells[0])
        task = re.sub(r"\*+", "", cells[1]).strip() if len(cells) > 1 else ""
        if re.fullmatch(r"[IVX]+", num):
            group = task
            groups.append(task)
        elif num.isdigit() and task and group:
            res = next((cells[i] for i, c in enumerate(cols) if ("kết quả" in c or "sản phẩm" in c) and i < len(cells)), "")
            rows.append({"group": group, "task": task.rstrip("."), "result": re.sub(r"\*+", "", res).strip()})
    return rows


def make_plan(rng, k, tasks, body_paras):
    province = rng.choice(PROVINCES)
    year = rng.choice([2025, 2026])
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    number = f"{rng.randint(12, 980)}/KH-UBND"
    layout = rng.choice(LAYOUTS)
    labels = [rng.choice(LABELS[c]) for c in layout]
    font = rng.choice(FONTS)
    landscape = rng.random() < 0.5
    borders = rng.choice(["grid", "hrules", "none"])
    pt = rng.choice([10, 10.5, 11, 12])
    chosen = rng.sample(tasks, min(len(tasks), rng.randint(30, 55)))
    chosen.sort(key=lambda t: tasks.index(t))
    pre = "thành phố" if province in CITIES else "tỉnh"
    rows, groups, n = [], [], 0
    restart = rng.random() < 0.3  # some plans number rows within each group, most straight through
    for t in chosen:
        if not groups or groups[-1] != t["group"]:
            groups.append(t["group"])
            if restart:
                n = 0
        n += 1
        leads = [rng.choice(AGENCIES)]
        if rng.random() < 0.1:
            leads.append(rng.choice([a for a in AGENCIES if a not in leads]))
        coord = rng.sample([a for a in AGENCIES if a not in leads], rng.randint(0, 2))
        if rng.random() < 0.5 or not coord:
            coord.append(rng.choice(COORD_GENERIC))
        raw, norm = deadline(rng, year + (1 if month > 9 else 0))
        rows.append({"group": ROMAN[len(groups) - 1], "row": str(n), "task": t["task"], "lead": leads, "coordinating": coord,
                     "result": t["result"] or "Báo cáo", "deadline_raw": raw, "deadline_norm": norm})
    name = f"fresh-{k:02d}-{'-'.join(c[:2] for c in layout)}"
    issuer = f"Ủy ban nhân dân {pre} {province}"
    signer = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"

    def cell(kind, r):
        if kind == "stt": return html.escape(r["row"] + ("." if rng.random() < 0.3 else ""))
        if kind == "task": return html.escape(r["task"])
        if kind == "lead": return html.escape(", ".join(r["lead"]))
        if kind == "coord": return html.escape("; ".join(r["coordinating"]))
        if kind == "leadcoord":
            return f"<b>{html.escape(', '.join(r['lead']))}</b> chủ trì; {html.escape('; '.join(r['coordinating']))} phối hợp"
        if kind == "result": return html.escape(r["result"])
        if kind == "deadline": return html.escape(r["deadline_raw"])
        return ""

    tb = "1px solid #000"
    cell_css = {"grid": f"border:{tb};", "hrules": f"border-top:{tb};border-bottom:{tb};", "none": ""}[borders]
    widths = [WIDTH[c] for c in layout]
    total = sum(widths)
    head = "".join(f'<th style="width:{100 * w / total:.1f}%">{html.escape(l)}</th>' for w, l in zip(widths, labels))
    body, g = [], None
    for r in rows:
        if r["group"] != g:
            g = r["group"]
            title = groups[ROMAN.index(g)]
            if layout[0] == "stt":
                body.append(f"<tr><td><b>{g}</b></td><td colspan={len(layout) - 1}><b>{html.escape(title.upper() if rng.random() < 0.5 else title)}</b></td></tr>")
            else:
                body.append(f"<tr><td colspan={len(layout)}><b>{g}. {html.escape(title)}</b></td></tr>")
        body.append("<tr>" + "".join(f"<td>{cell(c, r)}</td>" for c in layout) + "</tr>")
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in body_paras[: rng.randint(8, 16)])
    size = "A4 landscape" if landscape else "A4 portrait"
    doc = f"""<!doctype html><html><head><meta charset="utf-8"><style>
@page {{ size: {size}; margin: 18mm 16mm; }}
body {{ font-family: '{font}'; font-size: 13pt; line-height: 1.3; }}
.hdr {{ display:flex; justify-content:space-between; text-align:center; font-size:12pt; }}
table.t {{ border-collapse: collapse; width: 100%; font-size: {pt}pt; line-height: 1.2; }}
table.t th, table.t td {{ {cell_css} padding: 3px 4px; vertical-align: top; text-align: left; }}
table.t th {{ text-align:center; }} thead {{ display: table-header-group; }} tr {{ page-break-inside: avoid; }}
h1, h2 {{ text-align:center; font-size: 13pt; }}
</style></head><body>
<div class="hdr"><div>ỦY BAN NHÂN DÂN<br><b>{pre.upper()} {province.upper()}</b><br>Số: {number}</div>
<div><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br><i>{province}, ngày {day:02d} tháng {month:02d} năm {year}</i></div></div>
<h1>KẾ HOẠCH</h1><h2>Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn {pre} {province}</h2>
{paras}
<p>Các sở, ban, ngành, địa phương tổ chức thực hiện các nhiệm vụ theo Phụ lục kèm theo Kế hoạch này.</p>
<p style="text-align:right"><b>TM. ỦY BAN NHÂN DÂN<br>CHỦ TỊCH</b><br><br>{signer}</p>
<div style="page-break-before:always"></div>
<h2>Phụ lục<br>DANH MỤC NHIỆM VỤ TRIỂN KHAI THỰC HIỆN</h2><p style="text-align:center"><i>(Kèm theo Kế hoạch số {number} ngày {day:02d}/{month:02d}/{year} của {issuer})</i></p>
<table class="t"><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>
</body></html>"""
    truth = [dict(doc=name + ".txt", appendix="", group=r["group"], row=r["row"], task=r["task"], lead=r["lead"], lead_canonical=r["lead"],
                  coordinating=r["coordinating"], result=r["result"], deadline_raw=r["deadline_raw"], deadline_norm=r["deadline_norm"], note="")
             for r in rows]
    meta = dict(name=name, doc=name + ".txt", seed=k, family="-".join(layout), province=province, number=number,
                date=f"{year}-{month:02d}-{day:02d}", issuer=issuer, task_rows=len(rows),
                layout=dict(columns=layout, labels=labels, font=font, landscape=landscape, borders=borders, table_pt=pt))
    return name, doc, truth, meta


# ImageMagick's own convert (a stand-in of that name may stand earlier on the PATH)
CONVERT = "/usr/bin/convert" if os.path.exists("/usr/bin/convert") else "convert"


def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kw)


def scan(rng, html_doc, name, out):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "plan.html")
        open(src, "w", encoding="utf-8").write(html_doc)
        pdf = os.path.join(out, name + ".pdf")
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
             f"--print-to-pdf={pdf}", "file://" + src])
        dpi = rng.choice([200, 250, 300])
        run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmp, "page")])
        pages = sorted(f for f in os.listdir(tmp) if f.startswith("page") and f.endswith(".png"))
        texts = []
        for p in pages:
            img = os.path.join(tmp, p)
            run([CONVERT, img, "-rotate", f"{rng.uniform(-0.7, 0.7):.2f}", "-blur", f"0x{rng.uniform(0.2, 0.6):.2f}",
                 "-attenuate", f"{rng.uniform(0.2, 0.5):.2f}", "+noise", "Gaussian", img])
            r = subprocess.run(["tesseract", img, "stdout", "-l", "eng"], check=True, capture_output=True, text=True)
            texts.append(r.stdout)
        return "\f".join(texts), len(pages)


def clean_text(html_doc):
    t = re.sub(r"<(br|/p|/tr|/h1|/h2|/div)[^>]*>", "\n", html_doc)
    t = re.sub(r"</t[dh]>", " | ", t)
    t = re.sub(r"<style.*?</style>", "", t, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", "", t))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=4)
    ap.add_argument("--seed", type=int, default=100)
    ap.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "../../../shared/extra/national_03-NQ-CP_2025.txt"))
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    tasks = read_tasks(a.source)
    if len(tasks) < 30:
        sys.exit(f"{a.source}: only {len(tasks)} task rows read")
    text = open(a.source, encoding="utf-8").read()
    paras = [unicodedata.normalize("NFC", p.strip()) for p in text.split("\n") if 120 < len(p.strip()) < 700 and not p.startswith("|")]
    for k in range(a.seed, a.seed + a.count):
        rng = random.Random(k)
        name, doc, truth, meta = make_plan(rng, k, tasks, rng.sample(paras, min(len(paras), 20)))
        ocr, pages = scan(rng, doc, name, a.out)
        meta["pages"] = pages
        open(os.path.join(a.out, name + ".txt"), "w", encoding="utf-8").write(ocr)
        open(os.path.join(a.out, name + ".clean.txt"), "w", encoding="utf-8").write(clean_text(doc))
        with open(os.path.join(a.out, f"truth-{name}.jsonl"), "w", encoding="utf-8") as f:
            for t in truth:
                f.write(json.dumps(t, ensure_ascii=False) + "\n")
        json.dump(meta, open(os.path.join(a.out, f"meta-{name}.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        print(f"{name}: {len(truth)} rows, {pages} pages, {meta['province']} {meta['number']} {meta['date']}", flush=True)


if __name__ == "__main__":
    main()
