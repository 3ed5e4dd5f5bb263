#!/usr/bin/env python3
"""Derives the word lists embedded in Editorial.Core (src/Editorial.Core/Data/) from their public sources.

  python3 tools/wordlists/derive.py [varcon.txt] [american-english] [british-english] [enable-word.lst] [software-terms-dict]

varcon-us-gb.txt  From VarCon 2020.12.07 (shared/data/varcon/varcon.txt): one line per word with a preferred American
                  ("A") and a preferred British ("B") spelling, "american<TAB>british<TAB>flags". A form counts for a
                  region when VarCon tags it there as preferred ("A", "B", "Z"; "B" implies "Z") or as an accepted
                  variant ("v", "."); seldom-used ("V"), possible ("-") and improper ("x") variants do not count.
                  Flag "a": the American form is not British; "b": the British form is not American. A line with
                  neither (both forms accepted in both regions) is left out; "realize / realise" keeps only "b",
                  since Oxford British spelling accepts "realize". Flag "s" marks pairs VarCon restricts to one usage
                  ("story / storey | level of building"): the word has other senses spelled alike everywhere, so the
                  rules only trust it after a count ("nine-story"). Only clusters of SCOWL level 50 or below are
                  kept, so rare words cause no noise.
common-words.txt.gz  The lower-case words of SCOWL size 50 as Debian ships them (wamerican and wbritish,
                  /usr/share/dict/american-english and british-english): a word written in lower case that is
                  one of these is an ordinary word, never a lower-cased proper noun ("may", "defence", "white").
proper-names.txt.gz  The capitalised words of the same lists (places, people, organisations: "Minnesota",
                  "Pyongyang", "Middletown"), without possessives: a name one of these spells is no typo of
                  another, and a typo beside one of them is the typo. Each is written as the letters names are
                  compared by (NameVariants.Letters: lower case, no diacritics; "Düsseldorf" as "dusseldorf"), so
                  the engine loads the list as it is; WordListTests checks that the two agree.
rare-words.txt.gz  The words of ENABLE2K (the public-domain word list in en-wl/wordlist, branch v1, other/enable2k.zip,
                  WORD.LST) that the common words lack and that are one typing slip (NameVariants.IsOneSlip, ported
                  below as one_slip) from a common word: real words ("mater", "therm", "iodide") that would otherwise be
                  taken for a misspelling of the common word ("matter", "them", "iodine") an article writes elsewhere.
                  Only these are kept, so the list is small enough to load when a slip is first suspected. Added to
                  them, on the same terms: the words of cspell-dicts' software terms (streetsidesoftware/cspell-dicts,
                  dictionaries/software-terms/dict, softwareTerms.txt and software-tools.txt), the words of computing
                  that both lists lack ("backend", "semver", "structs", "gzipped", "transpilation"), which pages
                  written as code use as ordinary words and would otherwise be taken for "backed", "server", "struts".
VarCon and SCOWL are Kevin Atkinson's, under the permission notice copied to Data/WORDLISTS-NOTICE.txt; ENABLE2K is in
the public domain; cspell-dicts is Street Side Software's, under the MIT licence copied there.
"""
import gzip, re, sys, unicodedata

# NameVariants.Letters for a word of letters: no combining marks after canonical decomposition, lower case, and the letters
# that decompose to none spelled out.
SPELLED_OUT = {"đ": "dj", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae"}


def letters(name):
    decomposed = unicodedata.normalize("NFD", name)
    kept = (c.lower() for c in decomposed if unicodedata.category(c) != "Mn")
    return "".join(SPELLED_OUT.get(c, c) for c in kept)


varcon_path = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/varcon/varcon.txt"
american = sys.argv[2] if len(sys.argv) > 2 else "/usr/share/dict/american-english"
british = sys.argv[3] if len(sys.argv) > 3 else "/usr/share/dict/british-english"
enable = sys.argv[4] if len(sys.argv) > 4 else "WORD.LST"
software_terms = sys.argv[5] if len(sys.argv) > 5 else "software-terms/dict"
out = "src/Editorial.Core/Data/"
MAX_LEVEL = 50

def regions(tags):
    """The regions (A, B) in which a form is accepted, from its tags."""
    tag_list = tags.split()
    has_z = any(t[0] == "Z" for t in tag_list)
    accepted = set()
    for t in tag_list:
        category, indicator = t[0], t[1:]
        if indicator not in ("", ".", "v"):
            continue
        if category == "A":
            accepted.add("A")
        elif category == "B" or category == "Z":
            accepted.add("B")
    return accepted

# Pairs VarCon lists that are a choice of word more than a region's spelling: British copy writes "specialty" ("specialty
# chemicals", a medical specialty) as often as "speciality", and American science writes "adaptor" (an adaptor protein) as
# often as "adapter", so neither form says which spelling an article follows (ED1003 found them wrong on published New
# Zealand, Singapore and Harvard copy). "Amongst" stays: in American copy it is judged British.
WORD_CHOICES = {("specialty", "speciality"), ("specialties", "specialities"), ("adapter", "adaptor"), ("adapters", "adaptors")}

pairs = {}
level = 999
with open(varcon_path, encoding="iso-8859-1") as f:  # VarCon is Latin-1
    for raw in f:
        line = raw.rstrip("\n")
        if line.startswith("#"):
            m = re.search(r"\(level (\d+)\)", line)
            level = int(m.group(1)) if m else 999
            continue
        if not line.strip() or level > MAX_LEVEL:
            continue
        body, _, note = line.partition(" | ")
        forms = []
        for part in body.split(" / "):
            tags, _, word = part.partition(": ")
            forms.append((word.strip(), tags, regions(tags)))
        preferred_us = [w for w, tags, r in forms if "A" in tags.split()]
        preferred_gb = [w for w, tags, r in forms if "B" in tags.split()]
        if len(preferred_us) != 1 or len(preferred_gb) != 1 or preferred_us[0] == preferred_gb[0]:
            continue
        us, gb = preferred_us[0], preferred_gb[0]
        if "'" in us or "'" in gb or " " in us or " " in gb or us.lower() != us or gb.lower() != gb:
            continue
        flags = ""
        if "B" not in dict((w, r) for w, _, r in forms)[us]:
            flags += "a"
        if "A" not in dict((w, r) for w, _, r in forms)[gb]:
            flags += "b"
        if not flags:
            continue
        if note.strip():
            flags += "s"
        key = (us, gb)
        if key in WORD_CHOICES:
            continue
        # A pair listed once without a usage note holds in every sense.
        if key in pairs and "s" not in pairs[key]:
            continue
        pairs[key] = flags

with open(out + "varcon-us-gb.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write("# Derived from VarCon 2020.12.07 by tools/wordlists/derive.py; see WORDLISTS-NOTICE.txt.\n")
    f.write("# american<TAB>british<TAB>flags: a = the American form is not British, b = the British form is not American, s = one sense only\n")
    for (us, gb), flags in sorted(pairs.items()):
        f.write(us + "\t" + gb + "\t" + flags + "\n")

words = set()
for path in (american, british):
    with open(path, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if re.fullmatch(r"[a-z]+", w):
                words.add(w)
data = ("\n".join(sorted(words)) + "\n").encode("utf-8")
with open(out + "common-words.txt.gz", "wb") as f:
    f.write(gzip.compress(data, mtime=0))
names = set()
for path in (american, british):
    with open(path, encoding="utf-8") as f:
        for w in f:
            w = w.strip()
            if re.fullmatch(r"[A-Z][^\W\d_]+", w) and not w.isupper():
                names.add(letters(w))
data = ("\n".join(sorted(names)) + "\n").encode("utf-8")
with open(out + "proper-names.txt.gz", "wb") as f:
    f.write(gzip.compress(data, mtime=0))


def one_slip(slip, model):
    """NameVariants.IsOneSlip: one letter replaced, left out or added, or two neighbours swapped, with the same first letter;
    the last letter only changes by a swap, and a plural -s on both is set aside."""
    if slip == model or slip[0] != model[0] or abs(len(slip) - len(model)) > 1:
        return False
    if len(slip) > 1 and len(model) > 1 and slip[-1] == "s" and model[-1] == "s":
        slip, model = slip[:-1], model[:-1]
    prefix = 0
    while prefix < len(slip) and prefix < len(model) and slip[prefix] == model[prefix]:
        prefix += 1
    suffix = 0
    while suffix < len(slip) - prefix and suffix < len(model) - prefix and slip[-1 - suffix] == model[-1 - suffix]:
        suffix += 1
    slip_middle, model_middle = len(slip) - prefix - suffix, len(model) - prefix - suffix
    if slip_middle == 2 and model_middle == 2 and slip[prefix] == model[prefix + 1] and slip[prefix + 1] == model[prefix]:
        return True
    return slip_middle <= 1 and model_middle <= 1 and suffix > 0


def deletions(word):
    return [word] + [word[:i] + word[i + 1:] for i in range(len(word))]


# A word one edit from another shares one of its deletions (the word itself included) with it: the candidates by deletion,
# which one_slip then decides.
by_deletion = {}
for w in words:
    for d in deletions(w):
        by_deletion.setdefault(d, set()).add(w)
rare = set()


def add_if_one_slip_from_common(w):
    w = w.strip()
    if len(w) < 5 or w in words or not re.fullmatch(r"[a-z]+", w):
        return
    if any(one_slip(w, m) for d in deletions(w) for m in by_deletion.get(d, ())):
        rare.add(w)


with open(enable, encoding="ascii") as f:
    for w in f:
        add_if_one_slip_from_common(w)
# cspell-dicts' lists keep a word's case ("# cspell-tools: keep-case"): only the words written wholly in lower case are read.
for name in ("softwareTerms.txt", "software-tools.txt"):
    with open(software_terms + "/" + name, encoding="utf-8") as f:
        for w in f:
            add_if_one_slip_from_common(w)
data = ("\n".join(sorted(rare)) + "\n").encode("utf-8")
with open(out + "rare-words.txt.gz", "wb") as f:
    f.write(gzip.compress(data, mtime=0))
print(len(pairs), "regional pairs;", len(words), "common words;", len(names), "proper names;", len(rare), "rare words")
