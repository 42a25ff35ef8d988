#!/usr/bin/env python3
"""Drives the service's web page in headless Chromium, as a user would, and checks what it shows.

It starts Chromium with a DevTools port, opens the page, drops an article file on the text box,
chooses a profile, presses Extract, waits for the highlighted view, counts the highlights in the
page's DOM and saves a screenshot. It speaks the DevTools protocol over a WebSocket written with
the standard library alone (no Puppeteer, no Selenium, nothing to download).

Usage: page_check.py --url http://127.0.0.1:8080/ --article FILE.txt [--profile accurate]
                     [--out page.png] [--browser chromium] [--timeout 180] [--height 1400]
Prints one JSON object of counts; exits 1 when the page shows no highlight or an error.
"""

import argparse
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
]


class WebSocket:
    """The client side of RFC 6455, enough for DevTools: text frames, masked, no extensions."""

    def __init__(self, url, timeout):
        assert url.startswith("ws://"), url
        host_port, _, path = url[len("ws://"):].partition("/")
        host, _, port = host_port.partition(":")
        self.sock = socket.create_connection((host, int(port)), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                   f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n")
        self.sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(1)
            if not chunk:
                raise ConnectionError("DevTools closed the connection during the handshake")
            head += chunk
        if not head.startswith(b"HTTP/1.1 101"):
            raise ConnectionError("DevTools refused the WebSocket: " + head.decode(errors="replace"))

    def send(self, text):
        payload = text.encode()
        header = bytearray([0x81])  # final frame, text
        if len(payload) < 126:
            header.append(0x80 | len(payload))
        elif len(payload) < 1 << 16:
            header.append(0x80 | 126)
            header += struct.pack(">H", len(payload))
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", len(payload))
        mask = os.urandom(4)
        header += mask
        self.sock.sendall(bytes(header) + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _exactly(self, count):
        data = bytearray()
        while len(data) < count:
            chunk = self.sock.recv(count - len(data))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            data += chunk
        return bytes(data)

    def receive(self):
        message = bytearray()
        while True:
            first, second = self._exactly(2)
            length = second & 0x7F
            if length == 126:
                length = struct.unpack(">H", self._exactly(2))[0]
            elif length == 127:
                length = struct.unpack(">Q", self._exactly(8))[0]
            payload = self._exactly(length)
            opcode = first & 0x0F
            if opcode == 0x8:
                raise ConnectionError("DevTools closed the WebSocket")
            if opcode in (0x9, 0xA):  # ping, pong: nothing to do for this short session
                continue
            message += payload
            if first & 0x80:
                return message.decode()


class DevTools:
    """Commands and events of one page target."""

    def __init__(self, websocket):
        self.ws = websocket
        self.next_id = 0
        self.events = []

    def call(self, method, **params):
        self.next_id += 1
        self.ws.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.receive())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait_event(self, method, timeout):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for event in self.events:
                if event.get("method") == method:
                    self.events.remove(event)
                    return event
            self.events.append(json.loads(self.ws.receive()))
        raise TimeoutError(f"no {method} within {timeout} s")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError("page script failed: " + json.dumps(result["exceptionDetails"]))
        return result["result"].get("value")


def start_browser(browser, profile_dir):
    process = subprocess.Popen([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile_dir}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = os.path.join(profile_dir, "DevToolsActivePort")
    deadline = time.time() + 30
    while time.time() < deadline:
        if os.path.exists(port_file):
            lines = open(port_file).read().split()
            if lines:
                return process, int(lines[0])
        if process.poll() is not None:
            raise RuntimeError(f"{browser} exited with {process.returncode} before DevTools started")
        time.sleep(0.1)
    process.kill()
    raise TimeoutError("DevTools did not start within 30 s")


def page_target(port):
    deadline = time.time() + 10
    while time.time() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as response:
            for target in json.load(response):
                if target.get("type") == "page":
                    return target["webSocketDebuggerUrl"]
        time.sleep(0.1)
    raise TimeoutError("no page target in the browser")


# Drops the article on the text box as a file, chooses the profile and presses Extract.
DROP_AND_EXTRACT = """
(() => {
  const file = new File([%(text)s], %(name)s, {type: "text/plain"});
  const transfer = new DataTransfer();
  transfer.items.add(file);
  document.getElementById("drop").dispatchEvent(new DragEvent("drop", {dataTransfer: transfer, bubbles: true, cancelable: true}));
  return new Promise(resolve => setTimeout(() => {
    document.getElementById("profile").value = %(profile)s;
    document.getElementById("extract").click();
    resolve(document.getElementById("text").value.length);
  }, 200));
})()
"""

# What the page shows: the status line, and the highlights counted in the view's DOM.
COUNT = """
(() => {
  const view = document.getElementById("view");
  const status = document.getElementById("status");
  if (!view.dataset.highlights) return {done: status.classList.contains("error"), status: status.textContent};
  const page = view.contentDocument;
  const pieces = Array.from(page.querySelectorAll("#text span.hl[data-hl]"));
  const byRole = {};
  const seen = new Set();
  for (const piece of pieces) {
    if (seen.has(piece.dataset.hl)) continue;
    seen.add(piece.dataset.hl);
    byRole[piece.dataset.role] = (byRole[piece.dataset.role] || 0) + 1;
  }
  return {
    done: true, status: status.textContent, title: page.title,
    highlights: seen.size, pieces: pieces.length, byRole: byRole,
    attributions: page.querySelectorAll("[data-card]").length,
    claims: page.querySelectorAll("[data-claim-item]").length,
    pageCountsHighlights: Number(view.dataset.highlights)
  };
})()
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True, help="the service's base URL, e.g. http://127.0.0.1:8080/")
    parser.add_argument("--article", required=True, help="a .txt article to drop on the page")
    parser.add_argument("--profile", default="accurate", help="the profile to choose on the page")
    parser.add_argument("--out", help="where to save a PNG screenshot")
    parser.add_argument("--browser", default=shutil.which("chromium") or shutil.which("chromium-browser") or "chromium")
    parser.add_argument("--timeout", type=float, default=180, help="seconds to wait for the view")
    parser.add_argument("--height", type=int, default=1400, help="height of the window in pixels (width 1400)")
    args = parser.parse_args()

    text = open(args.article, encoding="utf-8").read()
    profile_dir = tempfile.mkdtemp(prefix="claimspan-page-")
    process = None
    try:
        process, port = start_browser(args.browser, profile_dir)
        tools = DevTools(WebSocket(page_target(port), timeout=args.timeout))
        tools.call("Page.enable")
        tools.call("Emulation.setDeviceMetricsOverride", width=1400, height=args.height, deviceScaleFactor=1, mobile=False)
        tools.call("Page.navigate", url=args.url)
        tools.wait_event("Page.loadEventFired", 30)
        tools.evaluate(DROP_AND_EXTRACT % {"text": json.dumps(text), "name": json.dumps(os.path.basename(args.article)),
                                           "profile": json.dumps(args.profile)})
        deadline = time.time() + args.timeout
        counts = tools.evaluate(COUNT)
        while not counts.get("done") and time.time() < deadline:
            time.sleep(0.25)
            counts = tools.evaluate(COUNT)
        time.sleep(0.5)  # let the view's own script and layout settle before the picture
        if args.out:
            shot = tools.call("Page.captureScreenshot", format="png")
            with open(args.out, "wb") as out:
                out.write(base64.b64decode(shot["data"]))
            counts["screenshot"] = args.out
        print(json.dumps(counts, indent=2))
        ok = counts.get("highlights", 0) > 0 and counts.get("highlights") == counts.get("pageCountsHighlights")
        return 0 if ok else 1
    finally:
        if process is not None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
        shutil.rmtree(profile_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
