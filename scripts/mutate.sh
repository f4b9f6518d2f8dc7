#!/usr/bin/env bash
# Mutation testing: plants each bug of scripts/mutants.txt alone in a copy of the tree, runs the whole test suite
# against it, and reports which bugs the tests caught and which survived (build-mutate/report.md).
#   ./scripts/mutate.sh            every bug
#   ./scripts/mutate.sh 3 17 40    only these (numbered as in the report)
# Slow (a build and a test run per bug): not part of CI. Run it before resolving work on the model or the mapping.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
exec python3 - "$@" <<'PYTHON'
import filecmp, os, re, shutil, subprocess, sys, time

ROOT = os.getcwd()
WORK = os.path.join(ROOT, "build-mutate")
TREE = os.path.join(WORK, "tree")
BUILD = os.path.join(TREE, "build")
JOBS = os.environ.get("JOBS", str(os.cpu_count() or 2))


def parse_mutants(path):
    """Blocks of '@@ FILE | description', '- old', '+ new' (one line each)."""
    mutants, current = [], None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("@@ "):
            file, _, what = line[3:].partition(" | ")
            current = {"file": file.strip(), "what": what.strip(), "old": None, "new": None}
            mutants.append(current)
        elif line.startswith("- ") and current:
            current["old"] = line[2:]
        elif line.startswith("+ ") and current:
            current["new"] = line[2:]
    for i, m in enumerate(mutants, 1):
        if m["old"] is None or m["new"] is None:
            sys.exit(f"scripts/mutants.txt: bug {i} ({m['what']}): needs a '- ' and a '+ ' line")
    return mutants


def run(cmd, **kw):
    return subprocess.run(cmd, cwd=kw.pop("cwd", TREE), capture_output=True, text=True, **kw)


def copy_tree():
    """The repository's files into TREE; files already there and equal are left alone (the build stays warm)."""
    files = subprocess.run(["git", "ls-files", "-z"], capture_output=True, check=True).stdout.split(b"\0")
    for f in filter(None, files):
        source, dest = os.path.join(ROOT, f.decode()), os.path.join(TREE, f.decode())
        if os.path.isfile(dest) and filecmp.cmp(source, dest, shallow=False):
            continue
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copyfile(source, dest)  # a new mtime, so that the build sees the change
    shared = os.path.join(ROOT, "..", "shared")
    link = os.path.join(WORK, "shared")
    if os.path.isdir(shared) and not os.path.exists(link):
        os.symlink(os.path.abspath(shared), link)


def build():
    return run(["cmake", "--build", BUILD, "-j", JOBS])


def failed_tests():
    """Runs the suite; the names of the tests that failed (empty: all passed)."""
    out = run(["ctest", "-j", JOBS, "--timeout", "300"], cwd=BUILD).stdout
    names = re.findall(r"^\s*\d+ - (.+?) \((?:Failed|Timeout|SEGFAULT|Subprocess aborted|Exception)", out, re.M)
    return names


def main():
    mutants = parse_mutants(os.path.join(ROOT, "scripts", "mutants.txt"))
    chosen = [int(a) for a in sys.argv[1:]] or list(range(1, len(mutants) + 1))
    os.makedirs(WORK, exist_ok=True)
    copy_tree()
    subprocess.run(["cmake", "-S", TREE, "-B", BUILD, "-DCMAKE_BUILD_TYPE=RelWithDebInfo"], check=True,
                   stdout=subprocess.DEVNULL)
    if build().returncode != 0 or failed_tests():
        sys.exit("mutate: the unmutated tree does not build or pass its tests; nothing to measure")
    rows = []
    for i in chosen:
        m = mutants[i - 1]
        path = os.path.join(TREE, m["file"])
        text = open(path, encoding="utf-8").read()
        count = text.count(m["old"].strip())
        if count != 1:
            rows.append((i, m, "not applied", f"the text occurs {count} times in {m['file']}"))
            continue
        start = time.time()
        open(path, "w", encoding="utf-8").write(text.replace(m["old"].strip(), m["new"].strip()))
        try:
            if build().returncode != 0:
                rows.append((i, m, "does not compile", ""))
                print(f"{i:3d} {'does not compile':30s} {time.time() - start:5.0f} s  {m['what']}", flush=True)
                continue
            failed = failed_tests()
        finally:
            open(path, "w", encoding="utf-8").write(text)
        golden_only = failed and all("olden" in name for name in failed)
        verdict = "survived" if not failed else ("caught by a golden image only" if golden_only else "caught")
        shown = ", ".join(failed[:3]) + (f" (+{len(failed) - 3} more)" if len(failed) > 3 else "")
        rows.append((i, m, verdict, shown))
        print(f"{i:3d} {verdict:30s} {time.time() - start:5.0f} s  {m['what']}", flush=True)
    build()  # leave the copy built as it is in the repository
    report(rows)


def report(rows):
    planted = [r for r in rows if r[2] in ("caught", "survived", "caught by a golden image only")]
    survived = [r for r in planted if r[2] != "caught"]
    lines = ["# Mutation testing", "", "| # | Planted bug | File | Result | Failing tests |", "|---|---|---|---|---|"]
    for i, m, verdict, detail in rows:
        lines.append(f"| {i} | {m['what']} | `{m['file']}` | {verdict} | {detail} |")
    share = 100.0 * len(survived) / len(planted) if planted else 0.0
    summary = f"{len(planted)} bugs planted, {len(planted) - len(survived)} caught, {len(survived)} survived ({share:.0f} %)"
    lines += ["", summary, ""]
    open(os.path.join(WORK, "report.md"), "w", encoding="utf-8").write("\n".join(lines))
    print(summary)
    print(f"report: {os.path.join('build-mutate', 'report.md')}")


main()
PYTHON
