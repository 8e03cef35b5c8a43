#!/usr/bin/env python3
"""The native CLI on real input: formats, batch JSONL, errors and exit codes.

  test_cli.py ANNOTATE_BINARY
"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
EXAMPLE = os.path.join(ROOT, "examples", "belarus-border.txt")
ANNOTATE = None


def run(*args, stdin=None):
    return subprocess.run([ANNOTATE, *args], input=stdin, capture_output=True, timeout=120)


class Cli(unittest.TestCase):
    def test_json_is_the_schema_document(self):
        r = run("--date", "2021-11-20", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        doc = json.loads(r.stdout)
        self.assertEqual(doc["schema"], 1)
        for key in ("entities", "actors", "figures", "claims"):
            self.assertIsInstance(doc[key], list)

    def test_stdin_gives_the_same_document(self):
        with open(EXAMPLE, "rb") as f:
            text = f.read()
        self.assertEqual(run("-", stdin=text).stdout, run(EXAMPLE).stdout)

    def test_text_view_shows_the_article(self):
        r = run("--format", "text", EXAMPLE)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = r.stdout.decode()
        self.assertIn("Press secretary of the Polish border service", out.replace("[", "").replace("]", ""))
        self.assertIn("Entities", out)
        self.assertIn("Claims", out)

    def test_unreadable_file_is_reported_with_nonzero_exit(self):
        r = run("/nonexistent/article.txt")
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"/nonexistent/article.txt", r.stderr)
        self.assertIn(b"cannot open", r.stderr)

    def test_invalid_utf8_is_an_error_unless_lenient(self):
        with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
            f.write(b"Poland said \xff that.")
        try:
            r = run(f.name)
            self.assertEqual(r.returncode, 1)
            self.assertIn(b"invalid UTF-8 at byte 12", r.stderr)
            r = run("--lenient", f.name)
            self.assertEqual(r.returncode, 0, r.stderr)
            json.loads(r.stdout)
        finally:
            os.unlink(f.name)

    def test_bad_usage_exits_2(self):
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run("--format", "xml", EXAMPLE).returncode, 2)
        self.assertEqual(run("--bogus", EXAMPLE).returncode, 2)
        self.assertEqual(run(EXAMPLE, EXAMPLE).returncode, 2)
        self.assertEqual(run("--date").returncode, 2)

    def test_bad_date_is_an_error(self):
        r = run("--date", "2021-02-30", EXAMPLE)
        self.assertEqual(r.returncode, 1)
        self.assertIn(b"invalid date", r.stderr)

    def test_jsonl_streams_results_in_order_and_reports_bad_lines(self):
        with open(EXAMPLE, encoding="utf-8") as f:
            text = f.read()
        lines = []
        for i in range(40):
            lines.append(json.dumps({"id": f"a{i}", "text": text, "date": "2021-11-20"}))
        lines.insert(5, "{not json")
        lines.insert(9, json.dumps({"id": "no-text"}))
        lines.insert(12, "")  # blank lines are skipped silently
        lines.insert(15, json.dumps({"id": "bad-date", "text": "x", "date": "soon"}))
        r = run("--format", "jsonl", "-", stdin=("\n".join(lines) + "\n").encode())
        self.assertEqual(r.returncode, 3, r.stderr)
        out = [json.loads(l) for l in r.stdout.decode().splitlines()]
        self.assertEqual(len(out), 43)
        errors = [o for o in out if "error" in o]
        self.assertEqual([e["line"] for e in errors], [6, 10, 16])
        good = [o for o in out if "result" in o]
        self.assertEqual([o["id"] for o in good], [f"a{i}" for i in range(40)])
        single = json.loads(run("--date", "2021-11-20", EXAMPLE).stdout)
        self.assertEqual(good[0]["result"], single)
        self.assertEqual(r.stderr.decode().count("skipped"), 3)

    def test_jsonl_deeply_nested_line_is_a_reported_skip(self):
        # fuzz/regressions/batch/deep-id-nesting.jsonl: an "id" 100,000 arrays
        # deep overflowed the stack (SIGSEGV) while being copied to the output.
        deep = '{"id": ' + "[" * 100000 + "]" * 100000 + ', "text": "x"}'
        ok = json.dumps({"id": "after", "text": "Smith said so."})
        r = run("--format", "jsonl", "-", stdin=(deep + "\n" + ok + "\n").encode())
        self.assertEqual(r.returncode, 3, r.stderr)
        out = [json.loads(l) for l in r.stdout.decode().splitlines()]
        self.assertEqual(out[0]["line"], 1)
        self.assertIn("nested deeper", out[0]["error"])
        self.assertEqual(out[1]["id"], "after")

    def test_jsonl_missing_file_exits_1(self):
        r = run("--format", "jsonl", "/nonexistent.jsonl")
        self.assertEqual(r.returncode, 1)


if __name__ == "__main__":
    ANNOTATE = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
