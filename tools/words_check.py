#!/usr/bin/env python3
# Fails when a user-visible English literal appears in src/ui or src/session outside the catalogue: a string
# literal with words in it (two words, or a capitalised word) that is not a catalogue key, an id, a format or a
# path. The literals not yet moved into assets/i18n/synapse-lab.pot are listed in tools/words-baseline.txt; the
# list may only shrink (a literal that is new, or not in it, fails; one that left the code must leave the list).
# It also fails on a key the code names ("lesson.run") that the catalogue lacks: the program would show the key.
# Usage: words_check.py SOURCE_DIR [--write-baseline] | words_check.py --self-test
import pathlib
import re
import sys

FOLDERS = ["src/ui", "src/session"]
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
KEY = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")  # a catalogue key: "command.play"
WORDS = re.compile(r"[A-Za-z]{2,}[ ,;:!?'()-]+[A-Za-z]{2,}|\b[A-Z][a-z]{2,}")
# A quantity's format: printf conversions and unit symbols only ("%ld h %02ld min"); units are not translated.
UNIT_FORMAT = re.compile(r"^(?:\s|%[-+ #0-9.*]*(?:l|ll|z)?[a-zA-Z]|\b(?:min|h|d|s|ms|mg|kg|mg/kg)\b|[/:()])*$")
# A command line of the program itself ("synapse-lab --record out.mp4", "  --voice flite"): typed, not read.
COMMAND_LINE = re.compile(r"^\s*(?:synapse-lab\b|--[a-z][a-z-]*(?:\s|$))")
# Literals that are not words for a reader, by file, each with why it stays:
NOT_WORDS = {
    # the program's name, never linked as a glossary term (matched in text, not shown by itself)
    ("src/ui/widgets.cpp", "Synapse Lab"),
    # the prefix of the scene's own readout line (src/scene writes it; matched, not shown)
    ("src/ui/scene_key.cpp", "Now: "),
    # the keys a link takes: ids, listed in an error message as they are typed
    ("src/session/link.cpp", "scenario, lesson, step, reveal, at, view, theme, presenter, people, person, lang"),
    # the species of a plot's evidence: the strings of sim::stage_evidence (src/sim), compared with them by a test
    ("src/session/view/plot_defs.cpp", "in vitro, mouse"),
    ("src/session/view/plot_defs.cpp", "mouse, rat"),
    ("src/session/view/plot_defs.cpp", "rat, mouse"),
    # file names and the settings file's own format (machine-read)
    ("src/session/session.hpp", "my-scenario.json"),
    ("src/session/settings.cpp", "/synapse-lab/settings.ini"),
    ("src/session/settings.cpp", "/.config/synapse-lab/settings.ini"),
    ("src/session/settings.cpp", "# Synapse Lab settings\\nwelcome_seen="),
    ("src/session/view/plots_csv.cpp", "synapse-lab-"),
    ("src/session/words.cpp", "synapse-lab.pot"),
    ("src/session/words.cpp", "assets/i18n/synapse-lab.pot"),
}

def strip_comments(text):
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return "\n".join(strip_line_comment(line) for line in text.split("\n"))


def strip_line_comment(line):
    in_string = False
    i = 0
    while i < len(line):
        c = line[i]
        if c == "\\" and in_string:
            i += 2
            continue
        if c == '"':
            in_string = not in_string
        elif not in_string and line.startswith("//", i):
            return line[:i]
        i += 1
    return line


def english(literal, rel=""):
    if literal.startswith("#include") or KEY.match(literal) or (rel, literal) in NOT_WORDS:
        return False
    if UNIT_FORMAT.match(literal) or COMMAND_LINE.match(literal):
        return False
    visible = literal.split("##")[0]  # ImGui's "label##id": the id part is not shown
    return bool(WORDS.search(visible))


def found(source_dir):
    hits = []
    for folder in FOLDERS:
        for path in sorted((source_dir / folder).rglob("*.[ch]pp")):
            rel = path.relative_to(source_dir).as_posix()
            for line in strip_comments(path.read_text(encoding="utf-8")).split("\n"):
                if line.lstrip().startswith("#include"):
                    continue
                hits += [f"{rel}\t{m.group(1)}" for m in LITERAL.finditer(line) if english(m.group(1), rel)]
    return hits


def catalogue_keys(source_dir):
    pot = (source_dir / "assets/i18n/synapse-lab.pot").read_text(encoding="utf-8")
    return set(re.findall(r'^msgctxt "([^"]*)"', pot, re.M))


def missing_keys(source_dir, keys):
    """Key-shaped literals in the code whose first part is one of the catalogue's (command., lesson., ...) but
    that the catalogue does not have."""
    spaces = {k.split(".")[0] for k in keys}
    missing = []
    for folder in FOLDERS:
        for path in sorted((source_dir / folder).rglob("*.[ch]pp")):
            rel = path.relative_to(source_dir).as_posix()
            for m in LITERAL.finditer(strip_comments(path.read_text(encoding="utf-8"))):
                key = m.group(1)
                if KEY.match(key) and key.split(".")[0] in spaces and key not in keys:
                    missing.append(f"{rel}\t{key}")
    return missing


def self_test():
    """The check catches a planted literal and lets keys, ids, formats and comments through."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / "src/ui").mkdir(parents=True)
        (root / "src/session").mkdir(parents=True)
        (root / "src/ui/a.cpp").write_text(
            '// "Not this, a comment"\n'
            'ImGui::Text("%s", words(app, "menu.file"));  // "nor this"\n'
            'ImGui::Button("##id"); f("dose_mg_per_kg", "%.2f", "mg/kg", "###dose");\n'
            'ImGui::Text("Hello world"); ImGui::Text("Drug");\n'
            'f("%ld h %02ld min"); f("synapse-lab --record out.mp4");\n', encoding="utf-8")
        hits = found(root)
        expected = ["src/ui/a.cpp\tHello world", "src/ui/a.cpp\tDrug"]
        if hits != expected:
            print(f"words_check self-test: found {hits}, expected {expected}", file=sys.stderr)
            return 1
        if missing_keys(root, {"menu.file"}) != []:
            print("words_check self-test: a key in the catalogue was reported missing", file=sys.stderr)
            return 1
        (root / "src/ui/b.cpp").write_text('f(words(app, "menu.filee"));\n', encoding="utf-8")
        if missing_keys(root, {"menu.file"}) != ["src/ui/b.cpp\tmenu.filee"]:
            print("words_check self-test: a key missing from the catalogue was not reported", file=sys.stderr)
            return 1
    return 0


def main():
    if "--self-test" in sys.argv:
        return self_test()
    source_dir = pathlib.Path(sys.argv[1])
    baseline_path = source_dir / "tools/words-baseline.txt"
    hits = found(source_dir)
    if "--write-baseline" in sys.argv:
        baseline_path.write_text("\n".join(sorted(set(hits))) + "\n", encoding="utf-8")
        return 0
    baseline = set(baseline_path.read_text(encoding="utf-8").split("\n")) - {""}
    new = sorted(set(hits) - baseline)
    gone = sorted(baseline - set(hits))
    for h in new:
        file, literal = h.split("\t", 1)
        print(f'{file}: an English literal outside the catalogue: "{literal}" (a key in assets/i18n/synapse-lab.pot '
              f"and words(session, KEY))", file=sys.stderr)
    for h in gone:
        print(f"tools/words-baseline.txt: no longer in the code, remove the line: {h}", file=sys.stderr)
    missing = missing_keys(source_dir, catalogue_keys(source_dir))
    for h in missing:
        file, key = h.split("\t", 1)
        print(f"{file}: the key {key} is not in assets/i18n/synapse-lab.pot", file=sys.stderr)
    return 1 if new or gone or missing else 0


if __name__ == "__main__":
    sys.exit(main())
