// The web page in headless Chromium (scripts/web.sh --test): it loads without console errors, draws the scene and
// the panels, plays on Space, downloads what it saves, reads its link, follows the window and devicePixelRatio, and
// says so when WebGL 2 is missing or a link is wrong; it opens files through the browser's file picker, honours
// prefers-reduced-motion, and answers taps, finger drags and finger scrolling; its accessible layer passes
// axe-core's WCAG 2.1 A/AA rules, is in Chromium's accessibility tree and is operated by the keyboard alone.
// --measure adds the budgets' figures; --screenshots DIR keeps the pictures for the docs.
//
//   node tests/web/page_test.js --url http://127.0.0.1:PORT/ --out DIR [--chromium PATH] [--measure]
//                               [--screenshots DIR]
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");
const { decodePng } = require("./png.js");

const kChromiumArgs = [
  "--use-angle=swiftshader", "--enable-unsafe-swiftshader",  // software WebGL 2: no GPU needed
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
  "--disable-quic", "--no-sandbox",
];
// Every wait here waits for a state (a frame count, a reported value, an event), never for time to pass; its
// timeout only stops a page that is stuck, so it is generous and the same everywhere (docs/testing.md).
const kStuck_ms = 120000;

function parseArgs(argv) {
  const options = { chromium: "/usr/bin/chromium", measure: false, screenshots: null };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--measure") options.measure = true;
    else if (["--url", "--out", "--chromium", "--screenshots"].includes(flag)) options[flag.slice(2)] = argv[++i];
    else throw new Error(`unknown option ${flag}`);
  }
  if (!options.url || !options.out) throw new Error("--url and --out are required");
  fs.mkdirSync(options.out, { recursive: true });
  return options;
}

const options = parseArgs(process.argv.slice(2));
const results = [];
const consoleProblems = [];

function log(line) { console.log(`web test: ${line}`); }

async function check(name, body) {
  const start = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    log(`ok   ${name} (${((Date.now() - start) / 1000).toFixed(1)} s)`);
  } catch (e) {
    results.push({ name, ok: false });
    log(`FAIL ${name}: ${e.message}`);
  }
}

function expect(condition, message) { if (!condition) throw new Error(message); }

/// A fresh context (cache, storage) with a page on the site: waits for the first frame or a message.
async function openPage(browser, { width = 1366, height = 768, dpr = 1, query = "", init = null, strict = true,
                                   reducedMotion = "no-preference", hasTouch = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr, acceptDownloads: true,
                                             reducedMotion, hasTouch });
  const page = await context.newPage();
  const seen = { console: [], requests: [] };
  page.on("console", (m) => {
    seen.console.push(`${m.type()}: ${m.text()}`);
    if (strict && m.type() === "error") consoleProblems.push(`${query || "(no link)"}: ${m.text()}`);
  });
  page.on("pageerror", (e) => consoleProblems.push(`${query || "(no link)"}: page error: ${e.message}`));
  page.on("request", (r) => seen.requests.push(r.url()));
  if (init) await page.addInitScript(init);
  await page.goto(options.url + (query ? `?${query}` : ""));
  await page.waitForFunction(() => synapsePage.firstFrameMs !== null || synapsePage.messages.length > 0, null,
                             { timeout: kStuck_ms });
  return { context, page, seen };
}

const state = (page) => page.evaluate(() => synapsePage.state);
const liveText = (page) => page.evaluate(() => document.getElementById("live").textContent);

/// Waits until the last frame drawn is not mid-way through a camera move (after a view change: the move is done).
async function settled(page) {
  await page.waitForFunction(() => synapsePage.frames.length > 0 && !synapsePage.frames.at(-1).camera_moving, null,
                             { timeout: kStuck_ms });
}

/// Waits until `count` more frames have been drawn.
async function frames(page, count) {
  const start = await page.evaluate(() => synapsePage.frameCount);
  await page.waitForFunction((n) => synapsePage.frameCount >= n, start + count, { timeout: kStuck_ms });
}

/// The page as pixels (device pixels), saved as NAME.png in the output folder.
async function screenshot(page, name) {
  const bytes = await page.screenshot({ type: "png" });
  fs.writeFileSync(path.join(options.out, `${name}.png`), bytes);
  return decodePng(bytes);
}

/// Pixels in a rectangle given as fractions of the picture, counted by a test.
function countPixels(img, [x0, y0, x1, y1], test) {
  let n = 0, total = 0;
  for (let y = Math.floor(y0 * img.height); y < Math.floor(y1 * img.height); y++)
    for (let x = Math.floor(x0 * img.width); x < Math.floor(x1 * img.width); x++) {
      const i = (y * img.width + x) * 4;
      total++;
      if (test(img.rgba[i], img.rgba[i + 1], img.rgba[i + 2])) n++;
    }
  return n / total;
}

const near = (rgb, tolerance) => (r, g, b) =>
  Math.abs(r - rgb[0]) <= tolerance && Math.abs(g - rgb[1]) <= tolerance && Math.abs(b - rgb[2]) <= tolerance;
const bright = (r, g, b) => 0.2126 * r + 0.7152 * g + 0.0722 * b > 170;

/// Mean absolute difference of two same-sized pictures inside a rectangle (fractions), 0..255.
function meanDifference(a, b, [x0, y0, x1, y1]) {
  let sum = 0, n = 0;
  for (let y = Math.floor(y0 * a.height); y < Math.floor(y1 * a.height); y++)
    for (let x = Math.floor(x0 * a.width); x < Math.floor(x1 * a.width); x++) {
      const i = (y * a.width + x) * 4;
      for (let c = 0; c < 3; c++) sum += Math.abs(a.rgba[i + c] - b.rgba[i + c]);
      n += 3;
    }
  return sum / n;
}

// The regions of the default layout at 1366x768, as fractions of the page: the left panel (scenario controls),
// the scene between the side panels, the bottom strip (timeline and plots).
const kLeftPanel = [0.01, 0.1, 0.2, 0.6];
const kScene = [0.3, 0.1, 0.7, 0.55];
// Okabe-Ito hues the scene draws with (scene/palette.cpp).
const kSceneHues = { orange: [0xe6, 0x9f, 0x00], sky_blue: [0x56, 0xb4, 0xe9], bluish_green: [0x00, 0x9e, 0x73],
                     yellow: [0xf0, 0xe4, 0x42], blue: [0x00, 0x72, 0xb2], vermillion: [0xd5, 0x5e, 0x00],
                     reddish_purple: [0xcc, 0x79, 0xa7] };

async function testFirstPage(browser) {
  const { context, page } = await openPage(browser);
  await check("the page loads and draws its first frame without console errors", async () => {
    const s = await state(page);
    expect(s && s.width_px === 1366 && s.height_px === 768, `drawable ${s && s.width_px}x${s && s.height_px}`);
    expect(await page.evaluate(() => document.getElementById("loading").hidden), "the loading indicator stays");
    expect(await page.evaluate(() => document.getElementById("message").hidden), "a message is shown");
    expect((await page.title()).includes("Synapse Lab"), "no title");
    expect(await page.evaluate(() => document.documentElement.lang === "en"), "no lang");
  });
  await frames(page, 3);
  const synapse = await screenshot(page, "synapse-1366x768");
  await check("the screenshot shows the panels (their background and text) and the scene (its colours)", async () => {
    const panelBg = countPixels(synapse, kLeftPanel, near([20, 23, 28], 6));
    const panelText = countPixels(synapse, kLeftPanel, bright);
    expect(panelBg > 0.5, `left panel background covers ${(panelBg * 100).toFixed(1)} %`);
    expect(panelText > 0.01, `left panel text covers ${(panelText * 100).toFixed(2)} %`);
    const hues = Object.entries(kSceneHues).filter(([, rgb]) => countPixels(synapse, kScene, near(rgb, 40)) > 0.001);
    expect(hues.length >= 3, `scene hues found: ${hues.map(([name]) => name).join(", ") || "none"}`);
  });
  await check("the live region describes the view and the stage", async () => {
    const text = await liveText(page);
    expect(/synapse view/i.test(text), `live region: "${text}"`);
    expect(await page.evaluate(() => document.getElementById("live").getAttribute("aria-live") === "polite"),
           "no aria-live");
  });
  await check("Space plays (time advances) and pauses", async () => {
    const before = await state(page);
    expect(!before.playing, "already playing");
    await page.keyboard.press("Space");
    await page.waitForFunction((t) => synapsePage.state.playing && synapsePage.state.time_h > t, before.time_h,
                               { timeout: kStuck_ms });
    await page.keyboard.press("Space");
    await page.waitForFunction(() => !synapsePage.state.playing, null, { timeout: kStuck_ms });
    const after = await state(page);
    expect(after.time_h > before.time_h, `time ${before.time_h} h -> ${after.time_h} h`);
  });
  await check("a click on the File menu opens it (the mouse reaches ImGui)", () => clickFileMenu(page, "1366x768"));
  await check("saving downloads: the plots' CSV (Ctrl+E), a screenshot (F12) and the scenario (Ctrl+S)", async () => {
    const csv = await download(page, "Control+E");
    expect(csv.name.endsWith(".csv") && csv.bytes.toString("utf8").startsWith("time_h"), `CSV ${csv.name}`);
    const png = await download(page, "F12");
    const img = decodePng(png.bytes);
    expect(png.name.endsWith(".png") && img.width === 1366 && img.height === 768, `PNG ${png.name} ${img.width}`);
    const json = await download(page, "Control+S");
    expect(json.name.endsWith(".json") && JSON.parse(json.bytes.toString("utf8")), `scenario ${json.name}`);
  });
  await check("the canvas follows the window's size", async () => {
    await page.setViewportSize({ width: 1024, height: 640 });
    await page.waitForFunction(() => synapsePage.state.width_px === 1024 && synapsePage.state.height_px === 640,
                               null, { timeout: kStuck_ms });
    await frames(page, 2);
  });
  await context.close();
  return synapse;
}

/// Clicks the menu bar's File (at CSS pixels 22, 12) and Escape: the menu opens below it, then closes.
async function clickFileMenu(page, name) {
  const kBelowMenu = [0.0, 0.04, 0.12, 0.2];
  const before = await screenshot(page, `${name}-menu-closed`);
  await page.mouse.click(22, 12);
  await frames(page, 3);
  const open = await screenshot(page, `${name}-menu-open`);
  const opened = meanDifference(before, open, kBelowMenu);
  expect(opened > 5, `the File menu did not open (the picture below it changed by ${opened.toFixed(1)} / 255)`);
  await page.mouse.click(Math.round(page.viewportSize().width / 2), Math.round(page.viewportSize().height / 3));
  await frames(page, 3);
}

/// Presses `keys` and returns the download it starts: {name, bytes}.
async function download(page, keys) {
  const [started] = await Promise.all([page.waitForEvent("download", { timeout: kStuck_ms }), page.keyboard.press(keys)]);
  return { name: started.suggestedFilename(), bytes: fs.readFileSync(await started.path()) };
}

async function testLinks(browser, synapse) {
  const { context, page } = await openPage(browser, { query: "view=spine&at=7d" });
  await check("?view=spine&at=7d shows the spine view at day 7", async () => {
    const s = await state(page);
    expect(s.view === "spine" && Math.abs(s.time_h - 168) < 1e-6, `view ${s.view} at ${s.time_h} h`);
    const text = await liveText(page);
    expect(/spine view/i.test(text) && /\b7 d\b/.test(text), `live region: "${text}"`);
    await frames(page, 3);
    const spine = await screenshot(page, "spine-7d-1366x768");
    const difference = meanDifference(synapse, spine, kScene);
    expect(difference > 8, `the scene differs from the synapse view's by ${difference.toFixed(1)} / 255 only`);
  });
  await context.close();
  const lesson = await openPage(browser, { query: "lesson=mechanism&step=4&presenter=1" });
  await check("?lesson=mechanism&step=4&presenter=1 opens the lesson's step 4 in presenter mode", async () => {
    const s = await state(lesson.page);
    const text = await liveText(lesson.page);
    expect(s.presenter && /step 4 of/.test(text), `presenter ${s.presenter}, live region: "${text}"`);
  });
  await lesson.context.close();
  for (const query of ["view=nowhere", "at=7d&bogus=1", "at=%zz"]) {
    const { context: c, page: p, seen } = await openPage(browser, { query, strict: false });
    await check(`a malformed link (?${query}) shows a message and the page still works`, async () => {
      const message = await p.evaluate(() => document.getElementById("message").hidden ? "" :
                                               document.getElementById("message-text").textContent);
      expect(message.length > 0, "no message shown");
      expect(seen.console.some((line) => line.startsWith("warning") && line.includes(message)), "no console.warn");
      await p.waitForFunction(() => synapsePage.firstFrameMs !== null, null, { timeout: kStuck_ms });
      const s = await state(p);
      expect(s.view === "synapse" && s.time_h === 0, `the session changed: ${s.view} at ${s.time_h} h`);
    });
    await c.close();
  }
}

/// The button at the top of the Open dialog (the page's "A scenario file on this computer"): of the bands of rows
/// that the dialog brought in ImGui's blue (its title bar's and its buttons' colours over the dark window), the
/// second, below the title bar. Returns its middle in CSS pixels (the page is at devicePixelRatio 1).
function findDialogButton(before, open) {
  const blue = near([40, 75, 120], 10);
  const x0 = Math.floor(0.25 * open.width), x1 = Math.floor(0.75 * open.width);
  const bands = [];  // {top, bottom, xs}
  for (let y = Math.floor(0.08 * open.height); y < Math.floor(0.9 * open.height) && bands.length < 3; y++) {
    const xs = [];
    for (let x = x0; x < x1; x++) {
      const i = (y * open.width + x) * 4;
      const changed = Math.abs(open.rgba[i] - before.rgba[i]) + Math.abs(open.rgba[i + 2] - before.rgba[i + 2]) > 30;
      if (changed && blue(open.rgba[i], open.rgba[i + 1], open.rgba[i + 2])) xs.push(x);
    }
    const last = bands[bands.length - 1];
    if (xs.length < 40) continue;
    if (last && last.bottom === y - 1) { last.bottom = y; last.xs.push(...xs); }
    else bands.push({ top: y, bottom: y, xs });
  }
  expect(bands.length >= 2, `${bands.length} blue bands in the Open dialog, not its title bar and a button`);
  const button = bands[1];
  return { x: Math.round(button.xs.reduce((a, b) => a + b, 0) / button.xs.length),
           y: Math.round((button.top + button.bottom) / 2) };
}

/// Ctrl+O, then a click on the dialog's file button, which opens the browser's file picker; it is given `file`.
async function openThroughPicker(page, file, name) {
  await page.mouse.move(5, page.viewportSize().height - 5);  // off the button: not in its hover colour
  await frames(page, 2);
  const before = await screenshot(page, `${name}-before-dialog`);
  await page.keyboard.press("Control+O");
  await frames(page, 3);
  const open = await screenshot(page, `${name}-open-dialog`);
  const at = findDialogButton(before, open);
  const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: kStuck_ms }), page.mouse.click(at.x, at.y)]);
  expect(!chooser.isMultiple(), "the picker takes several files");
  await chooser.setFiles(file);
  await frames(page, 4);
}

async function testOpenFile(browser) {
  const { context, page } = await openPage(browser);
  const scenario = JSON.parse(fs.readFileSync(path.join(__dirname, "../../assets/scenarios/rapamycin.json"), "utf8"));
  scenario.name = "from-a-colleague";
  await check("Open scenario > a file on this computer opens the browser's file picker and loads the chosen file",
              async () => {
    expect((await state(page)).scenario === "standard-infusion", "not the standard scenario at the start");
    await openThroughPicker(page, { name: "from-a-colleague.json", mimeType: "application/json",
                                    buffer: Buffer.from(JSON.stringify(scenario, null, 2)) }, "open-file");
    await page.waitForFunction(() => synapsePage.state.scenario === "from-a-colleague", null, { timeout: kStuck_ms });
    expect(await page.evaluate(() => document.getElementById("message").hidden), "a message is shown");
    await screenshot(page, "open-file-loaded");
  });
  await check("a bad scenario file shows one line naming it, and the scenario stays as it was", async () => {
    await openThroughPicker(page, { name: "broken.json", mimeType: "application/json",
                                    buffer: Buffer.from('{ "name": "half a scenario", ') }, "bad-file");
    await page.waitForFunction(() => synapsePage.messages.length > 0, null, { timeout: kStuck_ms });
    const message = await page.evaluate(() => document.getElementById("message-text").textContent);
    expect(/broken\.json:\d+:\d+: syntax error/.test(message) && !message.includes("\n") &&
           !message.includes("/opened/"), `message: "${message}"`);
    expect(!(await page.evaluate(() => document.getElementById("message").hidden)), "the message is hidden");
    await frames(page, 2);
    expect((await state(page)).scenario === "from-a-colleague", "the scenario changed");
    await screenshot(page, "bad-file-message");
  });
  await check("Lesson > a lesson file on this computer opens the picker and starts the chosen lesson", async () => {
    await page.keyboard.press("Escape");  // the Open dialog
    await page.mouse.click(216, 12);  // the Lesson menu (at 1366x768, after File, Edit, View, Plots): its lessons, then this item
    await frames(page, 3);
    await screenshot(page, "lesson-menu");
    const lesson = fs.readFileSync(path.join(__dirname, "../../assets/lessons/experiments.json"));
    const [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: kStuck_ms }),
                                         page.mouse.click(254, 86)]);
    await chooser.setFiles({ name: "my-lesson.json", mimeType: "application/json", buffer: lesson });
    await page.waitForFunction(() => /step 1 of/.test(document.getElementById("live").textContent), null,
                               { timeout: kStuck_ms });
    await screenshot(page, "lesson-from-file");
  });
  await context.close();
}

/// A view change (key 3: spine): the frames drawn mid-way through a camera move from then on (the page reports what
/// the scene is given each frame), and how much the picture right after the key differs from the settled one.
async function viewChange(page, name) {
  await frames(page, 2);
  const start_ms = await page.evaluate(() => performance.now());
  await page.keyboard.press("3");
  await page.waitForFunction(() => synapsePage.state.view === "spine", null, { timeout: kStuck_ms });
  const during = await screenshot(page, `${name}-view-change`);
  await frames(page, 1);  // past the frame of the key, which a move would not have finished yet
  await settled(page);
  await frames(page, 30);
  const settledView = await screenshot(page, `${name}-view-settled`);
  const moving = await page.evaluate((t) => synapsePage.frames.filter((f) => f.at_ms >= t && f.camera_moving).length,
                                     start_ms);
  const difference = meanDifference(during, settledView, kScene);
  log(`  ${name}: ${moving} frames mid-move; right after the key ${difference.toFixed(1)} / 255 from the settled view`);
  return { moving, difference };
}

async function testReducedMotion(browser) {
  const calm = await openPage(browser, { reducedMotion: "reduce" });
  await check("prefers-reduced-motion: the page reads it, and a view change cuts instead of moving the camera",
              async () => {
    expect((await state(calm.page)).reduced_motion === true, "reduced_motion is not reported");
    const cut = await viewChange(calm.page, "reduced-motion");
    expect(cut.moving === 0, `${cut.moving} frames were drawn mid-way through a camera move`);
    expect(cut.difference < 6, `the picture right after the key differs from the settled view by ${cut.difference}`);
  });
  await calm.context.close();
  const moving = await openPage(browser);
  await check("without it, the same view change moves the camera (the check above can tell)", async () => {
    expect((await state(moving.page)).reduced_motion === false, "reduced_motion reported without the setting");
    const move = await viewChange(moving.page, "normal-motion");
    expect(move.moving >= 3, `only ${move.moving} frames were drawn mid-way through the camera move`);
  });
  await check("prefers-reduced-motion switched on while the page is open applies at once", async () => {
    await moving.page.emulateMedia({ reducedMotion: "reduce" });
    await moving.page.waitForFunction(() => synapsePage.state.reduced_motion === true, null, { timeout: kStuck_ms });
    await moving.page.emulateMedia({ reducedMotion: "no-preference" });
    await moving.page.waitForFunction(() => synapsePage.state.reduced_motion === false, null, { timeout: kStuck_ms });
  });
  await moving.context.close();
}

/// One finger from `from` to `to` (CSS pixels) in `steps` moves, a frame drawn after each (Chromium's touch events).
async function fingerDrag(page, cdp, from, to, steps = 8) {
  const point = (f) => [{ x: from.x + (to.x - from.x) * f, y: from.y + (to.y - from.y) * f }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: point(0) });
  await frames(page, 1);
  for (let i = 1; i <= steps; i++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: point(i / steps) });
    await frames(page, 1);
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await frames(page, 2);
}

async function testTouch(browser) {
  const { context, page } = await openPage(browser, { hasTouch: true });
  const cdp = await context.newCDPSession(page);
  await check("touch: a tap on the File menu opens it", async () => {
    const kBelowMenu = [0.0, 0.04, 0.12, 0.2];
    const before = await screenshot(page, "touch-menu-closed");
    await page.touchscreen.tap(22, 12);
    await frames(page, 3);
    const open = await screenshot(page, "touch-menu-open");
    const opened = meanDifference(before, open, kBelowMenu);
    expect(opened > 5, `the File menu did not open (the picture below it changed by ${opened.toFixed(1)} / 255)`);
    await page.touchscreen.tap(683, 256);
    await frames(page, 3);
  });
  await check("touch: a finger dragged along the timeline moves the time", async () => {
    const before = await state(page);
    await fingerDrag(page, cdp, { x: 12, y: 543 }, { x: 700, y: 543 });
    const after = await state(page);
    expect(after.time_h > 12 && !after.playing, `time ${before.time_h} h -> ${after.time_h} h`);
  });
  await check("touch: a finger dragged along the Dose slider changes the dose (the saved scenario says so)", async () => {
    await fingerDrag(page, cdp, { x: 113, y: 364 }, { x: 14, y: 366 });  // the slider runs 0-5 mg/kg from x 10 to 155
    const saved = await download(page, "Control+S");
    const dose = JSON.parse(saved.bytes.toString("utf8")).doses[0].amount_mg_per_kg;
    expect(dose < 0.4, `the dose is ${dose} mg/kg after the drag (0.5 before)`);
  });
  await check("touch: a finger dragged up over the sources panel scrolls it, and clicks nothing", async () => {
    const kRightPanel = [0.81, 0.15, 0.99, 0.6];
    await frames(page, 2);
    const time_h = (await state(page)).time_h;
    const before = await screenshot(page, "touch-scroll-before");
    await fingerDrag(page, cdp, { x: 1220, y: 430 }, { x: 1222, y: 230 });
    const after = await screenshot(page, "touch-scroll-after");
    const scrolled = meanDifference(before, after, kRightPanel);
    expect(scrolled > 8, `the panel changed by ${scrolled.toFixed(1)} / 255 only`);
    const s = await state(page);
    expect(s.time_h === time_h && (await page.evaluate(() => document.getElementById("message").hidden)),
           `something was clicked: time ${time_h} h -> ${s.time_h} h`);
  });
  await context.close();
}

// The WCAG 2.1 A and AA rules of axe-core (tests/web/package-lock.json pins it).
const kWcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/// axe-core run on the page as it is now: its WCAG 2.1 A/AA violations, each as "rule: target, ...".
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe !== "undefined")))
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await page.evaluate((tags) => axe.run(document, { runOnly: { type: "tag", values: tags } }),
                                     kWcagTags);
  expect(result.passes.length >= 10, `axe ran only ${result.passes.length} passing rules`);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/// Waits until the accessible layer has been built and the C++ side has drawn `count` more frames.
async function layerBuilt(page, count = 2) {
  await page.waitForFunction(() => synapsePage.a11y.rebuilds > 0, null, { timeout: kStuck_ms });
  await frames(page, count);
}

/// The registry's elements as the C++ side described them: [{id, role, name, state}], every landmark's.
const describedElements = (page) => page.evaluate(() =>
  synapsePage.a11y.structure.landmarks.flatMap((l) => l.groups.flatMap((g) => g.elements)));

/// Presses Tab (no mouse) until the focused element is the layer's `id`; fails after `limit` presses.
async function tabTo(page, id, { backward = false, limit = 150 } = {}) {
  const target = "a11y-" + id.replace(/[^A-Za-z0-9_-]/g, "-");
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((t) => document.activeElement && document.activeElement.id === t, target)) return;
    await page.keyboard.press(backward ? "Shift+Tab" : "Tab");
  }
  throw new Error(`${limit} presses of Tab did not reach ${id}`);
}

const elementState = (page, id) => page.evaluate((t) => {
  const node = document.getElementById(t);
  return node && { value: node.value, checked: node.checked, valuetext: node.getAttribute("aria-valuetext") };
}, "a11y-" + id.replace(/[^A-Za-z0-9_-]/g, "-"));

async function testAccessibleLayer(browser) {
  const { context, page } = await openPage(browser);
  await layerBuilt(page);
  await check("axe-core: no WCAG 2.1 A/AA violations in the default state", async () => {
    const violations = await axeViolations(page);
    log(`  axe (default): ${violations.length} violations`);
    expect(violations.length === 0, violations.join(" | "));
  });
  await check("Chromium's accessibility tree has every control with a role, a name and a value with its unit",
              async () => {
    const cdp = await context.newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const property = (node, name) => (node.properties || []).find((p) => p.name === name)?.value?.value;
    const described = (await describedElements(page)).filter((e) => e.id.startsWith("control.") || e.id === "time");
    expect(described.length >= 15, `${described.length} controls described`);
    const kRoles = { range: ["slider"], choice: ["combobox", "listbox", "PopUpButton"], toggle: ["checkbox"] };
    for (const e of described) {
      const node = nodes.find((n) => !n.ignored && n.name?.value === e.name && kRoles[e.role].includes(n.role?.value));
      expect(node, `${e.id}: no ${kRoles[e.role].join("/")} named "${e.name}" in the accessibility tree`);
      if (e.role === "range") {  // Chromium's tree gives aria-valuetext as the bare number: the description has it
        const read = [property(node, "valuetext"), node.description?.value];
        expect(Number(node.value?.value) === Number(e.state.value) && read.includes(e.state.value_text) &&
               /\d/.test(e.state.value_text), `${e.id}: value ${node.value?.value}, read as ${read.join(" / ")}, ` +
               `not "${e.state.value_text}"`);
        const attribute = await page.evaluate((id) => document.getElementById(id).getAttribute("aria-valuetext"),
                                              "a11y-" + e.id.replace(/[^A-Za-z0-9_-]/g, "-"));
        expect(attribute === e.state.value_text, `${e.id}: aria-valuetext "${attribute}"`);
      }
      if (e.role === "choice") expect(node.value?.value === e.state.value_text, `${e.id}: value ${node.value?.value}`);
    }
    const dose = nodes.find((n) => n.role?.value === "slider" && n.name?.value === "Dose");
    expect(dose.value?.value === 0.5 && dose.description?.value === "0.5 mg/kg",
           `the dose reads ${dose.value?.value}, ${dose.description?.value}, not 0.5 mg/kg`);
    const landmarks = nodes.filter((n) => ["main", "region", "navigation"].includes(n.role?.value) && !n.ignored);
    expect(landmarks.length >= 7, `${landmarks.length} landmarks`);
    const buttons = nodes.filter((n) => n.role?.value === "button" && n.name?.value && !n.ignored);
    expect(buttons.length >= 30, `${buttons.length} named buttons`);
  });
  await check("keyboard only: the dose, the route, rapamycin and the time change the session (no mouse event)",
              async () => {
    let mouseEvents = 0;
    await page.exposeFunction("countMouseEvent", () => { mouseEvents++; });
    await page.evaluate(() => ["mousedown", "mouseup", "click", "pointerdown"].forEach((type) =>
      window.addEventListener(type, (event) => { if (event.detail > 0 || event.pointerType) countMouseEvent(); }, true)));
    const announced = (await page.evaluate(() => synapsePage.a11y.announcements.length));
    await page.keyboard.press("Tab");  // the first skip link
    const first = await page.evaluate(() => document.activeElement.textContent);
    expect(/skip to/i.test(first), `the first Tab reached "${first}"`);
    await tabTo(page, "control.dose_mg_per_kg");
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    expect(ring === "solid", `the focused slider's outline is ${ring}`);
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.getElementById("a11y-control-dose_mg_per_kg")
                                 .getAttribute("aria-valuetext") === "0.55 mg/kg", null, { timeout: kStuck_ms });
    await tabTo(page, "control.route", { backward: true });  // just before the dose
    await page.keyboard.press("ArrowDown");
    await page.waitForFunction(() => synapsePage.a11y.inputs.length === 0 &&
                                 document.getElementById("a11y-control-route").value === "1", null, { timeout: kStuck_ms });
    await tabTo(page, "control.rapamycin");
    await page.keyboard.press("Space");
    await page.waitForFunction((n) => synapsePage.a11y.announcements.length > n, announced, { timeout: kStuck_ms });
    await tabTo(page, "time");  // the timeline, scrubbed to its end
    await page.keyboard.press("End");
    await page.waitForFunction(() => synapsePage.state.time_h > 24 * 20, null, { timeout: kStuck_ms });
    expect(await page.evaluate(() => document.activeElement.id === "a11y-time"), "the time slider lost the focus");
    await page.keyboard.press("Escape");  // back to the canvas, whose shortcuts save
    await frames(page, 2);
    const saved = JSON.parse((await download(page, "Control+S")).bytes.toString("utf8"));
    const dose = saved.doses[0];
    expect(Math.abs(dose.amount_mg_per_kg - 0.55) < 1e-9, `the saved dose is ${dose.amount_mg_per_kg} mg/kg`);
    expect(dose.route === "iv_bolus", `the saved route is ${dose.route}`);
    expect(saved.experiments && saved.experiments.rapamycin === true, `experiments: ${JSON.stringify(saved.experiments)}`);
    expect(mouseEvents === 0, `${mouseEvents} mouse events`);
  });
  await check("a change made another way (a shortcut on the canvas) updates the element", async () => {
    await page.keyboard.press("3");  // the spine view, by the canvas's shortcut
    await page.waitForFunction(() => document.getElementById("a11y-view").value === "2" &&
                                 /spine view/i.test(document.getElementById("live").textContent), null,
                               { timeout: kStuck_ms });
  });
  await check("time advancing pushes only the time slider, and the summary is not announced again", async () => {
    await page.keyboard.press("1");  // back to the circuit view, then settle
    await settled(page);
    await frames(page, 2);
    const before = await page.evaluate(() => ({ rebuilds: synapsePage.a11y.rebuilds, changes: synapsePage.a11y.changes,
                                                announced: synapsePage.a11y.announcements.length }));
    await page.keyboard.press("ArrowRight");  // one step of the time bar
    await frames(page, 3);
    const after = await page.evaluate(() => ({ rebuilds: synapsePage.a11y.rebuilds, changes: synapsePage.a11y.changes,
                                               announced: synapsePage.a11y.announcements.length }));
    if (after.rebuilds === before.rebuilds) {  // a step into a new stage rebuilds its sources, and is announced
      expect(after.changes - before.changes <= 2, `${after.changes - before.changes} elements pushed for one step`);
      expect(after.announced === before.announced, "the summary was announced for a step within the stage");
    }
  });
  await context.close();
  const lesson = await openPage(browser, { query: "lesson=mechanism&step=4" });
  await layerBuilt(lesson.page);
  await check("axe-core: no WCAG 2.1 A/AA violations on a lesson step, and with the layer shown (focused)", async () => {
    const heading = await lesson.page.evaluate(() => [...document.querySelectorAll("#a11y h3")]
      .map((h) => h.textContent).find((t) => /step 4 of/.test(t)));
    expect(heading, "no heading of the lesson's step 4");
    let violations = await axeViolations(lesson.page);
    log(`  axe (lesson step 4): ${violations.length} violations`);
    expect(violations.length === 0, violations.join(" | "));
    await lesson.page.keyboard.press("Tab");
    await lesson.page.keyboard.press("Enter");  // Skip to the picture
    await screenshot(lesson.page, "accessible-layer-shown");
    violations = await axeViolations(lesson.page);
    log(`  axe (lesson, the layer shown): ${violations.length} violations`);
    expect(violations.length === 0, violations.join(" | "));
  });
  await check("keyboard only: the lesson's question step is answered (choose, run, the answer revealed)", async () => {
    const live = () => lesson.page.evaluate(() => document.getElementById("live").textContent);
    expect(/Question:/.test(await live()), `live region: "${await live()}"`);
    await tabTo(lesson.page, "command.choose_b");
    await lesson.page.keyboard.press("Enter");
    await lesson.page.waitForFunction(() => document.getElementById("a11y-command-choose_b")
                                        .getAttribute("aria-pressed") === "true", null, { timeout: kStuck_ms });
    await tabTo(lesson.page, "command.play", { backward: true });  // the timeline's Play / pause runs it
    await lesson.page.keyboard.press("Enter");
    await lesson.page.waitForFunction(() => /Answer:/.test(document.getElementById("live").textContent), null,
                                      { timeout: kStuck_ms });
    expect(await lesson.page.evaluate(() => !!document.getElementById("a11y-lesson_step-answer")), "no answer in the layer");
  });
  await lesson.context.close();
  const dialog = await openPage(browser, { query: "view=nowhere", strict: false });
  await layerBuilt(dialog.page);
  await check("axe-core: no WCAG 2.1 A/AA violations with a message dialog and the shortcuts' help open", async () => {
    await dialog.page.keyboard.press("F1");
    await frames(dialog.page, 2);
    const violations = await axeViolations(dialog.page);
    log(`  axe (message and help open): ${violations.length} violations`);
    expect(violations.length === 0, violations.join(" | "));
  });
  await dialog.context.close();
}

async function testNoWebGL2(browser) {
  const init = () => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
      return type === "webgl2" ? null : original.call(this, type, ...rest);
    };
  };
  const { context, page, seen } = await openPage(browser, { init, strict: false });
  await check("without WebGL 2 the page says so and fetches nothing large", async () => {
    const message = await page.evaluate(() => document.getElementById("message-text").textContent);
    expect(/WebGL 2/.test(message), `message: "${message}"`);
    expect(!seen.requests.some((url) => /\.(wasm|data)$/.test(url)), "the .wasm or .data was fetched");
  });
  await context.close();
}

async function testHiDpi(browser) {
  const { context, page } = await openPage(browser, { width: 1920, height: 1080, dpr: 2 });
  await check("at devicePixelRatio 2 the canvas has every device pixel (3840x2160) and the UI scales by 2", async () => {
    const s = await state(page);
    expect(s.width_px === 3840 && s.height_px === 2160 && s.display_scale === 2,
           `drawable ${s.width_px}x${s.height_px} at scale ${s.display_scale}`);
    await frames(page, 2);
    const img = await screenshot(page, "synapse-3840x2160-dpr2");
    const text = countPixels(img, kLeftPanel, bright);
    expect(img.width === 3840 && text > 0.01, `${img.width} px wide, text ${(text * 100).toFixed(2)} %`);
  });
  await check("at devicePixelRatio 2 a click on the File menu opens it", () => clickFileMenu(page, "dpr2"));
  await context.close();
}

/// Frame intervals (rAF to rAF, milliseconds) and C++ times while playing, over `seconds`.
async function measureFrames(page, seconds) {
  await page.keyboard.press("Space");
  await page.waitForTimeout(2000);  // warm: atlases, caches
  const start = await page.evaluate(() => performance.now());
  await page.waitForTimeout(seconds * 1000);
  const frames = await page.evaluate((t) => synapsePage.frames.filter((f) => f.at_ms >= t), start);
  await page.keyboard.press("Space");
  const intervals = frames.slice(1).map((f, i) => f.at_ms - frames[i].at_ms);
  const sorted = (list) => [...list].sort((a, b) => a - b);
  const at = (list, q) => sorted(list)[Math.min(list.length - 1, Math.floor(q * list.length))];
  return { frames: frames.length, fps: frames.length / seconds, interval_median_ms: at(intervals, 0.5),
           interval_p95_ms: at(intervals, 0.95), cpu_median_ms: at(frames.map((f) => f.cpu_ms), 0.5),
           cpu_p95_ms: at(frames.map((f) => f.cpu_ms), 0.95) };
}

// The floor under any WebGL page here: a canvas cleared in an offscreen target and blitted, every animation frame.
const kBaselinePage = `<!doctype html><html lang="en"><title>baseline</title><body style="margin:0;overflow:hidden">
<canvas style="width:100vw;height:100vh;display:block"></canvas><script>
const c = document.querySelector("canvas"); c.width = innerWidth; c.height = innerHeight;
const gl = c.getContext("webgl2", { alpha: false, antialias: false, depth: false });
const target = gl.createFramebuffer(), texture = gl.createTexture();
gl.bindTexture(gl.TEXTURE_2D, texture); gl.texStorage2D(gl.TEXTURE_2D, 1, gl.RGBA8, c.width, c.height);
gl.bindFramebuffer(gl.FRAMEBUFFER, target);
gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, texture, 0);
window.frameTimes = [];
(function frame() {
  gl.bindFramebuffer(gl.FRAMEBUFFER, target); gl.clearColor(frameTimes.length % 100 / 100, 0.2, 0.3, 1);
  gl.clear(gl.COLOR_BUFFER_BIT); gl.bindFramebuffer(gl.DRAW_FRAMEBUFFER, null);
  gl.blitFramebuffer(0, 0, c.width, c.height, 0, 0, c.width, c.height, gl.COLOR_BUFFER_BIT, gl.NEAREST);
  frameTimes.push(performance.now()); requestAnimationFrame(frame);
})();
</script>`;

async function measureBaseline(browser, width, height, seconds) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.setContent(kBaselinePage);
  await page.waitForTimeout(2000);
  const start = await page.evaluate(() => frameTimes.length);
  await page.waitForTimeout(seconds * 1000);
  const fps = (await page.evaluate(() => frameTimes.length) - start) / seconds;
  await context.close();
  return { fps, interval_mean_ms: 1000 / fps };
}

async function measure(browser) {
  const figures = { first_frame_ms: [] };
  for (let i = 0; i < 3; i++) {
    const { context, page } = await openPage(browser);
    figures.first_frame_ms.push(await page.evaluate(() => synapsePage.firstFrameMs));
    await context.close();
  }
  for (const [name, width, height, dpr] of [["1366x768", 1366, 768, 1], ["1920x1080", 1920, 1080, 1],
                                            ["3840x2160_dpr2", 1920, 1080, 2]]) {
    const { context, page } = await openPage(browser, { width, height, dpr });
    figures[`playing_${name}`] = await measureFrames(page, 6);
    await context.close();
    if (dpr === 1) figures[`baseline_${name}`] = await measureBaseline(browser, width, height, 6);
  }
  fs.writeFileSync(path.join(options.out, "measure.json"), JSON.stringify(figures, null, 2) + "\n");
  log(`first frame after opening the page: ${figures.first_frame_ms.map((t) => t.toFixed(0)).join(", ")} ms`);
  for (const [name, f] of Object.entries(figures)) {
    if (name.startsWith("baseline_"))
      log(`${name} (an empty WebGL 2 page): ${f.fps.toFixed(1)} frames/s, ${f.interval_mean_ms.toFixed(1)} ms`);
    if (name.startsWith("playing_"))
      log(`${name}: ${f.fps.toFixed(1)} frames/s, interval median ${f.interval_median_ms.toFixed(1)} ms ` +
          `(p95 ${f.interval_p95_ms.toFixed(1)}), C++ median ${f.cpu_median_ms.toFixed(1)} ms ` +
          `(p95 ${f.cpu_p95_ms.toFixed(1)})`);
  }
}

async function keepScreenshots(browser) {
  const shots = [["web-1366x768", 1366, 768, 1, "at=40min"], ["web-3840x2160-dpr2", 1920, 1080, 2, "at=40min"],
                 ["web-presenter-lesson", 1366, 768, 1, "lesson=mechanism&step=4&presenter=1"]];
  for (const [name, width, height, dpr, query] of shots) {
    const { context, page } = await openPage(browser, { width, height, dpr, query });
    await frames(page, 1);
    await settled(page);  // past a camera move into the link's view
    fs.writeFileSync(path.join(options.screenshots, `${name}.png`), await page.screenshot({ type: "png" }));
    log(`kept ${name}.png`);
    await context.close();
  }
}

async function main() {
  const browser = await chromium.launch({ executablePath: options.chromium, headless: true, args: kChromiumArgs });
  try {
    const synapse = await testFirstPage(browser);
    await testLinks(browser, synapse);
    await testNoWebGL2(browser);
    await testHiDpi(browser);
    await testOpenFile(browser);
    await testReducedMotion(browser);
    await testTouch(browser);
    await testAccessibleLayer(browser);
    await check("no console errors on any page", async () => {
      expect(consoleProblems.length === 0, consoleProblems.join(" | "));
    });
    if (options.measure) await measure(browser);
    if (options.screenshots) await keepScreenshots(browser);
  } finally {
    await browser.close();
  }
  const failed = results.filter((r) => !r.ok).length;
  log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  log(`error: ${e.stack || e}`);
  process.exit(1);
});
