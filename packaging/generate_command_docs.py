#!/usr/bin/env python3
"""Writes the man pages custos(1) and custosctl(1) and custosctl's bash completion from the built
programs' own --help output, so a new verb, subcommand or option shows up without editing a page;
and the package's compressed changelog.

    generate_command_docs.py --custos BIN --custosctl BIN --templates DIR --metainfo FILE
                             --changelog FILE --out DIR --version VERSION

custosctl --help lists the verbs; each verb's --help names its subcommands (a "subcommands:" list
or "custosctl VERB SUB" usage lines), and each verb's or subcommand's --help its options. The
pages embed those help texts; the templates (packaging/man/*.1.in) hold the prose around them.
"""
import argparse
import atexit
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile

NAME = r"[a-z][a-z0-9-]*"


def fail(message):
    sys.exit(f"generate_command_docs.py: {message}")


class HelpReader:
    """Runs a built program with --help in a scratch home, in English, without a display."""

    def __init__(self, program):
        self.program = program
        self.home = tempfile.mkdtemp(prefix="custos-docs-")
        atexit.register(shutil.rmtree, self.home, ignore_errors=True)
        self.environment = dict(os.environ, HOME=self.home, XDG_DATA_HOME=f"{self.home}/data",
                                XDG_CONFIG_HOME=f"{self.home}/config", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                                LANGUAGE="", QT_QPA_PLATFORM="offscreen")

    def help(self, *words):
        """The help text and exit code of `program words... --help`, with the program's path
        shortened to its name."""
        try:
            done = subprocess.run([self.program, *words, "--help"], capture_output=True, text=True,
                                  env=self.environment, timeout=60, stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            fail(f"{' '.join([self.program, *words])} --help did not finish within 60 s")
        text = done.stdout if done.stdout.strip() else done.stderr
        name = os.path.basename(self.program)
        text = re.sub(r"\S*/" + re.escape(name) + r"\b", name, text.replace(self.program, name))
        return text.rstrip() + "\n", done.returncode


def listed_entries(text, heading):
    """(name, summary) pairs of the two-space indented list under `heading:` in a help text."""
    entries, inside = [], False
    for line in text.splitlines():
        if line.strip().lower() == heading + ":":
            inside = True
        elif inside and (match := re.match(rf"^  ({NAME})\s{{2,}}(\S.*)$", line)):
            entries.append((match.group(1), match.group(2).strip()))
        elif inside and line.strip() and not line.startswith("    "):
            inside = False
    return entries


def subcommand_candidates(verb, text):
    """Subcommand names a verb's help mentions: its "subcommands:" list, then "custosctl VERB SUB"
    usage lines and the " | SUB" alternatives on them."""
    names = [name for name, _ in listed_entries(text, "subcommands")]
    for line in text.splitlines():
        usage = re.search(rf"custosctl {re.escape(verb)} (.*)$", line)
        if not usage:
            continue
        names += re.findall(rf"^({NAME})\b", usage.group(1))
        names += re.findall(rf"\s\|\s+({NAME})\b", usage.group(1))
    return list(dict.fromkeys(names))


def options_in(text):
    """Every option a help text documents, long and short, in order."""
    found = re.findall(r"(?<![\w-])(--[a-z](?:[a-z0-9-]*[a-z0-9])?|-[a-zA-Z])(?![\w-])", text)
    return list(dict.fromkeys(found))


def roff_text(text):
    """Escapes plain text for roff: backslashes, minus signs, and lines a roff reader would take
    for a request."""
    lines = []
    for line in text.replace("\\", "\\e").replace("-", "\\-").splitlines():
        lines.append("\\&" + line if line.startswith((".", "'")) else line)
    return "\n".join(lines)


def roff_help_block(text):
    return ".PP\n.nf\n.RS 4\n" + roff_text(text) + "\n.RE\n.fi\n"


class Custosctl:
    """custosctl's verbs, their subcommands, and the help text and options of each."""

    def __init__(self, reader):
        self.reader = reader
        top, _ = reader.help()
        self.verbs = listed_entries(top, "commands")
        if not self.verbs:
            fail(f"custosctl --help lists no commands:\n{top}")
        self.help = {}
        self.subcommands = {}
        for verb, _ in self.verbs:
            self.help[verb], _ = reader.help(verb)
            self.subcommands[verb] = [sub for sub in subcommand_candidates(verb, self.help[verb])
                                      if self._is_subcommand(verb, sub)]

    def _is_subcommand(self, verb, sub):
        text, code = self.reader.help(verb, sub)
        if code != 0 or text == self.help[verb]:
            return False
        self.help[f"{verb} {sub}"] = text
        return True

    def man_section(self):
        parts = []
        for verb, summary in self.verbs:
            parts.append(f'.SS "{roff_text(verb)}"\n{roff_text(summary[0].upper() + summary[1:])}.\n')
            parts.append(roff_help_block(self.help[verb]))
            for sub in self.subcommands[verb]:
                parts.append(f".PP\n.B custosctl {roff_text(verb)} {roff_text(sub)}\n")
                parts.append(roff_help_block(self.help[f"{verb} {sub}"]))
        return "".join(parts)

    def completion_tables(self):
        def quoted(words):
            return '"' + " ".join(words) + '"'
        subcommands = [f'    ["{verb}"]={quoted(self.subcommands[verb])}' for verb, _ in self.verbs
                       if self.subcommands[verb]]
        options = [f'    ["{key}"]={quoted(options_in(text))}' for key, text in self.help.items()]
        return {
            "@VERBS@": " ".join(verb for verb, _ in self.verbs),
            "@SUBCOMMANDS@": "\n".join(subcommands),
            "@OPTIONS@": "\n".join(options),
        }


def custos_options(reader):
    """custos's options as roff .TP entries, from the Options: block of its --help."""
    text, code = reader.help()
    if code != 0 or "Options:" not in text:
        fail(f"custos --help failed (exit code {code}):\n{text}")
    entries = []
    block = text.split("Options:", 1)[1].split("\n\n", 1)[0]
    for line in block.splitlines():
        if match := re.match(r"^  (-\S.*?)(?:\s{2,}(\S.*))?$", line):
            entries.append([match.group(1), match.group(2) or ""])
        elif entries and line.strip():
            entries[-1][1] = (entries[-1][1] + " " + line.strip()).strip()
    if not entries:
        fail(f"custos --help lists no options:\n{text}")
    return "".join(f".TP\n.B {roff_text(names)}\n{roff_text(description)}\n" for names, description in entries)


def release_date(metainfo):
    """The newest release's date in the AppStream data: the pages carry it, not the build's time."""
    with open(metainfo, encoding="utf-8") as file:
        match = re.search(r'<release [^>]*date="([0-9-]+)"', file.read())
    if not match:
        fail(f"no <release date=...> in {metainfo}")
    return match.group(1)


def fill(template, values):
    with open(template, encoding="utf-8") as file:
        text = file.read()
    for key, value in values.items():
        text = text.replace(key, value)
    if leftover := re.findall(r"@[A-Z_]+@", text):
        fail(f"{template}: no value for {', '.join(sorted(set(leftover)))}")
    return text


def write(path, text, compress=False):
    data = text.encode("utf-8")
    if compress:  # gzip -9n: no name and no time stamp, so the package builds reproducibly
        data = gzip.compress(data, compresslevel=9, mtime=0)
    with open(path, "wb") as file:
        file.write(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    for option in ("--custos", "--custosctl", "--templates", "--metainfo", "--changelog", "--out", "--version"):
        parser.add_argument(option, required=True)
    arguments = parser.parse_args()
    ctl = Custosctl(HelpReader(arguments.custosctl))
    common = {"@VERSION@": arguments.version, "@DATE@": release_date(arguments.metainfo)}
    templates, out = arguments.templates, arguments.out
    os.makedirs(out, exist_ok=True)
    write(f"{out}/custosctl.1.gz",
          fill(f"{templates}/man/custosctl.1.in", {**common, "@COMMANDS@": ctl.man_section().rstrip()}), True)
    write(f"{out}/custos.1.gz",
          fill(f"{templates}/man/custos.1.in",
               {**common, "@OPTIONS@": custos_options(HelpReader(arguments.custos)).rstrip()}), True)
    write(f"{out}/custosctl.bash", fill(f"{templates}/completion/custosctl.bash.in", ctl.completion_tables()))
    with open(arguments.changelog, encoding="utf-8") as file:
        write(f"{out}/changelog.gz", file.read(), True)


if __name__ == "__main__":
    main()
