#!/usr/bin/env python3
"""Sends a folder of .txt articles to a Claimspan service and writes who said what as JSON Lines.

Every .txt file in FOLDER (sorted by name; its id is the name without .txt) goes to the service's
batch route, POST /v1/extract/batch, in batches of --batch-size records. The answer lines, one per
file and in file order, are written to --out (default: standard output) as they arrive: each is a
claimspan/1 result, or a failure line {"line", "id", "error": {"status", "message"}} that is also
reported on standard error. A busy server (429) or one still loading its models (503) is asked
again after the Retry-After it gives. Standard library only (urllib): no package to install.

Exit code: 0 when every file was extracted, 1 when some failed (their lines say why), 2 when the
service could not be used (unreachable, a wrong token, a bad option).

Example:
  python3 claimspan_client.py --url http://127.0.0.1:8080/ --out results.jsonl articles/
"""

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def read_articles(folder):
    """(id, text) for each .txt file in the folder, by name; unreadable files are reported."""
    articles, failures = [], 0
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not name.endswith(".txt") or not os.path.isfile(path) or name == ".txt":
            continue
        try:
            with open(path, encoding="utf-8") as file:
                articles.append((name[: -len(".txt")], file.read()))
        except (OSError, UnicodeDecodeError) as error:
            print(f"claimspan: {path}: cannot read as UTF-8 text: {error}", file=sys.stderr)
            failures += 1
    return articles, failures


def batch_request(url, batch, profile, token):
    body = "".join(json.dumps({"id": doc_id, "text": text}, ensure_ascii=False) + "\n" for doc_id, text in batch)
    query = "?" + urllib.parse.urlencode({"profile": profile}) if profile else ""
    headers = {"Content-Type": "application/x-ndjson; charset=utf-8", "Accept": "application/x-ndjson"}
    if token:
        headers["Authorization"] = "Bearer " + token
    return urllib.request.Request(urllib.parse.urljoin(url, "v1/extract/batch") + query,
                                  data=body.encode("utf-8"), headers=headers, method="POST")


def error_message(error):
    """The message of a JSON error answer {"error": {"status", "message"}}, or its reason."""
    try:
        return json.loads(error.read().decode("utf-8"))["error"]["message"]
    except (ValueError, KeyError, TypeError, OSError):
        return error.reason


def send_batch(args, batch, token, out):
    """Sends one batch and writes its answer lines; returns how many of them were failures."""
    for attempt in range(args.retries + 1):
        try:
            with urllib.request.urlopen(batch_request(args.url, batch, args.profile, token),
                                        timeout=args.timeout) as response:
                return write_answers(response, batch, out)
        except urllib.error.HTTPError as error:
            if error.code in (429, 503) and attempt < args.retries:
                wait = float(error.headers.get("Retry-After") or 1)
                print(f"claimspan: server busy ({error.code}); retrying in {wait:g} s", file=sys.stderr)
                time.sleep(wait)
                continue
            raise SystemExit(f"claimspan: the service answered {error.code}: {error_message(error)}") from None
    raise AssertionError("unreachable")


def write_answers(response, batch, out):
    failures = 0
    count = 0
    for raw in response:
        line = raw.decode("utf-8").rstrip("\r\n")
        if not line:
            continue
        if count >= len(batch):
            raise SystemExit("claimspan: the service sent more lines than records; stopping")
        answer = json.loads(line)
        expected = batch[count][0]
        got = answer.get("document", {}).get("id") if "error" not in answer else answer.get("id", expected)
        if got != expected:
            raise SystemExit(f"claimspan: answer {count + 1} is for '{got}', expected '{expected}'; stopping")
        if "error" in answer:
            failures += 1
            error = answer["error"]
            print(f"claimspan: {expected}: {error.get('status')} {error.get('message')}", file=sys.stderr)
        out.write(line + "\n")
        out.flush()
        count += 1
    if count != len(batch):
        raise SystemExit(f"claimspan: the service answered {count} of {len(batch)} records; the stream broke off")
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", help="a folder of .txt articles")
    parser.add_argument("--url", default="http://127.0.0.1:8080/", help="the service (default %(default)s)")
    parser.add_argument("--out", help="the JSON Lines file to write (default: standard output)")
    parser.add_argument("--profile", help="a profile the server loaded (default: its first)")
    parser.add_argument("--token-file", help="a file holding the server's bearer token")
    parser.add_argument("--batch-size", type=int, default=50, help="records per request (default %(default)s)")
    parser.add_argument("--retries", type=int, default=5, help="tries again after 429/503 (default %(default)s)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds per request (default %(default)s)")
    args = parser.parse_args()
    if args.batch_size < 1:
        parser.error("--batch-size must be at least 1")
    if not os.path.isdir(args.folder):
        parser.error(f"{args.folder}: not a folder")
    token = None
    if args.token_file:
        with open(args.token_file, encoding="utf-8") as file:
            token = file.read().strip()

    articles, failures = read_articles(args.folder)
    out = open(args.out, "w", encoding="utf-8") if args.out else sys.stdout
    try:
        for start in range(0, len(articles), args.batch_size):
            failures += send_batch(args, articles[start:start + args.batch_size], token, out)
    except urllib.error.URLError as error:
        raise SystemExit(f"claimspan: cannot reach {args.url}: {error.reason}") from None
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"claimspan: {len(articles)} documents, {failures} failed", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except SystemExit as stop:
        if isinstance(stop.code, str):  # a message: print it and exit 2
            print(stop.code, file=sys.stderr)
            sys.exit(2)
        raise
