#!/usr/bin/env python3
"""Score brief's JSON output against hand annotations.

Usage: python3 score.py [DIR] [-v]
  DIR defaults to this script's directory. For every NAME.gold.json in DIR
  it reads NAME.json (brief output of `brief note -f json NAME.txt`).
  -v prints per-document details (misses and false positives).

Matching rules
  persons   honorifics/titles dropped, lower-cased, accents folded, dots removed;
            pred tokens must be a subset of gold tokens and contain the gold
            surname (last gold token, ignoring Jr/Sr). One-to-one matching.
            Role correct when token F1(pred title+role, gold role) >= 0.5
            (stop-words of/the/and/to/for/in/a/an/on removed). Gold persons
            with an empty role are not role-scored.
  orgs      exact case-insensitive match (whitespace/quotes normalised, leading
            "the " dropped) between any pred name/alias and any gold
            name/alias. Gold orgs with "optional": true are neither required
            nor penalised.
  countries canonical short names (small alias table below); gold
            "countries_optional" neither required nor penalised.
  outcomes  lower-cased word-set Jaccard >= 0.5. Recall = primary matched /
            primary. Precision = predictions matching a primary or acceptable
            gold sentence / predictions.
"""
import json
import os
import re
import sys
import unicodedata

HONORIFICS = set("""
mr mrs ms miss dr shri smt sri h.e. he hon honourable honorable his her excellency
president vice prime minister ministers deputy prof professor sir dame
lieutenant lt general gen admiral air chief marshal brigadier colonel col major
captain king queen prince princess majesty highness senator governor secretary
chancellor premier ambassador justice justices judge rapporteur chair mep mp
union state cabinet foreign defence defense pc secretary-general director-general
""".split())
SUFFIXES = {"jr", "sr", "ii", "iii"}
STOP = {"of", "the", "and", "to", "for", "in", "a", "an", "on"}

COUNTRY_ALIASES = {
    "türkiye": "turkey", "turkiye": "turkey", "republic of türkiye": "turkey",
    "russian federation": "russia", "usa": "united states", "u.s.": "united states",
    "us": "united states", "united states of america": "united states",
    "america": "united states", "people's republic of china": "china",
    "prc": "china", "republic of korea": "south korea", "korea, republic of": "south korea",
    "uk": "united kingdom", "great britain": "united kingdom", "britain": "united kingdom",
    "federative republic of brazil": "brazil", "democratic socialist republic of sri lanka": "sri lanka",
    "republic of india": "india", "bharat": "india",
}


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ").lower()


def name_tokens(name):
    toks = []
    for t in fold(name).split():
        t = t.replace(".", "").strip(",;:()\"'")
        if not t or t in HONORIFICS:
            continue
        toks.append(t)
    return toks


def surname(tokens):
    rest = [t for t in tokens if t not in SUFFIXES]
    return rest[-1] if rest else (tokens[-1] if tokens else "")


def words(s):
    return re.findall(r"\w+", fold(s))


def role_f1(pred, gold):
    p = [w for w in words(pred) if w not in STOP]
    g = [w for w in words(gold) if w not in STOP]
    if not p or not g:
        return 0.0
    from collections import Counter
    cp, cg = Counter(p), Counter(g)
    common = sum((cp & cg).values())
    if common == 0:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


def org_norm(s):
    s = re.sub(r"\s+", " ", fold(s)).strip().strip(".,;:")
    s = s.replace("\u201c", '"').replace("\u201d", '"')
    if s.startswith("the "):
        s = s[4:]
    return s


def country_norm(s):
    s = re.sub(r"\s+", " ", fold(s)).strip()
    if s.startswith("the "):
        s = s[4:]
    return COUNTRY_ALIASES.get(s, s)


def jaccard(a, b):
    A, B = set(words(a)), set(words(b))
    if not A or not B:
        return 0.0
    return len(A & B) / len(A | B)


class Counts:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def prf(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def score_persons(gold, pred, c, roles, log):
    gold_p = [(g, name_tokens(g["name"])) for g in gold.get("persons", [])]
    used = set()
    for pp in pred:
        pt = name_tokens(pp.get("name", ""))
        hit = None
        for i, (g, gt) in enumerate(gold_p):
            if i in used or not pt or not gt:
                continue
            if set(pt) <= set(gt) and surname(gt) in pt:
                hit = i
                break
        if hit is None:
            c.fp += 1
            log.append(f"  person FP: {pp.get('name')!r} ({pp.get('title','')} | {pp.get('role','')})")
            continue
        used.add(hit)
        c.tp += 1
        g = gold_p[hit][0]
        if g.get("role"):
            pr = " ".join(x for x in [pp.get("title", ""), pp.get("role", "")] if x)
            ok = role_f1(pr, g["role"]) >= 0.5
            roles[0] += ok
            roles[1] += 1
            if not ok:
                log.append(f"  role WRONG: {g['name']!r}: pred {pr!r} vs gold {g['role']!r}")
    for i, (g, _) in enumerate(gold_p):
        if i not in used:
            c.fn += 1
            log.append(f"  person FN: {g['name']!r} ({g['role']})")


def score_orgs(gold, pred, c, log):
    golds = []
    for g in gold.get("organisations", []):
        golds.append(({org_norm(x) for x in [g["name"]] + g.get("aliases", [])}, g.get("optional", False), g["name"]))
    matched = set()
    for po in pred:
        ps = {org_norm(x) for x in [po.get("name", "")] + (po.get("aliases") or []) if x}
        hit = None
        for i, (gs, opt, _) in enumerate(golds):
            if ps & gs:
                hit = i
                break
        if hit is None:
            c.fp += 1
            log.append(f"  org FP: {po.get('name')!r} aliases={po.get('aliases') or []}")
            continue
        if golds[hit][1]:
            matched.add(hit)
            continue  # optional: neither TP nor FP
        if hit in matched:
            c.fp += 1  # duplicate prediction of the same org
            log.append(f"  org DUP: {po.get('name')!r}")
            continue
        matched.add(hit)
        c.tp += 1
    for i, (gs, opt, name) in enumerate(golds):
        if not opt and i not in matched:
            c.fn += 1
            log.append(f"  org FN: {name!r}")


def score_countries(gold, pred, c, log):
    g = {country_norm(x) for x in gold.get("countries", [])}
    gopt = {country_norm(x) for x in gold.get("countries_optional", [])}
    p = {country_norm(x.get("name", "") if isinstance(x, dict) else x) for x in pred}
    for x in sorted(p):
        if x in g:
            c.tp += 1
        elif x in gopt:
            pass
        else:
            c.fp += 1
            log.append(f"  country FP: {x!r}")
    for x in sorted(g - p):
        c.fn += 1
        log.append(f"  country FN: {x!r}")


def score_outcomes(gold, pred_texts, o, log):
    prim = gold["outcomes"].get("primary", [])
    acc = gold["outcomes"].get("acceptable", [])
    for pt in pred_texts:
        ok = any(jaccard(pt, g) >= 0.5 for g in prim + acc)
        o["pred"] += 1
        o["pred_ok"] += ok
        if not ok:
            log.append(f"  outcome FP: {pt[:160]!r}")
    for g in prim:
        o["prim"] += 1
        if any(jaccard(pt, g) >= 0.5 for pt in pred_texts):
            o["prim_hit"] += 1
        else:
            log.append(f"  outcome MISS (primary): {g[:160]!r}")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    d = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    names = sorted(f[:-10] for f in os.listdir(d) if f.endswith(".gold.json"))
    P, O, C = Counts(), Counts(), Counts()
    roles = [0, 0]
    out = {"pred": 0, "pred_ok": 0, "prim": 0, "prim_hit": 0}
    noout = {"docs": 0, "flag_ok": 0, "picks": 0}
    flag_all = [0, 0]
    perdoc = []
    for n in names:
        gold = json.load(open(os.path.join(d, n + ".gold.json"), encoding="utf-8"))
        pj = os.path.join(d, n + ".json")
        if not os.path.exists(pj):
            print(f"missing prediction {pj}", file=sys.stderr)
            continue
        pred = json.load(open(pj, encoding="utf-8"))
        parties = pred.get("parties") or {}
        log = []
        score_persons(gold, parties.get("persons") or [], P, roles, log)
        score_orgs(gold, parties.get("organisations") or [], O, log)
        score_countries(gold, parties.get("countries") or [], C, log)
        texts = [x.get("text", "") for x in (pred.get("outcomes") or [])]
        o_before = dict(out)
        score_outcomes(gold, texts, out, log)
        pred_no = bool(pred.get("no_outcomes"))
        flag_all[0] += pred_no == bool(gold.get("no_outcomes"))
        flag_all[1] += 1
        if gold.get("no_outcomes"):
            noout["docs"] += 1
            noout["flag_ok"] += pred_no
            noout["picks"] += len(texts)
        if not pred_no and gold.get("no_outcomes"):
            log.append("  no_outcomes: expected true, got false")
        if pred_no and not gold.get("no_outcomes"):
            log.append("  no_outcomes: expected false, got true")
        perdoc.append((n, out["prim_hit"] - o_before["prim_hit"], out["prim"] - o_before["prim"],
                       out["pred_ok"] - o_before["pred_ok"], out["pred"] - o_before["pred"], log))

    def row(name, c):
        p, r, f = c.prf()
        return f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {c.tp} | {c.fp} | {c.fn} |"

    print(f"Documents scored: {len(perdoc)}\n")
    print("| category | precision | recall | F1 | TP | FP | FN |")
    print("|---|---|---|---|---|---|---|")
    print(row("persons", P))
    print(row("organisations", O))
    print(row("countries", C))
    op = out["pred_ok"] / out["pred"] if out["pred"] else 0.0
    orc = out["prim_hit"] / out["prim"] if out["prim"] else 0.0
    of = 2 * op * orc / (op + orc) if op + orc else 0.0
    print(f"| outcomes | {op:.3f} | {orc:.3f} | {of:.3f} | prec {out['pred_ok']}/{out['pred']} | | rec {out['prim_hit']}/{out['prim']} |")
    ra = roles[0] / roles[1] if roles[1] else 0.0
    print(f"\nRole accuracy over matched persons (with a gold role): {ra:.3f} ({roles[0]}/{roles[1]})")
    print(f"no_outcomes flag correct: {flag_all[0]}/{flag_all[1]} documents")
    print(f"No-outcome documents: {noout['docs']}; flagged no_outcomes: {noout['flag_ok']}; "
          f"outcome picks on them: {noout['picks']}")
    print("\nPer-document outcomes (primary recall, precision):")
    for n, ph, pt, ok, pr, log in perdoc:
        print(f"  {n:30s} recall {ph}/{pt}  precision {ok}/{pr}")
    if verbose:
        print("\nDetails:")
        for n, *_, log in perdoc:
            print(f"[{n}]")
            for l in log:
                print(l)


if __name__ == "__main__":
    main()
