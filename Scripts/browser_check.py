"""Drives headless Chromium over --remote-debugging-pipe (stdlib only, works offline).

Used by browser-check.sh. Exit 0 when the page loads without console errors and the
#selftest writes PASS; 1 otherwise.
"""
import base64, json, os, shutil, signal, subprocess, sys, tempfile, time


class Browser:
    def __init__(self, binary):
        self.profile = tempfile.TemporaryDirectory()
        to_chrome_r, self.to_chrome = os.pipe()
        self.from_chrome, from_chrome_w = os.pipe()
        args = [binary, "--headless=new", "--remote-debugging-pipe", "--no-sandbox",
                "--disable-gpu", "--no-first-run", "--no-default-browser-check",
                "--disable-extensions", "--disable-background-networking",
                "--user-data-dir=" + self.profile.name, "about:blank"]
        # Chromium reads commands from fd 3 and writes replies to fd 4.
        def wire():
            os.setsid()  # own process group: close() ends Chromium's helpers too
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)
        self.process = subprocess.Popen(args, pass_fds=(3, 4), preexec_fn=wire,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.buffer, self.next_id, self.events = b"", 0, []

    def send(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_chrome, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while time.time() < deadline:
            reply = self.read()
            if reply.get("id") == self.next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)
        raise TimeoutError(method)

    def read(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_chrome, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def wait_for(self, method, timeout=30):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for event in self.events:
                if event.get("method") == method:
                    self.events.remove(event)
                    return event
            self.events.append(self.read())
        raise TimeoutError(method)

    def close(self):
        # Kill the whole group: renderer and utility processes outlive the browser process
        # and keep writing into the profile, which made the cleanup fail now and then.
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        for _ in range(10):
            shutil.rmtree(self.profile.name, ignore_errors=True)
            if not os.path.exists(self.profile.name):
                break
            time.sleep(0.2)
        try:
            self.profile.cleanup()
        except OSError:
            pass  # a leftover temp profile must not fail the check


def errors_in(events):
    found = []
    for event in events:
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.exceptionThrown":
            found.append("exception: " + params["exceptionDetails"].get("text", ""))
        elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append("console.error: " + " ".join(str(a.get("value", "")) for a in params["args"]))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            found.append("log: " + params["entry"]["text"])
    return found


def screenshot(browser, session, path, media):
    browser.send("Emulation.setEmulatedMedia", {"media": media}, session)
    metrics = browser.send("Page.getLayoutMetrics", {}, session)
    height = min(int(metrics["cssContentSize"]["height"]), 12000)
    shot = browser.send("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": 1280, "height": height, "scale": 1}}, session, timeout=60)
    with open(path, "wb") as out:
        out.write(base64.b64decode(shot["data"]))
    print(f"screenshot ({media}): {path} (1280x{height})")
    # BROWSER_CHECK_SEGMENTS=N also saves N-pixel slices (path-1.png, …) for reading by eye.
    step = int(os.environ.get("BROWSER_CHECK_SEGMENTS", "0"))
    for index, top in enumerate(range(0, height, step) if step else []):
        part = browser.send("Page.captureScreenshot", {
            "format": "png", "captureBeyondViewport": True,
            "clip": {"x": 0, "y": top, "width": 1280, "height": min(step, height - top), "scale": 1}},
            session, timeout=60)
        root, ext = os.path.splitext(path)
        with open(f"{root}-{index + 1}{ext}", "wb") as out:
            out.write(base64.b64decode(part["data"]))


def open_page(browser, url):
    """Opens url in a fresh tab; returns its session once the load event fired."""
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log"):
        browser.send(domain + ".enable", {}, session)
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 1280, "height": 900, "deviceScaleFactor": 1, "mobile": False}, session)
    browser.send("Page.navigate", {"url": url}, session)
    browser.wait_for("Page.loadEventFired")
    return session


def main(binary, report, shot_path):
    url = "file://" + os.path.abspath(report)
    browser = Browser(binary)
    try:
        session = open_page(browser, url + "#selftest")
        result = browser.send("Runtime.evaluate", {
            "expression": "document.body.getAttribute('data-selftest')", "returnByValue": True}, session)
        selftest = result["result"].get("value") or "FAIL: #selftest did not run (script blocked?)"
        session = open_page(browser, url)
        screenshot(browser, session, shot_path, "screen")
        root, ext = os.path.splitext(shot_path)
        screenshot(browser, session, root + "-print" + ext, "print")
        errors = errors_in(browser.events)
    finally:
        browser.close()
    print("selftest: " + selftest)
    for error in errors:
        print("console error: " + error)
    ok = selftest.startswith("PASS") and not errors
    print("browser check: " + ("PASS" if ok else "FAIL"))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
