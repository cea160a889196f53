#!/bin/sh
# Regenerates the producer fixtures of this folder: one public-domain text
# set by each PDF producer, and pdftotext's reading of each as the
# reference. Not run by the tests or CI (the producers are large); run it
# from this folder after changing the source or a producer's version, and
# commit the results. Needs (Debian): pandoc, texlive-latex-recommended,
# lmodern, libreoffice-writer-nogui, chromium, python3-reportlab,
# tesseract-ocr, poppler-utils.
set -eu
export SOURCE_DATE_EPOCH=1700000000 TZ=UTC
src=../../../../testdata/whitehouse/wh_fentanyl_joint.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The text as Markdown: the first line is the title, blank-line paragraphs.
{
	printf '# %s\n' "$(head -n 1 "$src")"
	tail -n +2 "$src" | sed 's/[[:space:]]*$//'
} >"$work/source.md"
cp "$work/source.md" source.md

# pandoc + pdfLaTeX: justified, hyphenated, Computer Modern, ligatures.
pandoc "$work/source.md" -o pandoc-latex.pdf --pdf-engine=pdflatex -V geometry:margin=2.5cm

# LibreOffice Writer, from a DOCX written by pandoc.
pandoc "$work/source.md" -o "$work/libreoffice.docx"
libreoffice --headless --convert-to pdf --outdir "$work" "$work/libreoffice.docx" >/dev/null
cp "$work/libreoffice.pdf" libreoffice.pdf

# Chromium's print to PDF of the HTML pandoc writes.
pandoc "$work/source.md" -s --metadata title=" " -o "$work/chromium.html"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
	--print-to-pdf="$work/chromium.pdf" "file://$work/chromium.html" 2>/dev/null
cp "$work/chromium.pdf" chromium.pdf

# ReportLab (Platypus paragraphs in Helvetica and Times).
/usr/bin/python3 - "$work/source.md" reportlab.pdf <<'PY'
import sys
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
from xml.sax.saxutils import escape
st = getSampleStyleSheet()
story = []
for block in open(sys.argv[1], encoding="utf-8").read().split("\n\n"):
    block = " ".join(block.split())
    if not block:
        continue
    if block.startswith("# "):
        story.append(Paragraph(escape(block[2:]), st["Title"]))
    else:
        story.append(Paragraph(escape(block), st["BodyText"]))
SimpleDocTemplate(sys.argv[2], pagesize=A4, invariant=1).build(story)
PY

# A scan with an OCR text layer: the LibreOffice pages as 150 dpi black-and-white
# images, read by Tesseract into an image-plus-invisible-text PDF.
pdftoppm -r 150 -mono -png libreoffice.pdf "$work/page"
ls "$work"/page*.png >"$work/pages.txt"
tesseract "$work/pages.txt" "$work/scan" -l eng pdf >/dev/null 2>&1
cp "$work/scan.pdf" tesseract-scan.pdf

# The reference: pdftotext's reading order text.
for f in *.pdf; do
	pdftotext -enc UTF-8 "$f" "${f%.pdf}.pdftotext"
done

# msword.pdf is not made here (no Microsoft Word on Debian): it is
# tests/pdfs/word365_structure.pdf of the pdfplumber repository (MIT), see
# README.md. Only its reference is refreshed above.

# Encrypted copies of the ReportLab file, as "protected" PDFs come: an
# empty user password (they open without one) in each scheme, and one
# that needs a password. qpdf (Debian qpdf) writes them.
qpdf --allow-weak-crypto --encrypt "" owner 128 --use-aes=n -- reportlab.pdf encrypted-rc4-v2.pdf
qpdf --allow-weak-crypto --encrypt "" owner 128 --use-aes=n --force-V4 -- reportlab.pdf encrypted-rc4-v4.pdf
qpdf --encrypt "" owner 128 --use-aes=y -- reportlab.pdf encrypted-aes128.pdf
qpdf --encrypt "" owner 256 -- reportlab.pdf encrypted-aes256.pdf
qpdf --encrypt secret owner 256 -- reportlab.pdf encrypted-password.pdf
